import { deepActiveElement, type Field, fieldFor, isTextField } from './editable';
import { visible, watchGestures } from './focus-rule';
import { editorFrameBody } from './frames';

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
  /** Told of every edit, here and in adopted editor frames (drafts). */
  edits?: EditListener,
): CaretTracker {
  let field: Field | null = null;
  let saved: SavedCaret = { kind: 'none' };
  let unreachable: string | null = null;
  const options = { capture: true, signal };
  // Only the writer's own focus chooses the field (lib/fields/focus-rule.ts); a script's focus
  // elsewhere leaves the chosen field and its caret as they were.
  const rule = watchGestures(doc, signal);
  const chosen = (active: Field) => active === field;

  const remember = (counts: (active: Field) => boolean = chosen) => {
    const active = fieldFor(deepActiveElement(doc));
    if (!active || !counts(active)) return false;
    field = active;
    unreachable = null;
    saved = readCaret(active);
    return true;
  };

  // An editor that edits inside an about:blank/srcdoc iframe (TinyMCE, UEditor, KindEditor) may be
  // created after this script was injected, so no script of ours runs in it. Focus moving into it
  // shows here only as this window losing focus to the iframe: adopt its body as the field, and
  // follow its caret from here.
  const adopted = new WeakSet<Document>();
  const reached = new Set<string>();
  const adoptEditorFrame = () => {
    const frame = doc.activeElement;
    if (!(frame instanceof HTMLIFrameElement || frame instanceof HTMLFrameElement)) return;
    if (!rule.frameCounts(frame)) return;
    if (isCrossOrigin(frame)) {
      // If that frame runs a script of ours, it reports itself and takes the insertion; if not,
      // the insertion lands here and is refused with this origin, never put in the wrong field.
      if (reached.has(frameOrigin(frame))) return;
      unreachable = frameOrigin(frame);
      onActive();
      return;
    }
    const body = frame instanceof HTMLIFrameElement ? editorFrameBody(frame) : null;
    if (!body) return;
    field = body;
    unreachable = null;
    saved = readCaret(body);
    onActive();
    const inner = body.ownerDocument;
    if (adopted.has(inner)) return;
    adopted.add(inner);
    inner.addEventListener(
      'selectionchange',
      () => {
        if (field === body) saved = readCaret(body);
      },
      options,
    );
    if (edits) {
      inner.addEventListener(
        'input',
        timed(() => edits.edited(body)),
        options,
      );
      inner.addEventListener('focusout', edits.left, options);
    }
  };
  doc.defaultView?.addEventListener('blur', adoptEditorFrame, { signal });
  // Every focus on a field, even the same one again, tells the background that this frame is
  // where the user now works: they may have been typing in another frame in between.
  const focused = () => {
    if (remember(rule.counts)) onActive();
    else remember(); // (the chosen field focused again by a script: its caret only)
  };

  doc.addEventListener('focusin', timed(focused), options);
  // Text fields keep their own selection while blurred; contenteditable does not, so save it
  // on every change while the field has focus.
  const onChange = timed(() => void remember());
  doc.addEventListener('selectionchange', onChange, options);
  // Typing (a trusted input event) shows the writer is in that field, whoever focused it.
  let typed = false;
  doc.addEventListener(
    'input',
    (event) => {
      typed = event.isTrusted;
    },
    options,
  );
  doc.addEventListener(
    'input',
    timed(() => {
      const before = field;
      if (!remember((active) => chosen(active) || (typed && visible(active)))) return;
      if (field !== before) onActive();
      if (field) edits?.edited(field);
    }),
    options,
  );
  if (edits) doc.addEventListener('focusout', edits.left, options);
  // Injected while the user is already in a field (they clicked it, then the toolbar button).
  if (doc.hasFocus()) {
    if (remember(visible)) onActive();
  } else remember(visible);

  return {
    field: () => (field?.isConnected ? field : null),
    lost: () => field?.isConnected === false,
    caret: () => saved,
    unreachable: () => unreachable,
    reachable(host) {
      reached.add(host);
      if (unreachable === host) unreachable = null;
    },
    choose(chosenField) {
      field = chosenField;
      unreachable = null;
      saved = readCaret(chosenField);
      onActive();
    },
  };
}

function isCrossOrigin(frame: HTMLIFrameElement | HTMLFrameElement): boolean {
  try {
    return frame.contentDocument === null;
  } catch {
    return true;
  }
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
