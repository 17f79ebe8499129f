// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askBeforeSubmit, type DialogText, showNotice } from './dialog';

const TEXT: DialogText = {
  title: '提交前检查：发现 2 处错误',
  intro: '这些问题可能导致材料被退回。',
  back: '返回修改',
  submit: '仍然提交',
  more: '还有更多',
  confirmHint: '点“确定”仍然提交',
};
const ITEMS = [
  { field: '姓名', message: '必填项，尚未填写。', excerpt: '' },
  { field: '个人总结', message: '中文中应使用全角标点。', excerpt: ',' },
];

/**
 * The dialog's closed root, caught as it is attached (only for the test: our scripts and the
 * page never see it).
 */
function catchRoot(): { root: ShadowRoot | null } {
  const caught: { root: ShadowRoot | null } = { root: null };
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
    caught.root = attach.call(this, init);
    return caught.root;
  });
  return caught;
}

const button = (root: ShadowRoot | null, label: string) =>
  [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label) as HTMLButtonElement;
const key = (root: ShadowRoot | null, name: string) =>
  root?.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
const tick = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  for (const el of document.documentElement.querySelectorAll('tianbao-submit-check, tianbao-submit-notice'))
    el.remove();
});

describe('askBeforeSubmit', () => {
  it('is an alertdialog named by its title and described by its intro, 返回修改 focused; Esc is 返回修改 and the focus goes back', async () => {
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    const caught = catchRoot();
    const answer = askBeforeSubmit(document, ITEMS, TEXT);
    const root = caught.root;
    const host = document.querySelector('tianbao-submit-check');
    expect(host?.parentNode).toBe(document.documentElement);
    const dialog = root?.querySelector('[role=alertdialog]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    expect(root?.getElementById(dialog?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(TEXT.title);
    expect(root?.getElementById(dialog?.getAttribute('aria-describedby') ?? '')?.textContent).toBe(TEXT.intro);
    expect([...(root?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      '姓名：必填项，尚未填写。',
      '个人总结：中文中应使用全角标点。 ,',
    ]);
    expect([...(root?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(['仍然提交', '返回修改']);
    expect(root?.activeElement).toBe(button(root, '返回修改'));

    // Tab moves between the two buttons and never leaves the dialog.
    key(root, 'Tab');
    expect(root?.activeElement).toBe(button(root, '仍然提交'));
    key(root, 'Tab');
    expect(root?.activeElement).toBe(button(root, '返回修改'));

    key(root, 'Escape');
    expect(await answer).toBe('back');
    expect(document.querySelector('tianbao-submit-check')).toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it('仍然提交 answers submit, once, and takes the dialog away', async () => {
    const caught = catchRoot();
    const answer = askBeforeSubmit(document, ITEMS, TEXT);
    button(caught.root, '仍然提交').click();
    button(caught.root, '返回修改').click();
    expect(await answer).toBe('submit');
    expect(document.querySelector('tianbao-submit-check')).toBeNull();
  });

  it('put back once when the page removes it; removed again, asks in the browser’s confirm box', async () => {
    const caught = catchRoot();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const answer = askBeforeSubmit(document, ITEMS, TEXT);
    document.querySelector('tianbao-submit-check')?.remove();
    await tick();
    expect(document.querySelector('tianbao-submit-check')).not.toBeNull();
    expect(caught.root?.activeElement).toBe(button(caught.root, '返回修改'));
    expect(confirm).not.toHaveBeenCalled();
    document.querySelector('tianbao-submit-check')?.remove();
    expect(await answer).toBe('submit');
    expect(confirm).toHaveBeenCalledOnce();
    expect(confirm.mock.calls[0]?.[0]).toBe(
      `${TEXT.title}\n${TEXT.intro}\n· 姓名：必填项，尚未填写。\n· 个人总结：中文中应使用全角标点。\n\n${TEXT.confirmHint}`,
    );
  });
});

describe('showNotice', () => {
  it('is an alert named by its message, gone after its time', () => {
    vi.useFakeTimers();
    const caught = catchRoot();
    showNotice(document, '页面已经自行提交了这份表单。', 1000);
    const alert = caught.root?.querySelector('[role=alert]');
    expect(alert?.getAttribute('aria-label')).toBe('页面已经自行提交了这份表单。');
    expect(alert?.textContent).toBe('页面已经自行提交了这份表单。');
    vi.advanceTimersByTime(1000);
    expect(document.querySelector('tianbao-submit-notice')).toBeNull();
    vi.useRealTimers();
  });
});
