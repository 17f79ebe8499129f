import { describe, expect, it } from 'vitest';
import { fieldRole } from './sections';

describe('fieldRole', () => {
  it.each([
    ['个人总结', { kind: 'report', genre: 'kaohe-gwy' }],
    ['述职报告', { kind: 'report', genre: 'shuzhi' }],
    ['*年度考核个人总结：', { kind: 'report', genre: 'kaohe-gwy' }],
    ['对照检查材料', { kind: 'report', genre: 'duizhao' }],
    ['存在的问题和不足', { kind: 'section', section: 'problems' }],
    ['存在问题', { kind: 'section', section: 'problems' }],
    ['下一步工作打算', { kind: 'section', section: 'plans' }],
    ['姓　　名', { kind: 'other' }],
    ['出生年月', { kind: 'other' }],
    ['', { kind: 'other' }],
  ])('%s', (label, role) => {
    expect(fieldRole(label)).toMatchObject(role);
  });

  it('prefers the page genre when templates share a section name', () => {
    const role = fieldRole('存在的问题', undefined, 'duizhao');
    expect(role).toMatchObject({ kind: 'section', genre: 'duizhao', section: 'problems' });
  });
});
