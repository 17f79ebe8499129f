import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, builtinTemplate, parseTemplate, type Template } from '../structure';
import {
  bareMessage,
  blankForm,
  copyForm,
  fromForm,
  idTakenError,
  newSection,
  placeErrors,
  placeOf,
  splitList,
  toForm,
} from './template-form';

const shuzhi = builtinTemplate('shuzhi') as Template;

function parsed(input: unknown) {
  const result = parseTemplate(input);
  if (!result.ok) throw new Error(result.errors.map((e) => e.en).join('; '));
  return result.template;
}

describe('template form ⇄ template', () => {
  it('gives back every built-in unchanged, outlines, sub-sections and length bounds included', () => {
    for (const template of BUILTIN_TEMPLATES) expect(parsed(fromForm(toForm(template)))).toEqual(template);
  });

  it('reads lists one a line (keywords also by commas), trims them and drops empty lines', () => {
    const form = toForm(shuzhi);
    form.keywords = ' 述职报告，述职,\n\n年度述职、 ';
    form.openings = '一年来……\n\n  现将……报告如下  \n';
    const first = form.sections[0];
    if (!first) throw new Error('no section');
    form.sections[0] = { ...first, aliases: '开场\n\n 引言 ', minLength: ' 50 ', maxLength: '' };
    const template = parsed(fromForm(form));
    expect(template.keywords).toEqual(['述职报告', '述职', '年度述职']);
    expect(template.openings).toEqual(['一年来……', '现将……报告如下']);
    expect(template.sections[0]?.aliases).toEqual(['开场', '引言']);
    expect(template.sections[0]?.minLength).toBe(50);
    expect(template.sections[0]?.maxLength).toBeUndefined();
  });

  it('keeps a comma inside a formula, since formulas are one a line', () => {
    const form = toForm(shuzhi);
    form.closings = '以上述职，请予评议。';
    expect(parsed(fromForm(form)).closings).toEqual(['以上述职，请予评议。']);
    expect(splitList('a，b, c')).toEqual(['a', 'b', 'c']);
  });

  it('turns a length that is not a whole number into an error on that field', () => {
    const form = toForm(shuzhi);
    const first = form.sections[0];
    if (!first) throw new Error('no section');
    form.sections[0] = { ...first, minLength: '1.5', maxLength: 'abc' };
    const result = parseTemplate(fromForm(form));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.path).sort()).toEqual(['sections[0].maxLength', 'sections[0].minLength']);
  });

  it('starts a new genre valid: blank with a fresh id, or a copy under a fresh id and a copy name', () => {
    const taken = ['shuzhi', 'custom-1'];
    const blank = parsed(fromForm(blankForm(taken)));
    expect(blank.id).toBe('custom-2');
    const copy = parsed(fromForm(copyForm(shuzhi, taken)));
    expect(copy).toMatchObject({ id: 'custom-2', name: { zh: '述职报告（副本）', en: 'Annual job report (copy)' } });
    expect(copy.sections).toEqual(shuzhi.sections);
  });

  it('gives an added section an id no section of the template uses', () => {
    const form = toForm(shuzhi);
    const ids = new Set(form.sections.map((s) => s.id));
    const added = newSection(form);
    expect(ids.has(added.id)).toBe(false);
    // Once filled in, the template with the new section is valid.
    form.sections.push({
      ...added,
      titleZh: '附件',
      titleEn: 'Attachments',
      hintZh: '列出附件。',
      hintEn: 'List them.',
    });
    expect(parsed(fromForm(form)).sections.at(-1)?.id).toBe(added.id);
  });
});

describe('error path → field', () => {
  it('maps each field the form has to its input, list entries with their index', () => {
    expect(placeOf('id')).toEqual({ field: 'id' });
    expect(placeOf('name.zh')).toEqual({ field: 'nameZh' });
    expect(placeOf('keywords')).toEqual({ field: 'keywords' });
    expect(placeOf('keywords[2]')).toEqual({ field: 'keywords', entry: 2 });
    expect(placeOf('closings[0]')).toEqual({ field: 'closings', entry: 0 });
    expect(placeOf('sections[3].title.en')).toEqual({ field: 'sections.3.titleEn' });
    expect(placeOf('sections[0].aliases[4]')).toEqual({ field: 'sections.0.aliases', entry: 4 });
    expect(placeOf('sections[12].minLength')).toEqual({ field: 'sections.12.minLength' });
    expect(placeOf('sections[1].hint.zh')).toEqual({ field: 'sections.1.hintZh' });
    expect(placeOf('sections[1].role')).toEqual({ field: 'sections.1.role' });
    expect(placeOf('sections[1].required')).toEqual({ field: 'sections.1.required' });
  });

  it('leaves paths with no input of their own to the summary', () => {
    for (const path of [
      '(根)',
      'sections',
      'minLength',
      'name',
      'sections[0].id',
      'sections[0].outline[1]',
      'sections[0].children[1].title.zh',
      'sections[0]',
    ])
      expect(placeOf(path), path).toBeUndefined();
  });

  it('places the errors of a real refused form beside the empty title and the min over max', () => {
    const form = toForm(shuzhi);
    const [first, second] = form.sections;
    if (!first || !second) throw new Error('no sections');
    form.sections[0] = { ...first, titleZh: '  ' };
    form.sections[1] = { ...second, minLength: '500', maxLength: '100' };
    form.sections[2] = { ...(form.sections[2] ?? first), id: first.id };
    const result = parseTemplate(fromForm(form));
    if (result.ok) throw new Error('should be refused');
    const { byField, unplaced } = placeErrors(result.errors);
    expect([...byField.keys()].sort()).toEqual(['sections.0.titleZh', 'sections.1.minLength']);
    expect(unplaced.map((e) => e.path)).toEqual(['sections[2].id']);
    const beside = byField.get('sections.1.minLength')?.[0]?.error;
    if (!beside) throw new Error('no error');
    expect(bareMessage(beside, true)).toBe('最小长度大于最大长度');
    expect(bareMessage(beside, false)).toBe('minimum length is greater than maximum length');
  });

  it('refuses a new genre id another template has, on the id field', () => {
    const error = idTakenError(' shuzhi ', BUILTIN_TEMPLATES);
    expect(error?.path).toBe('id');
    expect(error && bareMessage(error, true)).toBe('“述职报告”已使用这个标识，请换一个');
    expect(idTakenError('my-report', BUILTIN_TEMPLATES)).toBeUndefined();
  });
});
