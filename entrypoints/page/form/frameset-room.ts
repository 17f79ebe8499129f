/**
 * Room for the panel on a frameset page. A frameset ignores margins and CSS sizes (measured in
 * Chromium): the only way to narrow its frames is a column of its own. The column goes into the
 * frameset that lays out the form's side of the page: the top frameset when it has columns,
 * else (a banner row above) its last row's frameset. A blank frame fills the new column, appended
 * last so that the page's own `frames[i]` keep their numbers. Returns the undo.
 */
export function framesetRoom(doc: Document, width: number): (() => void) | null {
  const top = doc.body?.localName === 'frameset' ? doc.body : null;
  if (!top) return null;
  let target: Element = top;
  // Rows only: the last row, when it is a frameset of columns, is where the form is.
  while (!target.getAttribute('cols') && target.lastElementChild?.localName === 'frameset') {
    target = target.lastElementChild;
  }
  const cols = target.getAttribute('cols');
  const rows = target.getAttribute('rows');
  // A grid (rows and columns) would need a blank frame per row, renumbering frames: overlay instead.
  if (rows && rows.split(',').length > 1 && cols) return null;
  const spacer = doc.createElement('frame');
  spacer.setAttribute('src', 'about:blank');
  spacer.setAttribute('noresize', '');
  spacer.setAttribute('scrolling', 'no');
  spacer.setAttribute('frameborder', '0');
  spacer.setAttribute('data-tianbao-room', '');
  target.setAttribute('cols', `${cols || '*'},${width}`);
  if (rows && !cols) target.removeAttribute('rows');
  target.append(spacer);
  return () => {
    spacer.remove();
    if (cols === null) target.removeAttribute('cols');
    else target.setAttribute('cols', cols);
    if (rows !== null) target.setAttribute('rows', rows);
  };
}
