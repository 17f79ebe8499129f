import { letterMask } from './pinyin';

// Upper-case Latin, full-width letters and digits, and the ideographic space.
const FOLDABLE = /[A-Z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/g;

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x3000) return ' ';
  const narrow = code >= 0xff10 ? code - 0xfee0 : code;
  return String.fromCharCode(narrow >= 65 && narrow <= 90 ? narrow + 32 : narrow);
}

/**
 * Folds case and full-width letters and digits (ＡＢＣ１２) so that a query matches either form.
 * Every character maps to one, so offsets found in the folded text mark the original.
 */
export function fold(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

/** Splits a query into its terms (separated by any whitespace, full-width included), folded. */
export function parseQuery(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/u).filter(Boolean))];
}

const SIGNATURE_WORDS = 32;

/**
 * A Bloom-style signature of the characters of `text` (1024 bits): a term can occur in a body only
 * if every bit of its signature is set in the body's. A test of a few words rejects most bodies
 * without scanning them; a set bit can be a collision, so a passing body is still searched.
 */
export function signature(text: string): Uint32Array {
  const bits = new Uint32Array(SIGNATURE_WORDS);
  for (let i = 0; i < text.length; i++) {
    const h = Math.imul(text.charCodeAt(i), 0x9e3779b1) >>> 22;
    bits[h >>> 5] = (bits[h >>> 5] ?? 0) | (1 << (h & 31));
  }
  return bits;
}

/** One folded query term, with what the index needs to reject non-matches cheaply. */
export interface Term {
  text: string;
  /** Letters of the term, for pinyin matching (0 when it has none). */
  letters: number;
  pinyin: boolean;
  /** The words of the term's signature that have bits, as [index, bits] pairs. */
  words: [number, number][];
}

/** Prepares a folded term for matching. */
export function makeTerm(text: string): Term {
  const sig = signature(text);
  const words: [number, number][] = [];
  sig.forEach((bits, i) => {
    if (bits !== 0) words.push([i, bits]);
  });
  return { text, letters: letterMask(text), pinyin: /[a-z]/.test(text), words };
}

/** True when a body with signature `body` may contain `term` (false means it cannot). */
export function mayContain(body: Uint32Array, term: Term): boolean {
  for (const [i, bits] of term.words) if (((body[i] ?? 0) & bits) >>> 0 !== bits) return false;
  return true;
}
