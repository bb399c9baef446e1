import { describe, expect, it } from 'vitest';
import { findPersonalData, isPlausibleCccd, mask } from '../../../../src/lib/ingest/privacy/detect.ts';

const kinds = (text: string) => findPersonalData(text).map((m) => `${m.kind}:${m.value}`);

describe('citizen ID numbers (CCCD, 12 digits)', () => {
  it.each([
    ['Ông Nguyễn Văn A, CCCD số 031090012345, chủ hộ kinh doanh', 'cccd:031090012345'],
    ['số định danh 031 090 012 345 cấp ngày 10/5/2021', 'cccd:031090012345'],
    ['số 0310.9001.2345', 'cccd:031090012345'],
    ['mã số thuế hộ kinh doanh: 001203004567', 'cccd:001203004567'],
    ['(031090012345)', 'cccd:031090012345'],
  ])('finds one in “%s”', (text, found) => {
    expect(kinds(text)).toEqual([found]);
  });

  it.each([
    ['vốn điều lệ 120.000.000.000 đồng', 'an amount: does not start with 0'],
    ['mã số thuế 0201234567-001', 'an enterprise branch tax code (13 digits with -NNN)'],
    ['mã số doanh nghiệp 0201234567', 'an enterprise tax code (10 digits)'],
    ['tài khoản 003104560789', 'province code 003 does not exist'],
    ['số 031590012345', 'century digit 5: born after 2100'],
    ['mã hồ sơ 0310900123456', 'thirteen digits'],
    ['ngày 21/5/2026, 08:00', 'a date and time'],
  ])('finds nothing in “%s” (%s)', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('checks the province code and the century digit', () => {
    expect(isPlausibleCccd('031090012345')).toBe(true);
    expect(isPlausibleCccd('096300012345')).toBe(true);
    expect(isPlausibleCccd('097090012345')).toBe(false);
    expect(isPlausibleCccd('000090012345')).toBe(false);
  });
});

describe('old ID card numbers (CMND, 9 digits)', () => {
  it.each([
    ['CMND số 031456789 do Công an Hải Phòng cấp', 'cmnd:031456789'],
    ['Số chứng minh nhân dân: 031 456 789', 'cmnd:031456789'],
    ['CMTND 145678901', 'cmnd:145678901'],
  ])('finds one after a context word in “%s”', (text, found) => {
    expect(kinds(text)).toEqual([found]);
  });

  it.each([['tổng mức đầu tư 145678901 đồng'], ['hồ sơ số 031456789 nộp ngày 10/4'], ['giá trị 450.000.000 đồng']])(
    'finds nothing without one in “%s”',
    (text) => {
      expect(kinds(text)).toEqual([]);
    },
  );
});

describe('personal mobile numbers', () => {
  it.each([
    ['Liên hệ anh Bình 0912345678', 'mobile:0912345678'],
    ['ĐT: 0912 345 678', 'mobile:0912345678'],
    ['ĐT 0912.345.678', 'mobile:0912345678'],
    ['ĐT 091-234-5678', 'mobile:0912345678'],
    ['Zalo 0362 123 456', 'mobile:0362123456'],
    ['gọi +84 912 345 678', 'mobile:0912345678'],
    ['gọi (+84) 912345678', 'mobile:0912345678'],
    ['gọi 84912345678', 'mobile:0912345678'],
    ['số 0789123456 (Mobifone)', 'mobile:0789123456'],
    ['số 0321234567', 'mobile:0321234567'],
  ])('finds one in “%s”', (text, found) => {
    expect(kinds(text)).toEqual([found]);
  });

  it.each([
    ['Văn phòng: 0225 3842 123', 'a landline (11 digits, prefix 02)'],
    ['điện thoại 02253842123', 'a landline written together'],
    ['mã số thuế 0801234567', 'a Hải Dương enterprise tax code: prefix 080 is no mobile network'],
    ['MST: 0321234567', 'a Hồ Chí Minh City tax code shaped like a mobile, with its context word'],
    ['Mã số doanh nghiệp 0912345678', 'a tax code, named as one'],
    ['văn bản số 121/UBND-KT ngày 28/5/2026', 'a document number'],
    ['kinh phí 1.234.567.890 đồng', 'an amount'],
    ['0123456789', 'prefix 012 was renumbered in 2018'],
  ])('finds nothing in “%s” (%s)', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('several in one text', () => {
  it('finds each, in order, without counting one twice', () => {
    expect(kinds('Ông A (CCCD 031090012345, ĐT 0912 345 678) và bà B (CMND 031456789).')).toEqual([
      'cccd:031090012345',
      'mobile:0912345678',
      'cmnd:031456789',
    ]);
  });
});

describe('masking', () => {
  it('keeps the first three and last two digits', () => {
    expect(mask('031090012345')).toBe('031•••••••45');
    expect(mask('0912345678')).toBe('091•••••78');
  });
});
