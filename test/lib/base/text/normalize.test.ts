import { describe, expect, it } from 'vitest';
import { nfc, normalizeDeep, stripBom, toLf } from '../../../../src/lib/base/text/normalize.ts';

const NFC_TITLE = 'Đối thoại doanh nghiệp';
const NFD_TITLE = NFC_TITLE.normalize('NFD');

describe('nfc', () => {
  it('composes decomposed Vietnamese', () => {
    expect(NFD_TITLE).not.toBe(NFC_TITLE);
    expect(nfc(NFD_TITLE)).toBe(NFC_TITLE);
  });

  it('leaves NFC text and the empty string alone', () => {
    expect(nfc(NFC_TITLE)).toBe(NFC_TITLE);
    expect(nfc('')).toBe('');
  });
});

describe('normalizeDeep', () => {
  it('normalises every string of nested objects and arrays, keys included', () => {
    const date = new Date(Date.UTC(2026, 2, 19));
    const input = {
      title: NFD_TITLE,
      ['địa danh'.normalize('NFD')]: 'Kinh Môn'.normalize('NFD'),
      agenda: [{ item: 'Khai mạc'.normalize('NFD'), presenter: null }, 3, true],
      count: 15,
      signed: date,
    };
    const output = normalizeDeep(input);
    expect(output).toEqual({
      title: NFC_TITLE,
      'địa danh': 'Kinh Môn',
      agenda: [{ item: 'Khai mạc', presenter: null }, 3, true],
      count: 15,
      signed: date,
    });
    expect(output.signed).toBe(date);
  });

  it('returns a copy and leaves the input unchanged', () => {
    const input = { list: [NFD_TITLE] };
    const output = normalizeDeep(input);
    expect(output).not.toBe(input);
    expect(output.list).not.toBe(input.list);
    expect(input.list[0]).toBe(NFD_TITLE);
  });

  it('handles bare strings and scalars', () => {
    expect(normalizeDeep(NFD_TITLE)).toBe(NFC_TITLE);
    expect(normalizeDeep('')).toBe('');
    expect(normalizeDeep(42)).toBe(42);
    expect(normalizeDeep(undefined)).toBeUndefined();
  });
});

describe('stripBom', () => {
  it('removes a leading byte-order mark only', () => {
    expect(stripBom('\uFEFFtitle: x')).toBe('title: x');
    expect(stripBom('a\uFEFFb')).toBe('a\uFEFFb');
    expect(stripBom('')).toBe('');
  });
});

describe('toLf', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(toLf('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(toLf('\r\n\r\n')).toBe('\n\n');
    expect(toLf('')).toBe('');
  });
});
