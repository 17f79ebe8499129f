import { deepActiveElement, type Field, fieldFor, isFrameElement, isTextField } from './editable';
import { type FocusRule, visible, watchGestures } from './focus-rule';
import { frameDocument, isEditorFrame } from './frames';

/** How long typing must pause before the panel (its outline) reads the field again. */
export const EDIT_PAUSE_MS = 400;

/** Where the caret was in a field: offsets for text fields, a DOM range for contenteditable. */
export type SavedCaret =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'range'; range: Range }
  | { kind: 'none' };

/** The field the user last worked in and where its caret was, kept while focus is elsewhere. */
export interface CaretTracker {
  /** The last field the user focused in this document, if it is still in the page. */
  field(): Field | null;
  /** Whether that field has since been removed from the page (re-rendered, or its frame dropped). */
  lost(): boolean;
  /** The caret as it was when the user last worked in that field. */
  caret(): SavedCaret;
  /**
   * The origin of the frame the user is typing in when it is one this script cannot reach (another
   * site's frame with no script of ours, or a sandboxed frame); null otherwise.
   */
  unreachable(): string | null;
  /** Our own code put the caret in `field` at the writer's request (a located finding, a restore). */
  choose(field: Field): void;
  /**
   * Frames of `host` run our script, which reports the writer's focus there itself: focus going
   * into one of them is no longer a reason to refuse here.
   */
  reachable(host: string): void;
}

/** What the tracker tells about typing: a field changed (input), focus left a field. */
export interface EditListener {
  edited(field: Field): void;
  left(): void;
}

/**
 * Tracks the field the user works in and its caret, so that when focus moves to the panel an
 * insertion still goes exactly where the caret was. `onActive` runs when a field gains focus.
 * Listeners live as long as `signal`.
 */
export function trackCaret(
  doc: Document,
  signal: AbortSignal,
  onActive: () => void,
  /** Wraps each listener; the e2e build uses it to time the script's own cost per keystroke. */
  timed: (listener: () => void) => () => void = (listener) => listener,
  /** Told of every edit, here and in adopted frames (drafts). */
  edits?: EditListener,
): CaretTracker {
  let field: Field | null = null;
  let saved: SavedCaret = { kind: 'none' };
  let unreachable: string | null = null;
  const options = { capture: true, signal };
  // Only the writer's own focus chooses the field (lib/fields/focus-rule.ts), in this document and
  // in each frame adopted from here; a script's focus elsewhere leaves the chosen field as it was.
  const rules = new WeakMap<Document, FocusRule>();
  const chosen = (active: Field) => active === field;
  // Hosts of other origins' frames whose own copy of this script reports the writer's focus.
  const reached = new Set<string>();
  // The field focus left for a frame of another origin, given back if that frame speaks for itself.
  let left: { field: Field | null; saved: SavedCaret } | null = null;

  // The field focused in `d`, if `counts` accepts it. An editor frame's own copy of this script
  // stays silent: its parent adopts it (the label, the host textarea and the editor's API are
  // there), and two scripts claiming one field would race.
  const remember = (d: Document, own: boolean, counts: (active: Field) => boolean = chosen) => {
    if (own && isEditorFrame(d)) return false;
    const active = fieldFor(deepActiveElement(d));
    if (!active || !counts(active)) return false;
    field = active;
    unreachable = null;
    left = null;
    saved = readCaret(active);
    return true;
  };

  // Focus that leaves `d` for one of its frames shows in `d` only as its window's blur, with the
  // frame element as its active element. Wherever it went, the field here no longer holds the
  // caret: follow it, or forget the field, so that an insertion never lands in the field left.
  // A focus the writer did not give (a page's script focusing a frame) changes nothing; `initial`
  // is the focus found in place when this script arrives, given before we could watch.
  const followFrame = (d: Document, initial = false) => {
    const frame = d.activeElement;
    if (!isFrameElement(frame)) return;
    if (initial ? !visible(frame) : !rules.get(d)?.frameCounts(frame)) return;
    const inner = frameDocument(frame);
    if (!inner) {
      // Another origin (or a sandbox). A frame known to run our script reports the writer's focus
      // there itself (and a page script's focus there is not the writer's): nothing changes here.
      // Otherwise the insertion comes here and is refused, naming the frame's site, until the
      // worker finds that the frame runs our script after all (`reachable`).
      if (reached.has(frameOrigin(frame))) return;
      left = { field, saved };
      field = null;
      saved = { kind: 'none' };
      unreachable = frameOrigin(frame);
      onActive();
      return;
    }
    field = null;
    saved = { kind: 'none' };
    unreachable = null;
    // A frame running our script reports its own fields, unless it is an editor frame.
    if (hasOurScript(inner) && !isEditorFrame(inner)) return;
    watch(inner, false);
    if (isFrameElement(inner.activeElement)) followFrame(inner, initial);
    else {
      // Reported even when no field has focus there (a link): the field left must not take it.
      remember(inner, false, visible);
      onActive();
    }
  };

  // Listens in `d`: this script's own document, or a same-origin frame it adopted (made by script
  // after injection, written by an editor, or a frame without our script).
  const watched = new WeakSet<Document>();
  const watch = (d: Document, own: boolean) => {
    if (watched.has(d)) return;
    watched.add(d);
    const rule = watchGestures(d, signal);
    rules.set(d, rule);
    // Every focus on a field, even the same one again, tells the background that this frame is
    // where the user now works: they may have been typing in another frame in between.
    d.addEventListener(
      'focusin',
      timed(() => {
        if (remember(d, own, rule.counts)) onActive();
        else remember(d, own); // (the chosen field focused again by a script: its caret only)
      }),
      options,
    );
    // Text fields keep their own selection while blurred; contenteditable does not, so save it
    // on every change while the field has focus. (In an adopted frame, only while focus is in it:
    // an editor that moves its own selection must not take the caret from the field in use.)
    d.addEventListener(
      'selectionchange',
      timed(() => void ((own || d.hasFocus()) && remember(d, own))),
      options,
    );
    // Typing (a trusted input event) shows the writer is in that field, whoever focused it.
    let typed = false;
    d.addEventListener(
      'input',
      (event) => {
        typed = event.isTrusted;
      },
      options,
    );
    d.addEventListener(
      'input',
      timed(() => {
        const before = field;
        if (!remember(d, own, (active) => chosen(active) || (typed && visible(active)))) return;
        if (field !== before) onActive();
        if (field) edits?.edited(field);
      }),
      options,
    );
    if (edits) d.addEventListener('focusout', edits.left, options);
    // (Only the browser's own blur: a page's synthetic one must not move the caret we keep.)
    d.defaultView?.addEventListener('blur', (event) => event.isTrusted && followFrame(d), { signal });
  };
  watch(doc, true);
  // Injected while the user is already in a field (they clicked it, then the toolbar button), or
  // in a same-origin frame of this page (an editor's frame, which is followed from here). Not in
  // another origin's frame: our script is being injected there at this moment too, and reports
  // itself; claiming it from here would race that report.
  const start = doc.activeElement;
  if (doc.hasFocus() && isFrameElement(start) && frameDocument(start)) followFrame(doc, true);
  else if (doc.hasFocus()) {
    if (remember(doc, true, visible)) onActive();
  } else remember(doc, true, visible);

  return {
    field: () => (field?.isConnected ? field : null),
    lost: () => field?.isConnected === false,
    caret: () => saved,
    unreachable: () => unreachable,
    reachable(host) {
      reached.add(host);
      if (unreachable !== host) return;
      // That frame's script saw no focus of the writer's: the field they chose here still holds.
      unreachable = null;
      if (left) ({ field, saved } = left);
      left = null;
    },
    choose(chosenField) {
      field = chosenField;
      unreachable = null;
      saved = readCaret(chosenField);
      onActive();
    },
  };
}

// Whether our form script runs in `inner`: the extension's world is shared by the same-origin
// frames of a page, so its global is visible from the parent's copy.
function hasOurScript(inner: Document): boolean {
  return (inner.defaultView as { __tianbaoForm?: unknown } | null)?.__tianbaoForm !== undefined;
}

// The site to name to the user: the host of the frame's address.
function frameOrigin(frame: HTMLIFrameElement | HTMLFrameElement): string {
  try {
    return new URL(frame.src, frame.ownerDocument.baseURI).host || frame.src.slice(0, 60);
  } catch {
    return frame.src.slice(0, 60);
  }
}

/** Reads the current caret or selection of `field`. */
export function readCaret(field: Field): SavedCaret {
  if (isTextField(field)) {
    const start = field.selectionStart ?? field.value.length;
    return { kind: 'text', start, end: field.selectionEnd ?? start };
  }
  const selection = field.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (field.contains(range.commonAncestorContainer)) return { kind: 'range', range: range.cloneRange() };
  }
  return { kind: 'none' };
}

/** Focuses `field` and puts the caret back where `caret` says, without scrolling the page. */
export function restoreCaret(field: Field, caret: SavedCaret): void {
  field.focus({ preventScroll: true });
  if (isTextField(field)) {
    const length = field.value.length;
    const start = caret.kind === 'text' ? Math.min(caret.start, length) : length;
    const end = caret.kind === 'text' ? Math.min(caret.end, length) : length;
    field.setSelectionRange(start, end);
    return;
  }
  const selection = field.ownerDocument.getSelection();
  if (!selection) return;
  if (caret.kind === 'range' && field.contains(caret.range.commonAncestorContainer)) {
    selection.removeAllRanges();
    selection.addRange(caret.range);
  } else if (!field.contains(selection.anchorNode)) {
    // No saved caret: put it at the end of the field, as a click below the text would.
    selection.selectAllChildren(field);
    selection.collapseToEnd();
  }
}
