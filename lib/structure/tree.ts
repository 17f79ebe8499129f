import type { Heading, MarkerFamily } from './document';

// Nests headings the way writers number them: a family seen again closes the deeper levels; a new
// family opens a level below, unless its ordinal continues the open series (（二） then 3.), which is
// a sibling written in the wrong family.

interface Level {
  family: MarkerFamily;
  node: Heading;
}

/** Nests `flat` headings (document order), sets depth and bodyEnd, and returns the top level. */
export function buildTree(flat: readonly Heading[], end: number): Heading[] {
  const roots: Heading[] = [];
  const stack: Level[] = [];
  // The last unnumbered standalone heading holds the topic sentences under it.
  let plainParent: Heading | undefined;

  const attach = (node: Heading, parent: Heading | undefined) => {
    node.depth = parent ? parent.depth + 1 : 1;
    (parent ? parent.children : roots).push(node);
  };

  for (const node of flat) {
    const marker = node.marker;
    if (!marker) {
      // A topic sentence belongs to the unnumbered heading above it, else to the open numbered one.
      const parent = node.shape === 'run-in' && plainParent ? plainParent : stack[stack.length - 1]?.node;
      attach(node, parent);
      if (node.shape === 'standalone') plainParent = node;
      continue;
    }
    plainParent = undefined;
    const same = findLastIndex(stack, (level) => level.family === marker.family);
    if (same >= 0) {
      stack.length = same;
      attach(node, stack[same - 1]?.node);
      stack.push({ family: marker.family, node });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top?.node.marker && marker.ordinal > 1 && marker.ordinal === top.node.marker.ordinal + 1) {
      node.mixedWith = top.family;
      stack.pop();
      attach(node, stack[stack.length - 1]?.node);
      // The series keeps its family, so the next sibling is compared with the right style.
      stack.push({ family: top.family, node });
      continue;
    }
    attach(node, top?.node);
    stack.push({ family: marker.family, node });
  }
  setBodyEnds(flat, end);
  return roots;
}

function setBodyEnds(flat: readonly Heading[], end: number): void {
  for (let i = 0; i < flat.length; i++) {
    const node = flat[i] as Heading;
    let bodyEnd = end;
    for (let j = i + 1; j < flat.length; j++) {
      const next = flat[j] as Heading;
      if (next.depth <= node.depth) {
        bodyEnd = next.start;
        break;
      }
    }
    node.bodyEnd = Math.max(node.end, bodyEnd);
  }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
