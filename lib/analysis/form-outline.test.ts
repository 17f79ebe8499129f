import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../structure';
import { formOutline } from './outline';

// A form with one field per part shows the parts of the genre's layout its fields belong to.
const scan = (labels: string[]) => ({
  frames: [
    {
      frameId: 0,
      fields: labels.map((label, i) => ({
        id: `f${i}`,
        kind: 'textarea' as const,
        editor: '',
        label,
        required: false,
        visible: true,
        text: '',
      })),
    },
  ],
});

describe('formOutline with layouts', () => {
  it('shows 德能勤绩廉 for a form of those fields, without the other layout’s work section', () => {
    const outline = formOutline(scan(['德', '能', '勤', '绩', '廉', '存在的不足']), BUILTIN_TEMPLATES, 'kaohe-gwy');
    expect(outline?.rows.map((r) => r.id)).toEqual(['de', 'neng', 'qin', 'ji', 'lian', 'problems', 'plans']);
  });

  it('shows work, shortcomings and plans for a form of those fields', () => {
    const outline = formOutline(
      scan(['主要工作完成情况', '存在的不足', '今后努力方向']),
      BUILTIN_TEMPLATES,
      'kaohe-gwy',
    );
    expect(outline?.rows.map((r) => [r.id, r.state])).toEqual([
      ['results', 'empty'],
      ['problems', 'empty'],
      ['plans', 'empty'],
    ]);
  });
});
