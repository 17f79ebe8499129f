import { draftableFields, identify } from '@/lib/drafts/identity';
import { type RestoreResult, replaceFieldText } from '@/lib/drafts/restore';
import type { Field } from '@/lib/fields/editable';
import { isEditorFrame } from '@/lib/fields/frames';
import { readFieldText } from '@/lib/fields/text';
import type { DraftOffer } from '@/lib/messages';
import { createDraftPrompt } from './draft-prompt';

/** The reader's drafts side: offering drafts back, the fields' texts, restoring one. */
export interface ReaderDrafts {
  offer(offers: DraftOffer[]): void;
  texts(): Record<string, string>;
  restore(key: string, text: string): Promise<RestoreResult> | null;
  warn(text: string): void;
  promptRoot(): ShadowRoot | null;
}

/** Creates the drafts side of the reader for `doc`; `message` reads the extension's UI strings. */
export function readerDrafts(doc: Document, message: (key: DraftsMessage, subs?: string[]) => string): ReaderDrafts {
  const prompt = createDraftPrompt(doc);
  // An editor's about:srcdoc frame is read and filled by its host page's reader: answering here
  // too would restore twice.
  // An editor's frame (about:blank, srcdoc or written by script): its host page has its drafts.
  const hosted = isEditorFrame(doc);

  // Offers the drafts longer than what their fields hold. Editors and script-built forms may
  // appear after the page loaded: fields not found yet are looked for again a little later.
  const offer = (offers: DraftOffer[], attempt: number) => {
    const fields = new Map(draftableFields(doc).map((field) => [identify(field).key, field]));
    const longer: [Field, DraftOffer][] = [];
    let missing = false;
    for (const draft of offers) {
      const field = fields.get(draft.field);
      if (!field) missing = true;
      else if (draft.text.length > readFieldText(field).text.length) longer.push([field, draft]);
    }
    if (longer.length === 0) {
      if (missing && attempt < 3) setTimeout(() => offer(offers, attempt + 1), 1000 * 2 ** attempt);
      return;
    }
    const labels = longer.map(([, draft]) => draft.label || message('draftUnnamedField'));
    prompt.offer(
      message('draftOffer', [labels.join('、').slice(0, 120), String(longer.length)]),
      message('draftRestore'),
      message('draftDismiss'),
      () => {
        for (const [field, draft] of longer) void replaceFieldText(field, draft.text);
      },
    );
  };

  return {
    offer: (offers) => offer(offers, 0),
    texts() {
      if (hosted) return {};
      const texts: Record<string, string> = {};
      for (const field of draftableFields(doc)) texts[identify(field).key] = readFieldText(field).text;
      return texts;
    },
    restore(key, text) {
      if (hosted) return null;
      const field = draftableFields(doc).find((f) => identify(f).key === key);
      return field ? replaceFieldText(field, text) : null;
    },
    warn: (text) => prompt.warn(text, message('draftDismiss')),
    promptRoot: () => prompt.root,
  };
}

/** The UI strings the drafts prompt uses. */
export type DraftsMessage = 'draftOffer' | 'draftRestore' | 'draftDismiss' | 'draftUnnamedField';
