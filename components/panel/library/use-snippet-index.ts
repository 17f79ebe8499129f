import { useEffect, useRef, useState } from 'react';
import type { Snippet } from '@/lib/db/tianbao';
import type { SnippetIndex } from '@/lib/snippets/search';
import type { PanelSearch } from '../lazy-store';

// A library up to this size is indexed at once, as it is drawn (a few milliseconds).
const AT_ONCE = 500;
// The longest a slice of a larger library's indexing holds the main thread: between slices the
// panel draws and takes the writer's typing.
const SLICE_MS = 8;

/**
 * The panel's search index over `snippets`, and the library it holds in full (undefined until the
 * first one is indexed). A large library is indexed off the first paint, in slices; while a changed
 * library is indexed, searches go on over the last one held.
 */
export function useSnippetIndex(
  search: PanelSearch | undefined,
  snippets: readonly Snippet[] | undefined,
): { index: SnippetIndex | null; indexed: readonly Snippet[] | undefined } {
  const index = useRef<SnippetIndex | null>(null);
  const [sliced, setSliced] = useState<readonly Snippet[]>();
  const small = snippets !== undefined && snippets.length <= AT_ONCE;
  if (search && snippets && small) {
    index.current ??= new search.SnippetIndex();
    index.current.sync(snippets);
  }
  useEffect(() => {
    if (!search || !snippets || small) return;
    index.current ??= new search.SnippetIndex();
    const target = index.current;
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      while (next < snippets.length && performance.now() < until) target.upsert(snippets[next++] as Snippet);
      if (next < snippets.length) {
        timer = setTimeout(slice, 0);
        return;
      }
      // Every snippet is in (unchanged ones cost nothing again); this also drops deleted ones.
      target.sync(snippets);
      setSliced(snippets);
    };
    slice();
    return () => clearTimeout(timer);
  }, [search, snippets, small]);
  return { index: index.current, indexed: small ? snippets : sliced };
}
