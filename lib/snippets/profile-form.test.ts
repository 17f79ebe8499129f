import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TianbaoDB } from '../db/tianbao';
import { loadProfile, saveProfile } from './profile';
import { checkProfileRows, profileRows } from './profile-form';
import { StoreError } from './store';

describe('profile form', () => {
  it('shows the fixed fields first, then the user’s own variables', () => {
    expect(profileRows({ 科室: '办公室', 姓名: '张三' })).toEqual([
      { name: '姓名', value: '张三' },
      { name: '单位', value: '' },
      { name: '职务', value: '' },
      { name: '年度', value: '' },
      { name: '科室', value: '办公室' },
    ]);
  });

  it('accepts valid rows, trimming, and leaves empty values unset', () => {
    expect(
      checkProfileRows([
        { name: '姓名', value: ' 张三 ' },
        { name: '单位', value: '' },
        { name: '年度', value: '2026' },
        { name: ' 科室 ', value: '办公室' },
        { name: '', value: '' },
      ]),
    ).toEqual({ ok: true, profile: { 姓名: '张三', 年度: '2026', 科室: '办公室' } });
  });

  it('reports every bad row with its field and a Chinese message', () => {
    const result = checkProfileRows([
      { name: '年度', value: '二〇二六' },
      { name: '', value: '无名' },
      { name: '今天', value: '1' },
      { name: '坏 名', value: '1' },
      { name: '科室', value: '{{x}}' },
      { name: '科室', value: '2' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [0, 'value'],
      [1, 'name'],
      [2, 'name'],
      [3, 'name'],
      [4, 'value'],
      [5, 'name'],
    ]);
    expect(result.errors[0]?.zh).toBe('年度应为四位数字，如 2026。');
    expect(result.errors[5]?.zh).toBe('变量名“科室”重复了。');
  });

  it('saves the whole profile, replacing the old one, and refuses an invalid one', async () => {
    const db = new TianbaoDB('profile-form-1');
    await saveProfile(db, { 姓名: '张三', 科室: '办公室' });
    await saveProfile(db, { 姓名: '李四' });
    expect(await loadProfile(db)).toEqual({ 姓名: '李四' });
    await expect(saveProfile(db, { 'a b': '1' })).rejects.toEqual(new StoreError('invalid'));
    expect(await loadProfile(db)).toEqual({ 姓名: '李四' });
    await db.delete();
  });
});
