import { useLiveQuery } from 'dexie-react-hooks';
import { type MouseEvent, useRef } from 'react';
import { database, type Snippet } from '@/lib/snippets/db';
import { listSnippets } from '@/lib/snippets/store';
import { t } from './i18n';

/** The library as a list of buttons; clicking one hands its snippet to `onPick`. */
export function SnippetList({ onPick }: { onPick: (snippet: Snippet) => void }) {
  const live = useLiveQuery(() => listSnippets(database()), []);
  const snippets = useStableOrder(live);
  if (snippets === undefined) return <p className="muted">{t('snippetsLoading')}</p>;
  if (snippets.length === 0) return <p className="muted">{t('snippetsEmpty')}</p>;
  return (
    <ul className="snippets" data-ready="true">
      {snippets.map((snippet) => (
        <li key={snippet.id}>
          <button
            type="button"
            className="snippet"
            data-snippet-id={snippet.id}
            // Keeps focus where it was inside the panel; the page's caret is restored on insert.
            onMouseDown={preventFocusSteal}
            onClick={() => onPick(snippet)}
          >
            <span className="snippet-title">{snippet.title}</span>
            <span className="snippet-body">{snippet.body}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function preventFocusSteal(event: MouseEvent) {
  event.preventDefault();
}

/**
 * Keeps the order the list had when the panel opened: ranking by use must not move the snippet
 * under the writer's pointer right after a click. New snippets go on top; deleted ones drop out.
 */
function useStableOrder(snippets: Snippet[] | undefined): Snippet[] | undefined {
  const order = useRef<Map<string, number> | null>(null);
  if (snippets === undefined) return undefined;
  if (!order.current) order.current = new Map(snippets.map((s, i) => [s.id, i]));
  const known = order.current;
  const rank = (s: Snippet) => known.get(s.id) ?? -1;
  return [...snippets].sort((a, b) => rank(a) - rank(b));
}
