import { type ImportProblem, problem } from './import-problems';

/** Files above this size are refused before they are read (about 60,000 long snippets). */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** Checks size and decodes strict UTF-8 (a BOM is dropped); every importer starts here. */
export function decodeImport(input: string | Uint8Array | ArrayBuffer): { text: string } | { problem: ImportProblem } {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    const mb = (MAX_IMPORT_BYTES / 1024 / 1024).toFixed(0);
    return { problem: problem('too-large', `文件太大，上限为${mb} MB。`, `The file is larger than ${mb} MB.`) };
  }
  let text: string;
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return {
        problem: problem(
          'not-utf8',
          '文件不是 UTF-8 编码的文本（可能是 GBK 编码或二进制文件）。请另存为 UTF-8 后再导入。',
          'The file is not UTF-8 text (perhaps GBK or a binary file). Save it as UTF-8 and import again.',
        ),
      };
    }
  }
  if (text.trim() === '') return { problem: problem('empty', '文件是空的。', 'The file is empty.') };
  return { text };
}
