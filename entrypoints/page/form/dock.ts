import type { PanelLayout } from '@/lib/messages';
import { shadowHost } from '../shadow';
import { framesetRoom } from './frameset-room';

/** Width of the docked panel and of its collapsed strip, in CSS pixels. */
export const PANEL_WIDTH = 340;
export const STRIP_WIDTH = 40;

// The host sets its own position and z-index because a bare :host reset would drop them, and
// editors' toolbars would then cover the panel; its `all:initial` (important, see shadowHost) puts
// back every other property a page could set on it (margin, visibility, opacity, transform,
// pointer-events…). The frame must not force the panel page light: it follows the system's dark
// mode (color-scheme is inherited by the frame).
const HOST_CSS = `:host{all:initial;position:fixed;top:0;right:0;width:${PANEL_WIDTH}px;max-width:100vw;height:100vh;z-index:2147483647;box-shadow:-2px 0 12px #0003;color-scheme:light dark;background:Canvas;}\
:host([data-layout=collapsed]){width:${STRIP_WIDTH}px;height:148px;top:30vh;border-radius:8px 0 0 8px;overflow:hidden;}\
iframe{display:block;width:100%;height:100%;border:0;background:Canvas;}`;

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
    const shadow = shadowHost(doc, 'tianbao-panel', HOST_CSS);
    const frame = doc.createElement('iframe');
    frame.src = panelUrl;
    frame.title = titleText;
    shadow.root.append(frame);
    host = shadow.host;
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
