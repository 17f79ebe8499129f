// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AutosaveOptions, createAutosave, type DraftSaveRequest } from './autosave';

// jsdom reads a textarea's text through readFieldText: its value.
function field(text: string): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.id = 'grzj';
  area.value = text;
  document.body.append(area);
  return area;
}

function autosave(enabled: AutosaveOptions['enabled']) {
  const sent: DraftSaveRequest[] = [];
  const saver = createAutosave({
    enabled,
    excluded: () => false,
    page: () => '/form',
    send: async (request) => {
      sent.push(request);
      return { ok: true };
    },
  });
  return { saver, sent };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
});
afterEach(() => vi.useRealTimers());

describe('createAutosave', () => {
  it('keeps what is typed before the settings are known, and saves it once they say so', async () => {
    let enabled: boolean | null = null;
    const { saver, sent } = autosave(() => enabled);
    const area = field('一年来');
    saver.edited(area);
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toEqual([]);
    enabled = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((r) => [r.field, r.text])).toEqual([['#grzj', '一年来']]);
  });

  it('drops what was kept when the settings say drafts are off here', async () => {
    let enabled: boolean | null = null;
    const { saver, sent } = autosave(() => enabled);
    saver.edited(field('一年来'));
    await vi.advanceTimersByTimeAsync(1000);
    enabled = false;
    await vi.advanceTimersByTimeAsync(1000);
    enabled = true;
    saver.flush();
    expect(sent).toEqual([]);
  });

  it('marks nothing while drafts are off', async () => {
    const { saver, sent } = autosave(() => false);
    saver.edited(field('一年来'));
    saver.flush();
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toEqual([]);
  });
});
