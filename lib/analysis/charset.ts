import type { Finding } from '../structure';

// A page served in a legacy charset (GBK, Big5, Shift_JIS, windows-1252…) posts its form in that
// charset: a character it cannot encode reaches the server as `&#134071;` (𠮷) and is stored that
// way, in someone's name or report. The characters each charset can encode are read from the
// browser's own decoder (TextDecoder), so no table is shipped and every charset a page may declare
// is covered.

/** Charsets that encode every character: nothing to check. */
const UNICODE = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']);

const encodable = new Map<string, Set<number> | null>();

/**
 * The code points above ASCII that `charset` encodes, or null for a Unicode charset or one the
 * decoder does not know. Built once per charset: every byte, and every two-byte sequence, decoded.
 */
export function encodableSet(charset: string): Set<number> | null {
  const key = charset.toLowerCase();
  if (UNICODE.has(key)) return null;
  if (encodable.has(key)) return encodable.get(key) ?? null;
  let set: Set<number> | null = new Set();
  try {
    const decoder = new TextDecoder(key);
    const add = (bytes: number[]) => {
      for (const char of decoder.decode(new Uint8Array(bytes))) {
        const code = char.codePointAt(0) ?? 0;
        if (code > 0x7f && code !== 0xfffd) set?.add(code);
      }
    };
    // Single bytes, each followed by a space so that no two pair up.
    add(Array.from({ length: 128 }, (_, i) => [0x80 + i, 0x20]).flat());
    // Each lead byte with every trail byte: the decoders of GBK, Big5, Shift_JIS and EUC-KR consume
    // a bad pair whole (or give back an ASCII trail byte), so the pairs never run into each other.
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      add(Array.from({ length: 0xff - 0x40 }, (_, i) => [lead, 0x40 + i]).flat());
    }
  } catch {
    set = null; // a charset this browser cannot decode: nothing can be said
  }
  encodable.set(key, set);
  return set;
}

/** A run of `text` (one character as the writer sees it) that `charset` cannot encode. */
export interface Unencodable {
  start: number;
  end: number;
  text: string;
  /** An emoji or other pictograph: removing it loses no words. */
  pictograph: boolean;
}

const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Every character of `text` that a form in `charset` would post as `&#NNNN;`, in order. */
export function unencodable(text: string, charset: string): Unencodable[] {
  const set = encodableSet(charset);
  if (!set) return [];
  const out: Unencodable[] = [];
  let index = 0;
  // Whole characters as the writer sees them (an emoji with its skin tone or ZWJ parts is one).
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(text)) {
    const start = index;
    index += segment.length;
    let bad = false;
    for (const char of segment) {
      const code = char.codePointAt(0) ?? 0;
      if (code > 0x7f && !set.has(code)) bad = true;
    }
    if (bad) out.push({ start, end: index, text: segment, pictograph: PICTOGRAPH.test(segment) });
  }
  return out;
}

/**
 * The check's findings (rule `charset/unencodable`, an error) for the characters of a field's
 * text that its page's charset cannot post; emoji come with the fix of removing them.
 */
export function charsetFindings(text: string, charset: string | undefined): Finding[] {
  if (!charset || !/[^\x20-\x7e\s]/.test(text)) return [];
  return unencodable(text, charset).map((bad) => {
    const ref = Array.from(bad.text, (c) => `&#${c.codePointAt(0)};`).join('');
    const finding: Finding = {
      rule: 'charset/unencodable',
      severity: 'error',
      message: {
        zh: `本页按 ${charset} 编码提交，“${bad.text}”无法编码，服务器会收到“${ref}”。${bad.pictograph ? '请删去这个表情符号。' : '请改用常用字或与单位确认写法。'}`,
        en: `This page posts in ${charset}, which cannot encode “${bad.text}”: the server would receive “${ref}”. ${bad.pictograph ? 'Remove this emoji.' : 'Use a common character instead, or ask how to write it.'}`,
      },
      start: bad.start,
      end: bad.end,
    };
    if (bad.pictograph) finding.fix = { start: bad.start, end: bad.end, text: '' };
    return finding;
  });
}
