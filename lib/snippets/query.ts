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

/** One folded query term, with what the index needs to reject non-matches cheaply. */
export interface Term {
  text: string;
  /** Letters of the term, for pinyin matching (0 when it has none). */
  letters: number;
  /** Whether the term has letters, so that it may match by pinyin. */
  pinyin: boolean;
}

/** Prepares a folded term for matching. */
export function makeTerm(text: string): Term {
  return { text, letters: letterMask(text), pinyin: /[a-z]/.test(text) };
}
