// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { interpretField } from '../analysis/field-read';
import { MAX_NEAR_CHARS } from '../calls/limits';
import { FieldRead } from '../messages';
import { FieldRegistry, readLimits, scanFields } from './scan';

// The bundled demo form (tests/fixtures/site/): label cells to the left, red stars, a hint and a
// counter in the field's own cell. (Tests run from the repository root.)
const DEMO = readFileSync(resolve('tests/fixtures/site/demo-form.html'), 'utf8');

beforeAll(() => {
  // jsdom lays nothing out: every field counts as shown here (e2e tests check visibility).
  HTMLElement.prototype.checkVisibility ??= () => true;
});

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('scanFields', () => {
  it('reads the demo form raw, and the extension understands it as before', () => {
    const reads = scanFields(load(DEMO), new FieldRegistry('t'));
    for (const read of reads) expect(FieldRead.safeParse(read).success).toBe(true);
    const byLabel = new Map(reads.map((r) => [r.label, r]));
    // As the page shows them: the star and the fill space are the worker's to read.
    expect(byLabel.get('*姓 名')).toMatchObject({ kind: 'input', maxlength: 20, required: true });
    // (A maxlength, and text around that names a limit: sent, for the worker to decide.)
    expect(byLabel.get('*个人总结')?.near).toBe(
      '从德、能、勤、绩、廉五个方面总结本年度思想和工作情况，限1500字。 0 /1500',
    );
    expect(byLabel.get('存在的问题和不足')?.near).toContain('不超过800字');
    // Text around a field that cannot state a limit (no 字, no /) is not sent.
    expect(byLabel.get('职 务')).not.toHaveProperty('near');

    const fields = reads.map(interpretField);
    const field = (label: string) => fields.find((f) => f.label === label);
    expect(field('姓名')).toMatchObject({ required: true, maxLength: 20, limitSource: 'maxlength' });
    expect(field('工作单位')).toMatchObject({ required: true });
    expect(field('工作单位')).not.toHaveProperty('maxLength');
    expect(field('职务')).toMatchObject({ required: false });
    expect(field('个人总结')).toMatchObject({ required: true, maxLength: 1500, limitSource: 'maxlength' });
    expect(field('存在的问题和不足')).toMatchObject({ maxLength: 800, limitSource: 'hint' });
  });

  it('reuses what an index holds, reading only the texts again', () => {
    const doc = load('<body><div><p>限800字</p><textarea id="f"></textarea><span>0/800</span></div></body>');
    const index = new WeakMap();
    const registry = new FieldRegistry('t');
    const [first] = scanFields(doc, registry, index);
    (doc.querySelector('p') as HTMLElement).textContent = '限100字';
    (doc.getElementById('f') as HTMLTextAreaElement).value = '一年来';
    const [again] = scanFields(doc, registry, index);
    expect(again).toEqual({ ...first, text: '一年来' });
    expect(scanFields(doc, registry)[0]?.near).toContain('限100字');
  });
});

describe('readLimits', () => {
  it('bounds the text read around a field', () => {
    const doc = load(
      `<body><div><p>${'请如实填写文字说明，'.repeat(100)}限800字</p><textarea id="f"></textarea></div></body>`,
    );
    const read = readLimits(doc.getElementById('f') as HTMLTextAreaElement);
    expect(read.near).toHaveLength(MAX_NEAR_CHARS);
    expect(read.near?.startsWith('请如实填写文字说明')).toBe(true);
  });

  it('sends no text around a field when there is none', () => {
    const doc = load('<body><div><textarea id="f" maxlength="800"></textarea></div></body>');
    expect(readLimits(doc.getElementById('f') as HTMLTextAreaElement)).toEqual({ label: '', maxlength: 800 });
  });
});
