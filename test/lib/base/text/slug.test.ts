import { describe, expect, it } from 'vitest';
import { foldForSearch, isSlug, slugify } from '../../../../src/lib/base/text/slug.ts';

describe('slugify', () => {
  it.each([
    ['Đối thoại doanh nghiệp', 'doi-thoai-doanh-nghiep'],
    ['Hợp tác xã, hộ kinh doanh', 'hop-tac-xa-ho-kinh-doanh'],
    ['Ưu đãi đầu tư năm 2026', 'uu-dai-dau-tu-nam-2026'],
    ['Thông báo số 25/TB-UBND', 'thong-bao-so-25-tb-ubnd'],
    ['ĂN Ở ĐẸP', 'an-o-dep'],
    ['  "Phiếu đăng ký"!  ', 'phieu-dang-ky'],
    ['--Kết luận--', 'ket-luan'],
    ['Quý II/2026 — Kinh Môn', 'quy-ii-2026-kinh-mon'],
    ['', ''],
    ['…!?', ''],
  ])('%j → %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it('gives the same slug for NFD input', () => {
    expect(slugify('Đối thoại doanh nghiệp'.normalize('NFD'))).toBe('doi-thoai-doanh-nghiep');
    expect(slugify('Nguyễn Thị Ngọc Ánh'.normalize('NFD'))).toBe('nguyen-thi-ngoc-anh');
  });
});

describe('isSlug', () => {
  it.each(['doi-thoai', 'kn-2026-07', '2026', 'a'])('accepts %s', (text) => {
    expect(isSlug(text)).toBe(true);
  });

  it.each(['', 'Doi-thoai', 'doi--thoai', '-doi', 'doi-', 'đoi-thoai', 'doi thoai', 'doi_thoai'])('rejects %j', (text) => {
    expect(isSlug(text)).toBe(false);
  });

  it('holds for what slugify makes', () => {
    expect(isSlug(slugify('Thông báo kết luận hội nghị'))).toBe(true);
  });
});

describe('foldForSearch', () => {
  it('folds case, marks and đ alike in NFC and NFD', () => {
    for (const text of ['ĐẤT ĐAI', 'Đất đai', 'dat dai', 'đất đai'.normalize('NFD'), 'ĐẤT ĐAI'.normalize('NFD')]) {
      expect(foldForSearch(text)).toBe('dat dai');
    }
  });

  it('collapses and trims whitespace, keeping punctuation', () => {
    expect(foldForSearch('  Thủ tục\t hành\nchính, thuế ')).toBe('thu tuc hanh chinh, thue');
    expect(foldForSearch('Ưu đãi\u00A0đầu tư')).toBe('uu dai dau tu');
  });

  it('folds the empty string to itself', () => {
    expect(foldForSearch('')).toBe('');
    expect(foldForSearch('   ')).toBe('');
  });
});
