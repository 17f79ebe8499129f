// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { database } from '@/lib/db/tianbao';
import { SnippetIndex } from '@/lib/snippets/search';
import { listSnippets } from '@/lib/snippets/store';
import { makeSnippet } from '@/tests/support/snippets';
import catalogue from '../../../public/_locales/zh_CN/messages.json';
import { SnippetSearch } from './snippet-search';

// A library too large to index as it is drawn is indexed in slices after the first paint: the list
// says it is loading meanwhile, then shows exactly what one index built at once ranks, and search works.

const zh: Record<string, { message: string }> = catalogue;
fakeBrowser.i18n.getMessage = ((key: string) => zh[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the panel list over a large library', () => {
  it('is indexed off the first paint, then lists and finds what the index ranks', async () => {
    const words = ['乡村振兴', '党风廉政', '安全生产', '基层治理', '理论学习', '意识形态'];
    const rows = Array.from({ length: 3000 }, (_, i) =>
      makeSnippet({
        id: `big-${String(i).padStart(5, '0')}`,
        title: `${words[i % words.length]}第${i}条`,
        body: `${words[(i * 7) % words.length]}方面的材料，编号${i}。`.repeat(4),
        useCount: i % 13,
        lastUsedAt: 1_700_000_000_000 + i,
        favorite: i % 97 === 0 ? 1 : 0,
      }),
    );
    await database().snippets.bulkPut(rows);
    const library = await listSnippets(database());

    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(createElement(SnippetSearch, { onPick: () => undefined })));
    // The library has been read, but the list waits for its index, saying so.
    await vi.waitFor(() => expect(container.textContent).toContain(zh.snippetsLoading?.message));
    await vi.waitFor(() => expect(container.querySelector('[data-ready]')).not.toBeNull(), { timeout: 20_000 });

    const shown = () =>
      [...container.querySelectorAll('[data-snippet-id]')].map((b) => b.getAttribute('data-snippet-id'));
    const expected = new SnippetIndex(library).search('', { limit: 200 }).hits.map((h) => h.snippet.id);
    const position = new Map(library.map((s, i) => [s.id, i]));
    expect(shown()).toEqual(expected.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)));

    const box = container.querySelector('input[type="search"]') as HTMLInputElement;
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(box, '编号2999');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect(shown()).toEqual(['big-02999']));
    root.unmount();
  }, 30_000);
});
