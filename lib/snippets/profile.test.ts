import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TianbaoDB } from '../db/tianbao';
import { loadProfile, rememberAnswers } from './profile';
import { StoreError } from './store';

let counter = 0;
const opened: TianbaoDB[] = [];
const fresh = () => {
  const db = new TianbaoDB(`profile-test-${++counter}`);
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('profile', () => {
  it('starts empty and remembers answers, keeping earlier ones', async () => {
    const db = fresh();
    expect(await loadProfile(db)).toEqual({});
    await rememberAnswers(db, { 姓名: '张三', 单位: '某县农业农村局' });
    await rememberAnswers(db, { 职务: '副局长', 单位: '' });
    expect(await loadProfile(db)).toEqual({ 姓名: '张三', 职务: '副局长' });
  });

  it('refuses a bad name or value and keeps the profile as it was', async () => {
    const db = fresh();
    await rememberAnswers(db, { 姓名: '张三' });
    const bad: Record<string, string>[] = [
      { '姓 名': 'x' },
      { 单位: '{{x}}' },
      { constructor: 'x' },
      { 备注: 'a'.repeat(1001) },
    ];
    for (const answers of bad) {
      await expect(rememberAnswers(db, answers)).rejects.toEqual(new StoreError('invalid'));
    }
    expect(await loadProfile(db)).toEqual({ 姓名: '张三' });
  });

  it('reads a damaged stored profile as empty rather than trusting it', async () => {
    const db = fresh();
    await db.settings.put({ key: 'profile', value: { 姓名: 42 } });
    expect(await loadProfile(db)).toEqual({});
  });
});
