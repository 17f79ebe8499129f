import type { FieldContext, ScannedField } from '../messages';
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

/** What the form script shares: the caret tracker, and its own cost for the bench. */
export interface FormApi {
  tracker: CaretTracker;
  cost: ListenerCost;
}

/** What the reader offers the background, called through `scripting.executeScript`. */
export interface ReaderApi {
  scan(): ScannedField[];
  context(): FieldContext;
  locate(fieldId: string, start: number, end: number): boolean;
  /** The stated limit of the active field and its current length, after an insertion. */
  bounds(): (LengthBounds & { length: number }) | null;
}

/** The isolated world's globals, typed. */
export const world = globalThis as { __tianbaoForm?: FormApi; __tianbaoReader?: ReaderApi };
