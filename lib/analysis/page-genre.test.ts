import { describe, expect, it } from 'vitest';
import type { FormScan, ScannedField } from '../messages';
import { BUILTIN_TEMPLATES } from '../structure';
import { pageGenre } from './page-genre';

const field = (label: string): ScannedField => ({
  id: label,
  kind: 'textarea',
  editor: 'text',
  label,
  text: '',
  required: false,
  visible: true,
});

const scan = (title: string, heading: string, labels: string[]): FormScan => ({
  frames: [{ frameId: 0, fields: labels.map(field), page: { title, heading } }],
});

describe('the genre from the whole page', () => {
  it('a 个人总结 field under a 事业单位…登记表 heading is that genre, not the civil servants’ one its label suggests', () => {
    expect(
      pageGenre(scan('人事管理系统', '事业单位工作人员年度考核登记表', ['姓名', '个人总结']), BUILTIN_TEMPLATES),
    ).toBe('kaohe-sydw');
    expect(pageGenre(scan('人事管理系统', '公务员年度考核登记表', ['姓名', '个人总结']), BUILTIN_TEMPLATES)).toBe(
      'kaohe-gwy',
    );
  });

  it('reads the titles of framed pages and neighbouring labels too', () => {
    const framed: FormScan = {
      frames: [
        { frameId: 0, fields: [], page: { title: '2024年度民主生活会个人对照检查材料填报', heading: '' } },
        { frameId: 3, fields: [field('正文')], page: { title: '', heading: '' } },
      ],
    };
    expect(pageGenre(framed, BUILTIN_TEMPLATES)).toBe('duizhao');
    expect(pageGenre(scan('', '', ['述职报告正文', '姓名']), BUILTIN_TEMPLATES)).toBe('shuzhi');
  });

  it('says nothing when the page names no genre', () => {
    expect(pageGenre(scan('登录', '', ['用户名']), BUILTIN_TEMPLATES)).toBeUndefined();
  });
});
