import { draftableFields, identify } from '@/lib/drafts/identity';
import { type PageEditorRunner, type RestoreResult, replaceFieldText } from '@/lib/drafts/restore';
import type { CaretTracker } from '@/lib/fields/caret';
import type { Field } from '@/lib/fields/editable';
import { isEditorFrame } from '@/lib/fields/frames';
import { readFieldText } from '@/lib/fields/text';
import type { DraftOffer } from '@/lib/messages';
import { createDraftPrompt } from './draft-prompt';

/** The reader's drafts side: offering drafts back, the fields' texts, restoring one. */
export interface ReaderDrafts {
  offer(offers: DraftOffer[]): void;
  texts(address: string): Record<string, string>;
  holds(address: string, key: string): number;
  restore(key: string, text: string): Promise<RestoreResult> | null;
  warn(text: string): void;
  promptRoot(): ShadowRoot | null;
}

/**
 * Creates the drafts side of the reader for `doc`; `message` reads the extension's UI strings;
 * `runPageEditor` has the background run an old editor's own insertion (lib/drafts/restore.ts).
 */
export function readerDrafts(
  doc: Document,
  message: (key: DraftsMessage, subs?: string[]) => string,
  tracker: Pick<CaretTracker, 'choose'>,
  runPageEditor: PageEditorRunner,
): ReaderDrafts {
  const prompt = createDraftPrompt(doc);
  // An editor's frame is read and filled by its host page's reader (answering here too would
  // restore twice). An editor's frame (about:blank, srcdoc or written by script): its host page has its drafts.
  const hosted = isEditorFrame(doc);
  // Drafts are kept by the address (origin and path) of the frame that saved them: a frame of
  // another site, or another page, never answers for them, even with a field of the same id.
  const isAt = (address: string) => !hosted && doc.location.origin + doc.location.pathname === address;
  // Each key to its one field; a key two fields share names neither (null): never guess.
  const byKey = () => {
    const fields = new Map<string, Field | null>();
    for (const field of draftableFields(doc)) {
      const key = identify(field).key;
      fields.set(key, fields.has(key) ? null : field);
    }
    return fields;
  };

  // Offers the drafts longer than what their fields hold. Editors and script-built forms may
  // appear after the page loaded: fields not found yet are looked for again a little later.
  const offer = (offers: DraftOffer[], attempt: number) => {
    const fields = byKey();
    const longer: [Field, DraftOffer][] = [];
    let missing = false;
    for (const draft of offers) {
      const field = fields.get(draft.field);
      if (field === undefined) missing = true;
      else if (field === null) continue;
      else if (draft.text.length > readFieldText(field).text.length) longer.push([field, draft]);
    }
    if (longer.length === 0) {
      if (missing && attempt < 3) setTimeout(() => offer(offers, attempt + 1), 1000 * 2 ** attempt);
      return;
    }
    const labels = longer.map(([, draft]) => draft.label || message('draftUnnamedField'));
    // A cut draft is offered only where the field holds less (as every offer), and says it is cut.
    const cut = longer.some(([, draft]) => draft.cut !== undefined);
    prompt.offer(
      message('draftOffer', [labels.join('、').slice(0, 120), String(longer.length)]) +
        (cut ? message('trust_draftOfferCut') : ''),
      message('draftRestore'),
      message('draftDismiss'),
      async () => {
        // One field after the other: each restore selects its field's text and may hand it to
        // its editor's API, which works on the selection.
        for (const [field, draft] of longer) {
          // A cut draft never replaces a field that has grown past it since the offer.
          if (draft.cut !== undefined && readFieldText(field).text.length > draft.text.length) continue;
          if (field.isConnected) await replaceFieldText(field, draft.text, runPageEditor);
        }
      },
    );
  };

  return {
    offer: (offers) => offer(offers, 0),
    texts(address) {
      if (!isAt(address)) return {};
      const texts: Record<string, string> = {};
      for (const [key, field] of byKey()) if (field) texts[key] = readFieldText(field).text;
      return texts;
    },
    holds(address, key) {
      if (!isAt(address)) return 0;
      return draftableFields(doc).filter((f) => identify(f).key === key).length;
    },
    restore(key, text) {
      if (hosted) return null;
      const field = byKey().get(key);
      if (!field) return null;
      return replaceFieldText(field, text, runPageEditor).then((result) => {
        // What the writer inserts next goes where the draft went, where the caret now is.
        if (result.ok) tracker.choose(field);
        return result;
      });
    },
    warn: (text) => prompt.warn(text, message('draftDismiss')),
    promptRoot: () => prompt.root,
  };
}

/** The UI strings the drafts prompt uses. */
export type DraftsMessage =
  | 'draftOffer'
  | 'draftRestore'
  | 'draftDismiss'
  | 'draftUnnamedField'
  | 'trust_draftOfferCut';
