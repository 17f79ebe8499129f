import { describe, expect, it } from 'vitest';
import { fieldRead } from '../../tests/support/scanned-field';
import type { FieldRead } from '../messages';
import { boundsOf, cleanLabel, interpretContext, interpretField, interpretScan, starred } from './field-read';

const read = fieldRead;

describe('cleanLabel', () => {
  it('drops stars, colons and fill spaces but keeps spaces between Latin words', () => {
    expect(cleanLabel('*姓　　名：')).toBe('姓名');
    expect(cleanLabel('*姓 名')).toBe('姓名');
    expect(cleanLabel(' Job  title: ')).toBe('Job title');
    expect(cleanLabel('＊ 个人总结 ：')).toBe('个人总结');
  });

  it('keeps the first 60 characters', () => {
    expect(cleanLabel('说明'.repeat(100))).toHaveLength(60);
  });
});

describe('starred', () => {
  it.each([
    ['*姓 名', true],
    [' ＊工作单位', true],
    ['职务', false],
    ['个人总结*', false],
  ])('%s → %s', (label, star) => {
    expect(starred(label)).toBe(star);
  });
});

describe('boundsOf', () => {
  it.each<[string, Partial<FieldRead>, ReturnType<typeof boundsOf>]>([
    ['its own maxlength first', { maxlength: 20, near: '限800字' }, { maxLength: 20, limitSource: 'maxlength' }],
    ['a hint in the label', { label: '*个人总结（限1500字）' }, { maxLength: 1500, limitSource: 'hint' }],
    [
      'a hint around the field',
      { label: '存在的问题和不足', near: ' （不超过800字） ' },
      { maxLength: 800, limitSource: 'hint' },
    ],
    [
      'a hint across label and text around',
      { label: '个人总结（限八百', near: '字）' },
      { maxLength: 800, limitSource: 'hint' },
    ],
    [
      'a counter around the field',
      { label: '个人总结', near: ' 0 /1500 ' },
      { maxLength: 1500, limitSource: 'counter' },
    ],
    ['a hint before a counter', { near: '限800字 0/1000' }, { maxLength: 800, limitSource: 'hint' }],
    ['a counter only around the field, never in the label', { label: '第1/2页' }, {}],
    [
      'a minimum with a maxlength',
      { maxlength: 3000, near: '不少于1500字' },
      { maxLength: 3000, limitSource: 'maxlength', minLength: 1500 },
    ],
    ['a minimum alone', { label: '个人总结', near: '不少于一千五百字' }, { minLength: 1500 }],
    ['nothing', { label: '个人总结' }, {}],
  ])('%s', (_, over, bounds) => {
    expect(boundsOf(read(over))).toEqual(bounds);
  });
});

describe('interpretField', () => {
  it('gives the field as the panel and the check know it', () => {
    expect(interpretField(read({ label: '*姓 名：', kind: 'input', maxlength: 20, text: '张三' }))).toEqual({
      id: 'f',
      kind: 'input',
      editor: 'text',
      label: '姓名',
      text: '张三',
      maxLength: 20,
      limitSource: 'maxlength',
      required: true,
      visible: true,
    });
    expect(interpretField(read({ label: '职务', required: true, charset: 'GBK', visible: false }))).toEqual({
      id: 'f',
      kind: 'textarea',
      editor: 'text',
      label: '职务',
      text: '',
      required: true,
      visible: false,
      charset: 'GBK',
    });
  });

  it('reads each frame of a scan, with its page signals', () => {
    const page = { title: '年度考核登记表', heading: '' };
    const scan = interpretScan({
      frames: [
        { frameId: 0, fields: [read({ label: '*个人总结', near: '0/800' })], page },
        { frameId: 3, fields: [] },
      ],
    });
    expect(scan).toEqual({
      frames: [
        {
          frameId: 0,
          fields: [{ ...read({}), label: '个人总结', required: true, maxLength: 800, limitSource: 'counter' }],
          page,
        },
        { frameId: 3, fields: [] },
      ],
    });
  });
});

describe('interpretContext', () => {
  it('tidies the label of the field the writer works in', () => {
    expect(interpretContext({ label: '*个人 总结：', text: '一', caret: 1, selection: '' })).toEqual({
      label: '个人总结',
      text: '一',
      caret: 1,
      selection: '',
    });
  });
});
