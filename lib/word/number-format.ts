import { intToCn } from '../structure/text';

// Word's list number formats (w:numFmt) rendered as Word renders them, for the formats Chinese reports
// use and the common Western ones. Data-like: one entry per format name of ECMA-376 §17.18.59.

const CIRCLED = (n: number) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n));
const FULL_WIDTH = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const LETTER = (n: number) => {
  const letter = String.fromCharCode(0x41 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
};
const ROMAN = (n: number) => {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
};
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const legal = (n: number) =>
  intToCn(n)
    .replace(/[一二三四五六七八九]/g, (c) => LEGAL['零一二三四五六七八九'.indexOf(c)] ?? c)
    .replace(/十/g, '拾')
    .replace(/百/g, '佰');
const CYCLE = (chars: string) => (n: number) => chars[(n - 1) % chars.length] ?? String(n);

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: FULL_WIDTH,
  decimalFullWidth2: FULL_WIDTH,
  decimalHalfWidth: String,
  decimalEnclosedCircle: CIRCLED,
  decimalEnclosedCircleChinese: CIRCLED,
  decimalEnclosedFullstop: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`),
  decimalEnclosedParen: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`),
  chineseCounting: intToCn,
  chineseCountingThousand: intToCn,
  japaneseCounting: intToCn,
  taiwaneseCounting: intToCn,
  taiwaneseCountingThousand: intToCn,
  ideographDigital: (n) => String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)] ?? d),
  chineseLegalSimplified: legal,
  ideographLegalTraditional: legal,
  ideographTraditional: CYCLE('甲乙丙丁戊己庚辛壬癸'),
  ideographZodiac: CYCLE('子丑寅卯辰巳午未申酉戌亥'),
  upperLetter: LETTER,
  lowerLetter: (n) => LETTER(n).toLowerCase(),
  upperRoman: ROMAN,
  lowerRoman: (n) => ROMAN(n).toLowerCase(),
  none: () => '',
};

/** The number `n` in Word's list format `format`; unknown formats fall back to decimal, as Word does. */
export function formatNumber(format: string, n: number): string {
  return (FORMATS[format] ?? String)(n);
}
