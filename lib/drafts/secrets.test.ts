import { describe, expect, it } from 'vitest';
import { isCardNumber, isIdNumber, secretByName, secretByShape } from './secrets';

// Numbers made up for the tests: check digits computed, no real person's or card's.
const ID = '11010519491231002X';
const ID_BAD_CHECK = '110105194912310021';
const MOBILE = '13912345678';
const CARD = '6222020200112230'; // 16 digits, passes Luhn
const CARD_BAD = '6222020200112233';

describe('value shapes never kept', () => {
  it('an 18-character ID number with a valid check digit, not one with a wrong one', () => {
    expect(isIdNumber(ID)).toBe(true);
    expect(secretByShape(ID)).toBe(true);
    expect(secretByShape(` ${ID.toLowerCase()} `)).toBe(true);
    expect(isIdNumber(ID_BAD_CHECK)).toBe(false);
    expect(secretByShape(ID_BAD_CHECK)).toBe(false);
  });

  it('an 11-digit mobile number, with spaces, dashes or +86', () => {
    expect(secretByShape(MOBILE)).toBe(true);
    expect(secretByShape('139-1234-5678')).toBe(true);
    expect(secretByShape('+8613912345678')).toBe(true);
    expect(secretByShape('12912345678')).toBe(false);
  });

  it('a card number passing Luhn, in groups too; not one failing it', () => {
    expect(isCardNumber(CARD)).toBe(true);
    expect(secretByShape('6222 0202 0011 2230')).toBe(true);
    expect(secretByShape(CARD_BAD)).toBe(false);
  });

  it('a report that mentions a number is a report, kept', () => {
    expect(secretByShape(`联系电话${MOBILE}，全年完成调研报告三篇。`)).toBe(false);
    expect(secretByShape('2023')).toBe(false);
  });
});

describe('names never kept', () => {
  const named = (label: string, singleLine = true, key = '@1') => secretByName({ key, label, singleLine });
  it.each(['密码', '登录口令', '短信验证码', '身份证号', '证件号码', '银行卡号', '卡号'])('%s', (label) => {
    expect(named(label)).toBe(true);
    expect(named(label, false)).toBe(true);
  });
  it('手机 only as a single-line field', () => {
    expect(named('手机')).toBe(true);
    expect(named('手机', false)).toBe(false);
  });
  it('by id or name and by placeholder', () => {
    expect(named('', true, '#user_pwd')).toBe(true);
    expect(named('', true, 'name=idcard')).toBe(true);
    expect(secretByName({ key: '@3', label: '', other: '请输入验证码', singleLine: true })).toBe(true);
  });
  it('report fields are not secret', () => {
    for (const label of ['个人总结', '存在的问题和不足', '述职报告', '工作单位', '备注'])
      expect(named(label, false, `#report`)).toBe(false);
  });
});
