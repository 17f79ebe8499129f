import type { DraftOffer, FieldContext, InsertResult, ScannedField } from '../messages';
import type { CaretTracker } from './caret';
import type { LengthBounds } from './limits';

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

/** What the reader offers the background, called through `scripting.executeScript`. */
export interface ReaderApi {
  scan(): ScannedField[];
  /**
   * The scan with what the page says it is (title, the form's heading), as the JSON of
   * `{ fields, page }`: one string crosses to the worker far faster than 10,000 objects.
   */
  scanJson(): string;
  context(): FieldContext;
  locate(fieldId: string, start: number, end: number): boolean;
  /** The stated limit of the active field and its current length, after an insertion. */
  bounds(): (LengthBounds & { length: number }) | null;
  /** Offers saved drafts longer than their fields hold (the page just opened). */
  offerDrafts(offers: DraftOffer[]): void;
  /** This frame's fields' texts by draft identity (lib/drafts/identity.ts); none unless the frame is at `address` (origin + path). */
  draftTexts(address: string): Record<string, string>;
  /** How many fields known as `key` this frame has, when it is at `address` (else 0). */
  draftHolds(address: string, key: string): number;
  /** Puts `text` back into the field known as `key`; null when this frame has no such field. */
  restoreDraft(key: string, text: string): Promise<InsertResult & { previous?: string }> | null;
  /** Frames of `host` run our form script (they report their own focus): see CaretTracker.reachable. */
  reachable(host: string): void;
  /** Tells the writer that drafts cannot be saved (`quota` or `unavailable`). */
  warnDrafts(code: string): void;
  /** The drafts prompt's shadow root, for the tests to find its buttons. */
  draftPrompt(): ShadowRoot | null;
}

/** The isolated world's globals, typed. */
export const world = globalThis as {
  __tianbaoForm?: FormApi;
  __tianbaoReader?: ReaderApi;
  /** Test build only: the form script holds its insertion answers until this settles. */
  __tianbaoHoldAnswer?: Promise<unknown>;
};
