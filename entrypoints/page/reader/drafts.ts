import type { RequestOf } from '@/lib/calls/define';
import type { ReaderCalls } from '@/lib/calls/reader';
import { draftableFields, identify } from '@/lib/drafts/identity';
import { type PageEditorRunner, type RestoreResult, replaceFieldText } from '@/lib/drafts/restore';
import type { CaretTracker } from '@/lib/fields/caret';
import type { Field } from '@/lib/fields/editable';
import { isEditorFrame } from '@/lib/fields/frames';
import { readFieldText } from '@/lib/fields/text';
import { createDraftPrompt } from './draft-prompt';

/** The reader's drafts side: offering drafts back, the fields' texts, restoring one. */
export interface ReaderDrafts {
  offer(request: RequestOf<ReaderCalls, 'offerDrafts'>): void;
  texts(address: string): Record<string, string>;
  holds(address: string, key: string): number;
  restore(key: string, text: string): Promise<RestoreResult> | null;
  warn(text: string, dismiss: string): void;
  promptRoot(): ShadowRoot | null;
}

/**
 * Creates the drafts side of the reader for `doc`; `runPageEditor` has the background run an old
 * editor's own insertion (lib/drafts/restore.ts). Which drafts to offer, and the prompt's words,
 * the worker decides (entrypoints/background/draft-offer.ts): this side reads and writes fields.
 */
export function readerDrafts(
  doc: Document,
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

  return {
    offer: ({ text, restore, dismiss, drafts }) =>
      prompt.offer(text, restore, dismiss, async () => {
        // One field after the other: each restore selects its field's text and may hand it to
        // its editor's API, which works on the selection.
        const fields = byKey();
        for (const draft of drafts) {
          const field = fields.get(draft.field);
          // A cut draft never replaces a field that has grown past it since the offer.
          if (!field?.isConnected || (draft.cut !== undefined && readFieldText(field).text.length > draft.text.length))
            continue;
          await replaceFieldText(field, draft.text, runPageEditor);
        }
      }),
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
    warn: (text, dismiss) => prompt.warn(text, dismiss),
    promptRoot: () => prompt.root,
  };
}
