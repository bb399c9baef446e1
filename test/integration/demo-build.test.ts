import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT, type BuildResult } from '../../tools/build-site.ts';

let demo: BuildResult;
const page = (dir: string, route: string): HTMLElement => parse(readFileSync(path.join(dir, route, 'index.html'), 'utf8'));
const text = (el: HTMLElement | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stems = (folder: string) => readdirSync(path.join(PROJECT, 'content', folder)).map((f) => f.replace(/\.[^.]+$/, ''));

beforeAll(async () => {
  demo = await buildSite({ asOf: '2026-11-22' });
  if (demo.status !== 0) throw new Error(demo.stderr);
});

describe('the demo build', () => {
  it('holds the section, the four parts, every document and every meeting', () => {
    for (const route of ['', 'thong-bao', 'noi-dung', 'kien-nghi', 'ket-luan', 'hoi-nghi']) {
      expect(existsSync(path.join(demo.outDir, route, 'index.html')), route).toBe(true);
    }
    for (const folder of ['thong-bao', 'noi-dung', 'kien-nghi', 'ket-luan', 'hoi-nghi']) {
      for (const stem of stems(folder))
        expect(existsSync(path.join(demo.outDir, folder, stem, 'index.html')), `${folder}/${stem}`).toBe(true);
    }
  });

  it('writes every page in Vietnamese', () => {
    for (const route of ['', 'kien-nghi/kn-2026-06', 'hoi-nghi/2026-quy-ii']) {
      expect(page(demo.outDir, route).querySelector('html')?.getAttribute('lang')).toBe('vi');
    }
  });

  it('shows the unit and section from don-vi.yaml', () => {
    const home = page(demo.outDir, '');
    expect(text(home.querySelector('.unit-name'))).toBe('Ủy ban nhân dân phường Kinh Môn');
    expect(text(home.querySelector('h1'))).toBe('Đối thoại doanh nghiệp, hợp tác xã, hộ kinh doanh');
  });

  it('puts the planned meeting first on the home page, as the next one', () => {
    expect(text(page(demo.outDir, '').querySelector('.next-meeting .meeting-title'))).toContain('chuyên đề');
  });

  it('writes the plan like the signed document: number and Decree 30 date line', () => {
    const notice = page(demo.outDir, 'thong-bao/kh-80-2026-ke-hoach-doi-thoai');
    expect(text(notice.querySelector('.doc-number'))).toBe('Số: 80/KH-UBND');
    expect(text(notice.querySelector('.date-line'))).toBe('Kinh Môn, ngày 19 tháng 3 năm 2026');
    expect(text(notice.querySelector('.doc-kind'))).toBe('KẾ HOẠCH');
  });

  it('gives an upcoming meeting’s notice its registration and form; a past one a banner to the results (issue 15)', () => {
    const past = page(demo.outDir, 'thong-bao/kh-80-2026-ke-hoach-doi-thoai');
    expect(past.querySelector('.registration')).toBeNull();
    expect(text(past.querySelector('.closed-banner'))).toBe('Đã hết hạn đăng ký — xem kết quả');
    const notice = page(demo.outDir, 'thong-bao/kh-246-2026-doi-thoai-chuyen-de-thue-dat-dai');
    const form = notice.querySelector('.registration a[download]')?.getAttribute('href');
    expect(form).toBe('/doi-thoai-doanh-nghiep/tep/phieu-dang-ky-doi-thoai-2026.pdf');
    expect(existsSync(path.join(demo.outDir, 'tep/phieu-dang-ky-doi-thoai-2026.pdf'))).toBe(true);
  });

  it('shows a meeting with its time, its four parts and its petitions with their status', () => {
    const meeting = page(demo.outDir, 'hoi-nghi/2026-quy-ii');
    expect(text(meeting.querySelector('.facts'))).toContain('08 giờ 00, Thứ Năm, ngày 21 tháng 5 năm 2026');
    expect(meeting.querySelectorAll('main h2').map(text)).toEqual([
      'Hồ sơ hội nghị',
      '1. Thông báo thời gian đối thoại',
      '2. Nội dung hội nghị đối thoại',
      '3. Phản ánh kiến nghị doanh nghiệp',
      '4. Thông báo kết luận hội nghị',
      'Các thời hạn',
    ]);
    const rows = meeting.querySelectorAll('table.petitions tbody tr');
    expect(rows).toHaveLength(11);
    expect(text(rows[0]!.querySelector('.code'))).toBe('KN-2026-01');
    expect(text(rows[6]!)).toContain('Đã chuyển cơ quan có thẩm quyền');
  });

  it('shows a petition with its answer', () => {
    const petition = page(demo.outDir, 'kien-nghi/kn-2026-06');
    expect(text(petition.querySelector('.badge'))).toBe('Đã trả lời bằng văn bản');
    expect(text(petition.querySelector('.answer-box'))).toContain('ngày 05 tháng 6 năm 2026');
  });

  it('never publishes a household business tax code', () => {
    const petition = page(demo.outDir, 'kien-nghi/kn-2026-04');
    expect(text(petition)).toContain('Hộ kinh doanh');
    expect(text(petition)).not.toContain('Mã số thuế');
  });

  it('signs the conclusion as Decree 30 lays it out', () => {
    const conclusion = page(demo.outDir, 'ket-luan/tb-95-2026-ket-luan-hoi-nghi');
    expect(conclusion.querySelectorAll('.signer-position').map(text)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});

describe('another unit', () => {
  it('builds from CONTENT_DIR instead of the demo', async () => {
    const other = await buildSite({ contentDir: path.join(PROJECT, 'examples/bql-kkt-hai-phong'), asOf: '2025-12-31' });
    expect(other.status, other.stderr).toBe(0);
    expect(text(page(other.outDir, '').querySelector('.unit-name'))).toBe('Ban Quản lý Khu kinh tế Hải Phòng');
    expect(existsSync(path.join(other.outDir, 'hoi-nghi/2025-quy-iii/index.html'))).toBe(true);
  });
});
