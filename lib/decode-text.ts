/**
 * Text files as people have them: UTF-8 with or without a BOM (what most tools write), UTF-16 (what
 * Notepad calls "Unicode", and Excel's "Unicode text"), and GB18030/GBK (what Excel and Notepad on a
 * Chinese Windows save a CSV or TXT as). Plain and pure: every importer (snippets, templates, wording
 * lists, .docx text) and the command line decode through here.
 */

/** An encoding this module reads, by its WHATWG name. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Every encoding a caller may force (the CLI's --encoding), with the names people type for them. */
export const ENCODING_ALIASES: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  unicode: 'utf-16le',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
};

/** The encoding named `name` (case-insensitive, aliases such as gbk or utf8), or undefined. */
export function encodingNamed(name: string): TextEncodingName | undefined {
  return ENCODING_ALIASES[name.trim().toLowerCase()];
}

/** A decoded file: its text (no BOM) and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const strict = (encoding: TextEncodingName, bytes: Uint8Array): string | undefined => {
  try {
    // The BOM is dropped by the decoder (ignoreBOM: false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** UTF-16 without a BOM, told by the side its zero bytes are on; undefined when there are none. */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  // Every ASCII character (newlines, commas, digits) puts its zero on the same side; the few CJK
  // characters with a zero byte (一 U+4E00) are fewer. The caller then decodes strictly.
  if (oddZeros > evenZeros) return 'utf-16le';
  if (evenZeros > oddZeros) return 'utf-16be';
  return undefined;
}

/**
 * Decodes `bytes`: as `forced` when given (undefined when they are not valid in it); else by a BOM,
 * else strict UTF-8 first (a GBK file is almost never valid UTF-8, the other way round often), then
 * UTF-16 told by its zero bytes, then GB18030 (a superset of GBK). Undefined when none fits: the
 * bytes are not text in any of them.
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText | undefined {
  if (forced) {
    const text = strict(forced, bytes);
    return text === undefined ? undefined : { text, encoding: forced };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeText(bytes, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeText(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeText(bytes, 'utf-16be');
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = strict(utf16, bytes);
    if (text !== undefined && !CONTROL.test(text)) return { text, encoding: utf16 };
  }
  // A NUL byte is never GBK text: such a file is binary.
  if (bytes.includes(0)) return undefined;
  const gbk = decodeText(bytes, 'gb18030');
  // Most byte pairs are valid GB18030: binary data shows itself by control characters instead.
  return gbk && !CONTROL.test(gbk.text) ? gbk : undefined;
}

// C0 controls other than tab, line feed, form feed and carriage return; DEL and the C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;

/** The encoding's name as the import preview shows it. */
export function encodingLabel(encoding: TextEncodingName): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030/GBK' }[encoding];
}
