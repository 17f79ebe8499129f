// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { database } from '@/lib/db/tianbao';
import { listSnippets } from '@/lib/snippets/panel-list';
import { makeSnippet } from '@/tests/support/snippets';
import catalogue from '../../../public/_locales/zh_CN/messages.json';
import { firstList, startPanelList } from '../panel-start';
import { SnippetSearch } from './snippet-search';

// The panel's first read (panel-start.ts, started by the panel's entry): the list is drawn from it
// in the very first render, before the database code has loaded, in the order Dexie's read gives.

const zh: Record<string, { message: string }> = catalogue;
fakeBrowser.i18n.getMessage = ((key: string) => zh[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the panel list from its first read', () => {
  it('is drawn in the first render, in the panel order, then follows the database', async () => {
    const rows = [
      makeSnippet({ id: 'plain', title: '普通', updatedAt: 3 }),
      makeSnippet({ id: 'used', title: '常用', useCount: 5, updatedAt: 1 }),
      makeSnippet({ id: 'fav', title: '收藏', favorite: 1, updatedAt: 2 }),
    ];
    await database().snippets.bulkPut(rows);
    const library = (await listSnippets(database())).map((s) => s.id);
    expect(library.slice(0, 2)).toEqual(['fav', 'used']);
    // Closed as a panel finds it: the first read opens it itself.
    database().close({ disableAutoOpen: false });

    startPanelList();
    expect((await firstList.arrival())?.value.map((s) => s.id)).toEqual(library);

    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    // One synchronous render: no time for the database code (it loads after the list is painted).
    act(() => root.render(createElement(SnippetSearch, { onPick: () => undefined })));
    const shown = () =>
      [...container.querySelectorAll('[data-snippet-id]')].map((b) => b.getAttribute('data-snippet-id'));
    expect(container.querySelector('[data-ready]')).not.toBeNull();
    expect(shown()).toEqual(library);

    // The live query takes over: a snippet added now is listed.
    await act(async () => {
      await database().snippets.put(makeSnippet({ id: 'new', title: '新加', favorite: 1, updatedAt: 9 }));
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(shown()).toContain('new');
    expect(firstList.now()).toBeUndefined();
    root.unmount();
  });
});
