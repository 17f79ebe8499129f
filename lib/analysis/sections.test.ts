import { describe, expect, it } from 'vitest';
import { fieldRole, sectionAtCaret } from './sections';

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

describe('sectionAtCaret', () => {
  // A short report written for this test.
  const REPORT = [
    '2026年度个人述职报告',
    '一年来，我认真履行职责，现述职如下。',
    '一、主要工作及成效',
    '全年完成各项任务。一是抓学习。二是抓落实。',
    '二、存在的问题和不足',
    '学习不够深入。',
    '三、下一步工作打算',
    '继续加强学习。',
  ].join('\n');

  it('finds the section of the report that holds the caret', () => {
    expect(sectionAtCaret('述职报告', REPORT, REPORT.indexOf('学习不够'))).toEqual({
      genre: 'shuzhi',
      section: 'problems',
    });
    expect(sectionAtCaret('述职报告', REPORT, REPORT.indexOf('继续'))).toEqual({ genre: 'shuzhi', section: 'plans' });
  });

  it('takes a one-section field’s own section, whatever its text', () => {
    expect(sectionAtCaret('存在问题', '随便写的', 2)).toMatchObject({ section: 'problems' });
  });

  it('says nothing it cannot tell', () => {
    expect(sectionAtCaret('姓名', '张三', 1)).toEqual({});
  });
});
