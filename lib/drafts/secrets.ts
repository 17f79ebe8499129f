// What a draft must never keep: a secret or an identity number the writer typed into a form. A
// field is secret by what it is (a password, even one switched to text by 显示密码; text masked by
// CSS), by what the page calls it (密码, 口令, 验证码, 身份证, 银行卡…), or by the shape of what it
// holds (an ID number with a valid check digit, a mobile number, a card number passing Luhn).
// The form script tests the field; the background tests the name, label and text again before it
// writes, so a page cannot make the extension keep them.

// Names, ids, labels and placeholders of fields that hold secrets or identity numbers.
const SECRET_WORDS =
  /密码|口令|验证码|校验码|动态码|身份证|证件号|银行卡|卡号|passw|pwd|\botp\b|captcha|verif(y|ication)?_?code|id_?card|idno|card_?no|card_?num|bank_?card|\bcvv|\bcvc/i;
// Called so only on a single-line field: a multi-line 手机 field is unusual, but "手机" is also
// a word a report uses.
const SINGLE_LINE_WORDS = /手机|mobile|phone|\btel\b/i;

/** What is known of a field's name when its text is saved: its draft key (`#id`, `name=…`) and label. */
export interface FieldNames {
  key: string;
  label: string;
  /** Placeholder, aria-label, title, autocomplete: other names the page gives it. */
  other?: string;
  singleLine: boolean;
}

/** True when what the page calls the field says it holds a secret or an identity number. */
export function secretByName(names: FieldNames): boolean {
  const words = `${names.key} ${names.label} ${names.other ?? ''}`;
  return SECRET_WORDS.test(words) || (names.singleLine && SINGLE_LINE_WORDS.test(words));
}

/** True when `text` is, whole (spaces and dashes aside), an ID number, a mobile number or a card number. */
export function secretByShape(text: string): boolean {
  const value = text.trim().replace(/[\s\u3000-]+/g, '');
  if (value.length < 11 || value.length > 19) return false;
  return isIdNumber(value) || /^(\+?86)?1[3-9]\d{9}$/.test(value) || isCardNumber(value);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A mainland resident ID number (18 characters) whose last character is its valid check digit. */
export function isIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === value[17]?.toUpperCase();
}

/** A payment card number: 13 to 19 digits passing the Luhn check. */
export function isCardNumber(value: string): boolean {
  if (!/^\d{13,19}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let digit = Number(value[value.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
