import type { PanelLayout } from '@/lib/messages';
import { framesetRoom } from './frameset-room';

/** Width of the docked panel and of its collapsed strip, in CSS pixels. */
export const PANEL_WIDTH = 340;
export const STRIP_WIDTH = 40;

// Every rule is !important inside the shadow root: for important declarations the shadow tree's
// own rules beat the page's, so `* { all: unset !important }` or a huge page z-index cannot move,
// hide or cover the panel. The host sets its own position and z-index because a bare :host reset
// would drop them, and editors' toolbars would then cover the panel.
const HOST_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  top: 0 !important;
  right: 0 !important;
  bottom: 0 !important;
  left: auto !important;
  width: ${PANEL_WIDTH}px !important;
  max-width: 100vw !important;
  height: 100vh !important;
  margin: 0 !important;
  padding: 0 !important;
  z-index: 2147483647 !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  pointer-events: auto !important;
  box-shadow: -2px 0 12px rgba(0, 0, 0, 0.18) !important;
  color-scheme: light dark !important;
  background: Canvas !important;
}
:host([data-layout='collapsed']) {
  width: ${STRIP_WIDTH}px !important;
  height: 148px !important;
  top: 30vh !important;
  bottom: auto !important;
  border-radius: 8px 0 0 8px !important;
  overflow: hidden !important;
}
iframe {
  all: initial !important;
  display: block !important;
  width: 100% !important;
  height: 100% !important;
  border: 0 !important;
  background: Canvas !important;
  /* The panel page follows the system's dark mode; the frame must not force it light. */
  color-scheme: light dark !important;
}`;

/** The panel docked on the page's right edge: an extension page in an iframe, in a closed shadow root. */
export interface Dock {
  readonly open: boolean;
  setLayout(layout: PanelLayout): void;
}

/** Creates the dock for `doc`; the panel page at `panelUrl` is loaded when first shown. */
export function createDock(doc: Document, panelUrl: string, titleText: string): Dock {
  let host: HTMLElement | null = null;
  // The page's own inline margin-right, while the panel has replaced it.
  let savedMargin: { value: string; priority: string } | null = null;
  // A frameset page's column for the panel, while it is there: how to take it out again.
  let undoFrameset: (() => void) | null = null;

  const mount = () => {
    // A custom element name that no page uses, so page scripts and styles keyed to tags miss it.
    host = doc.createElement('tianbao-panel');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_CSS;
    const frame = doc.createElement('iframe');
    frame.src = panelUrl;
    frame.title = titleText;
    root.append(style, frame);
    doc.documentElement.append(host);
  };

  // Makes room for the expanded panel by narrowing the page, as a narrower window would: on the
  // 1366px screens common in offices a centred 960px form then stays fully visible beside it.
  const makeRoom = (on: boolean) => {
    const style = doc.documentElement.style;
    if (on === (savedMargin !== null || undoFrameset !== null)) return;
    if (on && doc.body?.localName === 'frameset') {
      undoFrameset = framesetRoom(doc, PANEL_WIDTH);
      return;
    }
    if (!on && undoFrameset) {
      undoFrameset();
      undoFrameset = null;
      return;
    }
    if (on) {
      savedMargin = {
        value: style.getPropertyValue('margin-right'),
        priority: style.getPropertyPriority('margin-right'),
      };
      style.setProperty('margin-right', `${PANEL_WIDTH}px`, 'important');
    } else if (savedMargin) {
      if (savedMargin.value) style.setProperty('margin-right', savedMargin.value, savedMargin.priority);
      else style.removeProperty('margin-right');
      savedMargin = null;
    }
    // Scripted layouts (editors sizing their toolbars) recompute on resize, as after a window resize.
    doc.defaultView?.dispatchEvent(new Event('resize'));
  };

  return {
    get open() {
      return host?.isConnected === true;
    },
    setLayout(layout) {
      makeRoom(layout === 'expanded');
      if (layout === 'closed') {
        host?.remove();
        host = null;
        return;
      }
      if (!host?.isConnected) mount();
      if (host) host.dataset.layout = layout;
    },
  };
}
