import type { Handlers, ReplyOf, RequestOf } from '../calls/define';
import type { ReaderCalls } from '../calls/reader';
import type { FieldRead } from '../messages';
import type { CaretTracker } from './caret';
import type { Field } from './editable';

// Our page script's parts share the extension's isolated world in each frame (page scripts cannot
// see it): the form part, always there once injected, the reader, started only when the panel first
// reads the form, and the guard. These are the objects each leaves on `globalThis`.

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
 * of an id; the scan (as read, for the bench) and the drafts prompt for the tests.
 */
export type ReaderApi = Omit<Handlers<ReaderCalls>, 'bounds'> & {
  /** (At once: the form script reads the bounds after an insertion from here.) */
  bounds(request: RequestOf<ReaderCalls, 'bounds'>): ReplyOf<ReaderCalls, 'bounds'>;
  scan(): FieldRead[];
  /** The field the scan named `id`, if it is still in the page. */
  field(id: string): Field | null;
  /** The drafts prompt's shadow root, for the tests to find its buttons. */
  draftPrompt(): ShadowRoot | null;
};

/** The parts of the page script (entrypoints/page/), each started by its starter file. */
export interface PageParts {
  /** Whether this copy's extension context still lives (false once the extension was updated or removed). */
  alive(): boolean;
  form(): void;
  reader(): void;
  guard(): void;
}

/** The isolated world's globals, typed. */
export const world = globalThis as {
  /** Left by the page script (page.js), loaded once per frame before any of its parts starts. */
  __tianbaoPage?: PageParts;
  __tianbaoForm?: FormApi;
  __tianbaoReader?: ReaderApi;
  /** Test build only: the form script holds its insertion answers until this settles. */
  __tianbaoHoldAnswer?: Promise<unknown>;
};
