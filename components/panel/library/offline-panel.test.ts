// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Snippet } from '@/lib/db/tianbao';
import { starterSnippets } from '@/lib/snippets/starter';
import { unopenableFactory } from '@/tests/support/idb-faults';
import catalogue from '../../../public/_locales/zh_CN/messages.json';
import { SnippetSearch } from './snippet-search';

// The panel's snippet list when IndexedDB cannot be opened (a private window): the starter pack
// from memory, a notice that nothing is saved, and a click still hands the snippet on to insert.

const zh: Record<string, { message: string }> = catalogue;
// The browser's catalogue lookup (placeholders are not needed by what is asserted here).
fakeBrowser.i18n.getMessage = ((key: string) => zh[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the snippet list without a database', () => {
  it('shows the starter pack, says nothing is saved, and a click still picks a snippet', async () => {
    // What the shared database() will be opened with: a factory whose every open fails.
    Dexie.dependencies.indexedDB = unopenableFactory();
    const container = document.createElement('div');
    document.body.append(container);
    const picked = vi.fn<(snippet: Snippet) => void>();
    const root = createRoot(container);
    await act(async () => root.render(createElement(SnippetSearch, { onPick: picked })));
    await vi.waitFor(() => expect(container.querySelector('[data-snippet-id]')).not.toBeNull());
    expect(container.querySelector('[role="note"]')?.textContent).toContain('不会保存');
    const ids = [...container.querySelectorAll('[data-snippet-id]')].map((b) => b.getAttribute('data-snippet-id'));
    expect(ids.sort()).toEqual(starterSnippets(0).map((s) => s.id));
    await act(async () => (container.querySelector('[data-snippet-id="starter-01"]') as HTMLButtonElement).click());
    expect(picked).toHaveBeenCalledWith(expect.objectContaining({ id: 'starter-01', starter: true }));
    root.unmount();
  });
});
