import { describe, expect, it } from 'vitest';
import { decodeText, encodingNamed } from './decode-text';

const TEXT = '标题,正文\r\n述职报告·开头,一年来，我认真履行岗位职责。\r\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const start = bom ? 2 : 0;
  const out = new Uint8Array(start + text.length * 2);
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[start + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[start + 2 * i + 1] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

// 标题,正文 / 存在问题 in GBK, as Excel and Notepad on a Chinese Windows save them (bytes written out by hand).
const GBK_HEADER = [0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xd5, 0xfd, 0xce, 0xc4];
const GBK_PROBLEMS = [0xb4, 0xe6, 0xd4, 0xda, 0xce, 0xca, 0xcc, 0xe2];

describe('decodeText', () => {
  it('reads UTF-8 without and with a BOM (dropped)', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE, with a BOM and, by its zero bytes, without', () => {
    expect(decodeText(utf16(TEXT, false, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(TEXT, true, true))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(utf16(TEXT, false, false))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16(TEXT, true, false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads GBK (as GB18030) when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([...GBK_HEADER, 0x0d, 0x0a, ...GBK_PROBLEMS, 0x2c, 0x31]);
    expect(decodeText(bytes)).toEqual({ text: '标题,正文\r\n存在问题,1', encoding: 'gb18030' });
  });

  it('tries strict UTF-8 first: UTF-8 Chinese is never read as GBK', () => {
    expect(decodeText(new TextEncoder().encode('存在问题'))?.encoding).toBe('utf-8');
  });

  it('reads as forced, and says no when the bytes are not valid in that encoding', () => {
    const gbk = new Uint8Array(GBK_PROBLEMS);
    expect(decodeText(gbk, 'gb18030')?.text).toBe('存在问题');
    expect(decodeText(gbk, 'utf-8')).toBeUndefined();
  });

  it('refuses binary: NUL bytes that are not UTF-16, or control characters', () => {
    expect(decodeText(new Uint8Array([0x01, 0x02, 0x00, 0x80, 0xff, 0x03]))).toBeUndefined();
    expect(decodeText(new Uint8Array([0x81, 0x30, 0x01, 0x02, 0xc8, 0x03]))).toBeUndefined();
  });

  it('knows the names people type', () => {
    expect(encodingNamed('GBK')).toBe('gb18030');
    expect(encodingNamed('utf8')).toBe('utf-8');
    expect(encodingNamed('Unicode')).toBe('utf-16le');
    expect(encodingNamed('big5')).toBeUndefined();
  });
});
