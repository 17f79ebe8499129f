import { describe, expect, it } from 'vitest';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import { type Catalogue, formatMessage, readLanguage } from './language';

// What chrome.i18n.getMessage gives for these entries (Chromium's MessageBundle placeholders, then
// base::ReplaceStringPlaceholders); tests/e2e/language.spec.ts compares every catalogue entry with
// the real browser.
const catalogue: Catalogue = {
  named: { message: '已插入“$TITLE$”。', placeholders: { title: { content: '$1' } } },
  two: { message: '$B$ / $a$', placeholders: { a: { content: '$1' }, B: { content: '[$2]' } } },
  direct: { message: '$1 and $2, then $3' },
  dollars: { message: 'cost $$5, $$$1, $x, end $' },
  literal: { message: 'no placeholders here' },
};

describe('formatMessage', () => {
  it('puts substitutions where the named placeholders stand', () => {
    expect(formatMessage(catalogue, 'named', '述职报告·开头')).toBe('已插入“述职报告·开头”。');
    expect(formatMessage(catalogue, 'named', ['述职报告·开头'])).toBe('已插入“述职报告·开头”。');
    expect(formatMessage(catalogue, 'two', ['x', 'y'])).toBe('[y] / x');
  });

  it('accepts $1 in the message itself and leaves missing substitutions empty', () => {
    expect(formatMessage(catalogue, 'direct', ['one', 'two'])).toBe('one and two, then ');
    expect(formatMessage(catalogue, 'named')).toBe('已插入“”。');
  });

  it('treats $ as chrome.i18n does: $$ is one $, a lone $ is dropped with what follows', () => {
    expect(formatMessage(catalogue, 'dollars', ['A'])).toBe('cost $5, $$1, , end ');
  });

  it('does not substitute inside substitutions', () => {
    expect(formatMessage(catalogue, 'direct', ['$2', 'b', '$$'])).toBe('$2 and b, then $$');
  });

  it('gives the empty string for an unknown key, including inherited names', () => {
    expect(formatMessage(catalogue, 'missing')).toBe('');
    expect(formatMessage(catalogue, 'toString')).toBe('');
  });

  it('resolves every entry of the shipped catalogue with no $NAME$ left over', () => {
    for (const key of Object.keys(zhCN)) {
      expect(formatMessage(zhCN, key, ['甲', '乙', '丙', '丁']), key).not.toMatch(/\$[A-Z_]+\$/);
    }
  });
});

describe('readLanguage', () => {
  it('reads a stored choice and falls back to the browser for anything else', () => {
    expect(readLanguage('en')).toBe('en');
    expect(readLanguage('zh_CN')).toBe('zh_CN');
    expect(readLanguage(undefined)).toBe('auto');
    expect(readLanguage('fr')).toBe('auto');
    expect(readLanguage({ language: 'en' })).toBe('auto');
  });
});
