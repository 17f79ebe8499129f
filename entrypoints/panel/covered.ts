// A page can draw over the docked panel with the top layer (a `popover`, a modal <dialog>,
// fullscreen), which no z-index beats, and let clicks through (pointer-events: none): the writer
// would press snippets they cannot see. The panel watches whether it is really visible
// (IntersectionObserver v2, made for this) and, while it is not, takes no click and says why.

/** How often the browser re-checks the panel's visibility (its minimum is 100 ms). */
const CHECK_MS = 100;

/**
 * Refuses pointer input in the panel page while the page covers it, showing `message` over the
 * panel; does nothing where the browser cannot tell (no IntersectionObserver v2).
 */
export function refuseClicksWhileCovered(doc: Document, message: () => string): void {
  if (!('isVisible' in IntersectionObserverEntry.prototype)) return;
  let covered = false;
  const shield = doc.createElement('div');
  shield.setAttribute('role', 'alert');
  shield.className = 'covered-shield';
  shield.style.cssText =
    'position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;' +
    'padding:24px;text-align:center;background:rgba(255,255,255,.92);color:#1f1f1f;font:15px/1.6 sans-serif';
  const show = (now: boolean) => {
    if (now === covered) return;
    if (now) {
      let text: string;
      try {
        text = message();
      } catch {
        // The extension was updated or removed under this panel: it is going away, nothing to say.
        return;
      }
      shield.textContent = text;
      doc.body.append(shield);
    } else shield.remove();
    covered = now;
  };
  // Presses while covered never reach the panel's buttons.
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick']) {
    doc.defaultView?.addEventListener(
      type,
      (event) => {
        if (!covered) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      true,
    );
  }
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
      if (entry) show(entry.isIntersecting && entry.isVisible === false);
    },
    { threshold: [0, 1], trackVisibility: true, delay: CHECK_MS } as IntersectionObserverInit,
  );
  observer.observe(doc.documentElement);
}
