import { describe, expect, it } from 'vitest';
import { compareTexts, DEFAULT_RULES, formatBytes, removedChars, startsNewVersion } from './history';

describe('removedChars', () => {
  it('counts what typing on, inserting and deleting take away', () => {
    expect(removedChars('一年来', '一年来，我')).toBe(0);
    expect(removedChars('一年来我', '一年来，我')).toBe(0);
    expect(removedChars('一年来，认真学习', '一年来')).toBe(5);
    expect(removedChars('甲乙丙丁', '甲戊丁')).toBe(2);
    expect(removedChars('aaa', 'aaaa')).toBe(0);
  });
});

describe('startsNewVersion', () => {
  const latest = { text: '坚持学习，提高能力。'.repeat(5), createdAt: 0, savedAt: 1000 };
  it('merges small edits made soon after', () => {
    expect(startsNewVersion(latest, `${latest.text}再补一句。`, 2000)).toBe(false);
    expect(startsNewVersion(latest, latest.text.slice(0, -3), 2000)).toBe(false);
  });
  it('keeps a version when much is removed, after a pause, or after a long session', () => {
    expect(startsNewVersion(latest, '重写', 2000)).toBe(true);
    expect(startsNewVersion(latest, `${latest.text}。`, 1000 + DEFAULT_RULES.pauseMs + 1)).toBe(true);
    expect(
      startsNewVersion({ ...latest, savedAt: DEFAULT_RULES.spanMs }, `${latest.text}。`, DEFAULT_RULES.spanMs + 1),
    ).toBe(true);
  });
});

describe('compareTexts and formatBytes', () => {
  it('says how a draft differs from the field', () => {
    expect(compareTexts('一年来，我认真学习。', '一年来')).toEqual({ same: false, added: 7, removed: 0 });
    expect(compareTexts('甲乙', '甲乙')).toEqual({ same: true, added: 0, removed: 0 });
    expect(compareTexts('甲丙', '甲乙乙')).toEqual({ same: false, added: 1, removed: 2 });
  });
  it('shows sizes in KB or MB', () => {
    expect(formatBytes(10)).toBe('1 KB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
    expect(formatBytes(5.5 * 1024 * 1024)).toBe('5.5 MB');
  });
});
