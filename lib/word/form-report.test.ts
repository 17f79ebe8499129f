import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../structure/templates';
import { toBlocks } from './blocks';
import { docxFileName, formReport } from './form-report';

describe('formReport', () => {
  const fields = [
    { label: '姓名', text: '王小明' },
    { label: '下一步工作打算', text: '加强学习，改进方法。' },
    { label: '主要工作及成效', text: '全年完成重点任务六项。\n（一）抓好学习。全年学习二十次。' },
    { label: '存在的问题和不足', text: '调查研究不够深入。' },
    { label: '备注', text: '' },
  ];

  it('puts the section fields in the genre’s order under numbered headings', () => {
    const report = formReport(fields, BUILTIN_TEMPLATES);
    expect(report).toEqual({
      text: '一、主要工作及成效\n全年完成重点任务六项。\n（一）抓好学习。全年学习二十次。\n二、存在的问题和不足\n调查研究不够深入。\n三、下一步工作打算\n加强学习，改进方法。',
      title: '述职报告',
      fields: 3,
    });
    // The headings are read back at their levels: the field's own （一） under the section's 一、.
    const levels = toBlocks(report.text, { title: report.title }).map((b) => ('level' in b ? b.level : b.kind));
    expect(levels).toEqual(['title', 1, 'body', 2, 1, 'body', 1, 'body']);
  });

  it('keeps a heading the writer typed, and gives a one-report form its field', () => {
    const typed = formReport(
      [
        { label: '主要工作', text: '一、主要工作\n完成任务。' },
        { label: '存在问题', text: '二、存在问题\n不够深入。' },
      ],
      BUILTIN_TEMPLATES,
    );
    expect(typed.text).toBe('一、主要工作\n完成任务。\n二、存在问题\n不够深入。');
    expect(
      formReport(
        [
          { label: '个人总结', text: '全文' },
          { label: '姓名', text: '王' },
        ],
        BUILTIN_TEMPLATES,
      ),
    ).toEqual({
      text: '全文',
      fields: 1,
    });
    expect(formReport([], BUILTIN_TEMPLATES)).toEqual({ text: '', fields: 0 });
  });

  it('names the file after the title or the first line', () => {
    expect(docxFileName('述职报告', '')).toBe('述职报告.docx');
    expect(docxFileName(undefined, '2025年 总结/草稿\n正文')).toBe('2025年 总结草稿.docx');
    expect(docxFileName(undefined, '   ')).toBe('报告.docx');
  });
});
