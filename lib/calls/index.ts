import { type AnyWire, wireUnion } from './define';
import { frameCalls } from './frame';
import { pageCalls } from './page';
import { panelCalls } from './panel';

export type { AnyWire, ReplyOf, RequestOf, Wire } from './define';
export { FieldBounds, type FrameCalls, frameCalls, Inserted, InsertHandOver, PanelState } from './frame';
export { type PageCalls, type PanelEvents, pageCalls, panelEvents } from './page';
export { type PanelCalls, panelCalls } from './panel';
export { type ReaderCalls, readerCalls } from './reader';

/** Every call the panel may make, as it travels (validated by the worker). */
export const FromPanel = wireUnion(panelCalls);
export type FromPanel = AnyWire<typeof panelCalls>;

/** Every call a page script may make of the worker, as it travels (validated there). */
export const FromContent = wireUnion(pageCalls);
export type FromContent = AnyWire<typeof pageCalls>;

/** Every call the worker makes of a form script, as it travels. */
export const ToContent = wireUnion(frameCalls);
export type ToContent = AnyWire<typeof frameCalls>;
