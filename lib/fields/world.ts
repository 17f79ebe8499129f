import type { Handlers, ReplyOf, RequestOf } from '../calls/define';
import type { ReaderCalls } from '../calls/reader';
import type { ScannedField } from '../messages';
import type { CaretTracker } from './caret';
import type { Field } from './editable';

// The two content scripts share the extension's isolated world in each frame (page scripts cannot
// see it): the small form script, always there once injected, and the reader, injected only when
// the panel first reads the form. These are the objects each leaves on `globalThis`.

/** Time the form script's own listeners took, summed (test build only). */
export interface ListenerCost {
  ms: number;
  calls: number;
}

/** What the form script shares: the caret tracker, its drafts, and its own cost for the bench. */
export interface FormApi {
  tracker: CaretTracker;
  cost: ListenerCost;
  /** Drafts: `flush` saves every changed field now. */
  drafts: { flush(): void };
}

/**
 * What the reader offers: an answer to each of the worker's reader calls (lib/calls/reader.ts, called
 * through `scripting.executeScript`), and to the form script in the same world, the scanned field
 * of an id; the scan and the drafts prompt for the tests.
 */
export type ReaderApi = Omit<Handlers<ReaderCalls>, 'bounds'> & {
  /** (At once: the form script reads the bounds after an insertion from here.) */
  bounds(request: RequestOf<ReaderCalls, 'bounds'>): ReplyOf<ReaderCalls, 'bounds'>;
  scan(): ScannedField[];
  /** The field the scan named `id`, if it is still in the page. */
  field(id: string): Field | null;
  /** The drafts prompt's shadow root, for the tests to find its buttons. */
  draftPrompt(): ShadowRoot | null;
};

/** The isolated world's globals, typed. */
export const world = globalThis as {
  __tianbaoForm?: FormApi;
  __tianbaoReader?: ReaderApi;
  /** Test build only: the form script holds its insertion answers until this settles. */
  __tianbaoHoldAnswer?: Promise<unknown>;
};
