import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import UNIT from '../../tests/fixtures/templates/unit-summary.json';
import { TianbaoDB } from '../db/tianbao';
import { builtinTemplate, withUserTemplates } from '../structure';
import { deleteUserTemplate, loadUserTemplates, saveUserTemplate, templateFile } from './templates';

let n = 0;
const opened: TianbaoDB[] = [];
function fresh(): TianbaoDB {
  const db = new TianbaoDB(`templates-test-${++n}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

// A unit's own format, written for the tests: 本单位年度工作总结 with three sections.
const UNIT_TEMPLATE = UNIT;

describe('user templates', () => {
  it('saves a valid template, reads it back, and replaces it by id', async () => {
    const db = fresh();
    const first = await saveUserTemplate(db, JSON.stringify(UNIT_TEMPLATE));
    expect(first).toMatchObject({ ok: true, replaced: false });
    const renamed = { ...UNIT_TEMPLATE, name: { zh: '单位总结（新版）', en: 'Unit summary (new)' } };
    expect(await saveUserTemplate(db, JSON.stringify(renamed))).toMatchObject({ ok: true, replaced: true });
    const stored = await loadUserTemplates(db);
    expect(stored.map((t) => t.name.zh)).toEqual(['单位总结（新版）']);
  });

  it('refuses a malformed template with the field named, and leaves the stored ones as they were', async () => {
    const db = fresh();
    await saveUserTemplate(db, JSON.stringify(UNIT_TEMPLATE));
    const before = await db.settings.toArray();
    const broken = { ...UNIT_TEMPLATE, sections: [{ ...UNIT_TEMPLATE.sections[0], required: '是' }] };
    const result = await saveUserTemplate(db, JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('sections[0].required');
    expect(await saveUserTemplate(db, '{"id": "x", ')).toMatchObject({ ok: false });
    expect(await saveUserTemplate(db, 'x'.repeat(600 * 1024))).toMatchObject({ ok: false });
    expect(await db.settings.toArray()).toEqual(before);
  });

  it('a changed built-in replaces the built-in until it is deleted', async () => {
    const db = fresh();
    const shuzhi = builtinTemplate('shuzhi');
    if (!shuzhi) throw new Error('no shuzhi');
    const changed = { ...shuzhi, name: { zh: '述职报告（本单位格式）', en: 'Job report (our format)' } };
    expect(await saveUserTemplate(db, templateFile(changed))).toMatchObject({ ok: true });
    const merged = withUserTemplates(await loadUserTemplates(db));
    expect(merged.find((t) => t.id === 'shuzhi')?.name.zh).toBe('述职报告（本单位格式）');
    await deleteUserTemplate(db, 'shuzhi');
    expect(withUserTemplates(await loadUserTemplates(db)).find((t) => t.id === 'shuzhi')?.name.zh).toBe('述职报告');
  });

  it('exports a built-in as a file that imports unchanged', async () => {
    const db = fresh();
    for (const template of withUserTemplates([])) {
      const result = await saveUserTemplate(db, templateFile(template));
      expect(result.ok, template.id).toBe(true);
      if (result.ok) expect(result.template).toEqual(template);
    }
  });
});
