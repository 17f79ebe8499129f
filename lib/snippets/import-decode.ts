import { decodeText, encodingLabel, type TextEncodingName } from '../decode-text';
import { type ImportProblem, problem } from './import-problems';

/** Files above this size are refused before they are read (about 60,000 long snippets). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** The refusal of a file of `size` bytes, or undefined when it may be read; checked before reading it. */
export function sizeProblem(size: number): ImportProblem | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  const mb = (MAX_IMPORT_BYTES / 1024 / 1024).toFixed(0);
  const actual = (size / 1024 / 1024).toFixed(0);
  return problem(
    'too-large',
    `文件太大（${actual} MB），上限为 ${mb} MB。素材库文件通常只有几 MB，请确认选对了文件。`,
    `The file is too large (${actual} MB); the limit is ${mb} MB. Check that this is the right file.`,
  );
}

// Files people pick by mistake, known by their first bytes, named in the message.
const SIGNATURES: { bytes: number[]; zh: string; en: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    zh: 'Word/Excel（.docx/.xlsx）或压缩包',
    en: 'a Word/Excel (.docx/.xlsx) or zip file',
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], zh: '旧版 Word/Excel（.doc/.xls）', en: 'an old Word/Excel (.doc/.xls) file' },
  { bytes: [0x25, 0x50, 0x44, 0x46], zh: 'PDF', en: 'a PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: '图片（PNG）', en: 'an image (PNG)' },
  { bytes: [0xff, 0xd8, 0xff], zh: '图片（JPEG）', en: 'an image (JPEG)' },
];

function binaryProblem(kind?: { zh: string; en: string }): ImportProblem {
  return problem(
    'binary',
    kind
      ? `这是${kind.zh}，不是文本文件。请在原程序中另存为 .txt 或 .csv（UTF-8）后再导入。`
      : '这是二进制文件，不是文本文件。请选择素材库导出的 .json，或 .txt、.csv 文本文件。',
    kind
      ? `This is ${kind.en}, not a text file. Save it as .txt or .csv (UTF-8) in its program and import that.`
      : 'This is a binary file, not text. Pick a library .json, or a .txt or .csv text file.',
  );
}

/**
 * Checks size and decodes the file (UTF-8 with or without BOM, UTF-16, GB18030/GBK: lib/decode-text.ts);
 * every importer starts here. Binary files and empty files are refused, each with its own message.
 * `encoding` forces one encoding (the detected one is reported either way).
 */
export function decodeImport(
  input: string | Uint8Array | ArrayBuffer,
  encoding?: TextEncodingName,
): { text: string; encoding: TextEncodingName } | { problem: ImportProblem } {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  const tooLarge = sizeProblem(size);
  if (tooLarge) return { problem: tooLarge };
  let text: string;
  let found: TextEncodingName = 'utf-8';
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
    if (signature) return { problem: binaryProblem(signature) };
    const decoded = decodeText(bytes, encoding);
    if (!decoded) {
      return {
        problem: encoding
          ? problem(
              'not-utf8',
              `文件不是 ${encodingLabel(encoding)} 编码的文本。请换一种编码，或不指定编码让程序自动识别。`,
              `The file is not ${encodingLabel(encoding)} text. Pick another encoding, or let it be detected.`,
            )
          : binaryProblem(),
      };
    }
    ({ text, encoding: found } = decoded);
  }
  // No text file holds NUL characters; a file that does is binary even when it decodes.
  if (text.includes('\u0000')) return { problem: binaryProblem() };
  if (text.trim() === '')
    return {
      problem: problem('empty', '文件是空的，没有可导入的内容。', 'The file is empty; there is nothing to import.'),
    };
  return { text, encoding: found };
}
