import { type Field, isTextField } from './editable';

// Which focus counts as the writer's choice of field. A page's script may move focus wherever it
// likes (a frame of another site focusing its own hidden textarea once a second; a page focusing
// an off-screen field when the pointer nears the panel), and an insertion, a restore or a fix that
// followed such focus would put the writer's text where they never looked. So a field becomes the
// target only when focus reaches it right after a trusted gesture of the writer in that same
// document (a press of a pointer or a key, or typing in it), and only when it can be seen.

/** How long after a trusted press a focus change in the same document still counts as its effect. */
export const GESTURE_MS = 1500;

// Smaller than this in either direction, a field is a decoy (or a 1-pixel clip), not a place to write.
const MIN_SIDE = 4;

/** Tells whether focus in one document counts as the writer's choice. */
export interface FocusRule {
  /** Whether focus that just reached `field` (by a press, a Tab, a click on its label) counts. */
  counts(field: Field): boolean;
  /**
   * Whether focus that just went into the child `frame` counts. The press happened inside the
   * frame, where this document cannot see it; a frame that runs our script decides for itself.
   */
  frameCounts(frame: HTMLElement): boolean;
}

/**
 * Watches the trusted presses in `doc` (pointer, mouse, touch, keys) and where the pointer is, so
 * the caret tracker can tell the writer's focus from a script's. Listeners live as long as `signal`.
 */
export function watchGestures(doc: Document, signal: AbortSignal): FocusRule {
  let pressedAt = Number.NEGATIVE_INFINITY;
  let keyAt = Number.NEGATIVE_INFINITY;
  const options = { capture: true, passive: true, signal };
  const press = (event: Event) => {
    if (event.isTrusted) pressedAt = event.timeStamp;
  };
  for (const type of ['pointerdown', 'mousedown', 'touchstart']) doc.addEventListener(type, press, options);
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted) keyAt = event.timeStamp;
    },
    options,
  );
  const now = () => doc.defaultView?.performance.now() ?? 0;
  const recent = (at: number) => now() - at <= GESTURE_MS;

  return {
    counts: (field) => (recent(pressedAt) || recent(keyAt)) && visible(field),
    // A press in a child frame activates this window too (user activation): without one, no
    // writer moved the focus there.
    frameCounts: (frame) => activated(doc) && visible(frame),
  };
}

// Whether the writer pressed something in this window or a frame inside it in the last seconds
// (true where the browser cannot tell).
function activated(doc: Document): boolean {
  const activation = (doc.defaultView?.navigator as { userActivation?: { isActive: boolean } } | undefined)
    ?.userActivation;
  return activation?.isActive ?? true;
}

/**
 * Whether the writer can see `field`: it has a real size, is not hidden, transparent or placed
 * outside the page (left: -9999px), and for an editor's iframe body, neither is its frame. A field
 * further down the page, reached by scrolling, is visible.
 */
export function visible(field: Field): boolean {
  const frame = field.ownerDocument.defaultView?.frameElement;
  const box = isTextField(field) || field !== field.ownerDocument.body || !frame ? field : (frame as HTMLElement);
  const rect = box.getBoundingClientRect();
  if (rect.width < MIN_SIDE || rect.height < MIN_SIDE) return false;
  const view = box.ownerDocument.defaultView;
  // Outside the page's scrollable area: above or left of its origin, or past its far edges.
  const page = box.ownerDocument.documentElement;
  if (
    view &&
    (rect.right + view.scrollX <= 0 ||
      rect.bottom + view.scrollY <= 0 ||
      rect.left + view.scrollX >= Math.max(page.scrollWidth, view.innerWidth) ||
      rect.top + view.scrollY >= Math.max(page.scrollHeight, view.innerHeight))
  )
    return false;
  const check = (box as { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (check && !check.call(box, { opacityProperty: true, visibilityProperty: true })) return false;
  return true;
}
