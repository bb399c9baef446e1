import { describe, expect, it } from 'vitest';
import {
  DOC_NUMBER_PATTERN,
  PETITION_CODE_PATTERN,
  docTypeName,
  formatNumberLine,
  isDocNumber,
  isPetitionCode,
  parseDocNumber,
  suggestDocNumber,
} from '../../../../src/lib/base/text/doc-number.ts';

describe('isDocNumber', () => {
  it.each([
    '80/KH-UBND',
    '25/TB-UBND',
    '01/QĐ-UBND',
    '12/TTr-UBND',
    '3/CTr-UBND',
    '7/QyĐ-UBND',
    '45/QĐ-TTg',
    '9/TB-UBND-VP',
    '15/BC-BQLKKT',
    '2/GM-ĐU',
  ])('accepts %s', (text) => {
    expect(isDocNumber(text)).toBe(true);
  });

  it.each([
    '1913-TB/TU', // party form
    '30/2020/NĐ-CP', // normative form, with a year
    '80 /KH - UBND',
    '80/kh-ubnd',
    '80/Kh-UBND',
    '80/KH–UBND',
    '/KH-UBND',
    '80/KH',
    '80/KH-',
    '80/KH-UBND ',
    'Số: 80/KH-UBND',
    '',
  ])('rejects %j', (text) => {
    expect(isDocNumber(text)).toBe(false);
  });

  it('is unaffected by NFD input', () => {
    expect(isDocNumber('01/QĐ-UBND'.normalize('NFD'))).toBe(true);
  });
});

describe('DOC_NUMBER_PATTERN', () => {
  it('compiles without flags, as the CMS and a browser will', () => {
    const pattern = new RegExp(DOC_NUMBER_PATTERN);
    expect(pattern.test('80/KH-UBND')).toBe(true);
    expect(pattern.test('x 80/KH-UBND')).toBe(false);
    expect(DOC_NUMBER_PATTERN).not.toMatch(/\\p\{/);
  });
});

describe('parseDocNumber', () => {
  it('splits number, type and issuer', () => {
    expect(parseDocNumber('80/KH-UBND')).toEqual({ number: '80', type: 'KH', issuer: 'UBND' });
    expect(parseDocNumber('01/QĐ-UBND')).toEqual({ number: '01', type: 'QĐ', issuer: 'UBND' });
    expect(parseDocNumber('12/TTr-UBND-VP')).toEqual({ number: '12', type: 'TTr', issuer: 'UBND-VP' });
  });

  it('gives undefined for anything else', () => {
    expect(parseDocNumber('1913-TB/TU')).toBeUndefined();
    expect(parseDocNumber('')).toBeUndefined();
  });
});

describe('suggestDocNumber', () => {
  it.each([
    ['80 /KH - UBND', '80/KH-UBND'],
    ['80/kh-ubnd', '80/KH-UBND'],
    ['80/KH – UBND', '80/KH-UBND'],
    ['80/KH—UBND', '80/KH-UBND'],
    ['  80/KH-UBND  ', '80/KH-UBND'],
    ['Số: 80/KH-UBND', '80/KH-UBND'],
    ['số 80/KH-UBND', '80/KH-UBND'],
    ['12/ttr-ubnd', '12/TTr-UBND'],
    ['3/CTR-UBND', '3/CTr-UBND'],
    ['7/qyđ-ubnd', '7/QyĐ-UBND'],
    ['45/qđ-ttg', '45/QĐ-TTg'],
    ['01/QÐ-UBND', '01/QĐ-UBND'], // Ð is the Icelandic eth, not Đ
    ['9/tb-ubnd-vp', '9/TB-UBND-VP'],
  ])('%j → %s', (text, expected) => {
    expect(suggestDocNumber(text)).toBe(expected);
  });

  it('gives undefined when the number is already right or cannot be mended', () => {
    expect(suggestDocNumber('80/KH-UBND')).toBeUndefined();
    expect(suggestDocNumber('1913-TB/TU')).toBeUndefined();
    expect(suggestDocNumber('/KH – UBND')).toBeUndefined();
    expect(suggestDocNumber('KH-UBND')).toBeUndefined();
    expect(suggestDocNumber('')).toBeUndefined();
  });
});

describe('docTypeName', () => {
  it.each([
    ['KH', 'Kế hoạch'],
    ['TB', 'Thông báo'],
    ['BC', 'Báo cáo'],
    ['QĐ', 'Quyết định'],
    ['GM', 'Giấy mời'],
    ['BB', 'Biên bản'],
    ['CV', 'Công văn'],
    ['TTr', 'Tờ trình'],
    ['CTr', 'Chương trình'],
    ['KL', 'Kết luận'],
    ['QyĐ', 'Quy định'],
  ])('%s is %s', (type, name) => {
    expect(docTypeName(type)).toBe(name);
  });

  it('gives undefined for unknown or wrongly cased types', () => {
    expect(docTypeName('XYZ')).toBeUndefined();
    expect(docTypeName('kh')).toBeUndefined();
    expect(docTypeName('TTR')).toBeUndefined();
    expect(docTypeName('constructor')).toBeUndefined();
    expect(docTypeName('')).toBeUndefined();
  });
});

describe('formatNumberLine', () => {
  it('writes the header line', () => {
    expect(formatNumberLine('80/KH-UBND')).toBe('Số: 80/KH-UBND');
  });

  it('refuses a malformed number, suggesting the fix when there is one', () => {
    expect(() => formatNumberLine('80 /KH - UBND')).toThrow(
      'Số, ký hiệu văn bản không đúng thể thức: "80 /KH - UBND". Có phải "80/KH-UBND"?',
    );
    expect(() => formatNumberLine('/KH-UBND')).toThrow(
      'Số, ký hiệu văn bản không đúng thể thức: "/KH-UBND". Cần dạng số/LOẠI-CƠ QUAN, ví dụ 80/KH-UBND.',
    );
  });
});

describe('petition codes', () => {
  it.each(['KN-2026-07', 'KN-2026-10', 'KN-2025-123'])('accepts %s', (code) => {
    expect(isPetitionCode(code)).toBe(true);
    expect(new RegExp(PETITION_CODE_PATTERN).test(code)).toBe(true);
  });

  it.each(['KN-2026-7', 'kn-2026-07', 'KN-26-07', 'KN-2026-07 ', 'KN2026-07', ''])('rejects %j', (code) => {
    expect(isPetitionCode(code)).toBe(false);
  });
});
