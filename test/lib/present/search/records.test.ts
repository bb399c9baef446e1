import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../../../src/lib/present/search/records.ts';
import { facetAttributes } from '../../../../src/lib/present/search/facets.ts';

const page = (main: string) =>
  `<!doctype html><html lang="vi"><head><meta name="description" content="Mô tả"></head><body><nav>Điều hướng</nav>${main}</body></html>`;

describe('a search record from a built page', () => {
  it('is made only for pages that opted in', () => {
    expect(searchRecord(page('<main><h1>Kiểm tra</h1></main>'), '/kiem-tra/')).toBeUndefined();
  });

  it('folds the text (marks, đ, case, NFD) and keeps the words people read as metadata', () => {
    const attributes = Object.entries(
      facetAttributes({ date: '2026-11-04', part: 'Phản ánh kiến nghị doanh nghiệp', group: 'Đất đai', status: 'Đang xử lý' }),
    )
      .map(([k, v]) => (v ? `${k}="${v}"` : k))
      .join(' ');
    const nfdBody = 'Thủ tục ĐĂNG KÝ biến động đất đai'.normalize('NFD');
    const record = searchRecord(
      page(
        `<main ${attributes}><h1><span data-search-kind>KẾ HOẠCH</span><span>Đề nghị về đất đai</span></h1><div data-search-summary><p>${nfdBody}</p></div></main>`,
      ),
      '/doi-thoai-doanh-nghiep/kien-nghi/kn-1/',
    )!;
    expect(record.content).toBe('de nghi ve dat dai. ke hoach de nghi ve dat dai thu tuc dang ky bien dong dat dai');
    // eslint-disable-next-line no-control-regex -- ASCII is exactly \x00–\x7f
    expect(record.content).not.toMatch(/[^\x00-\x7f]/);
    expect(record.meta).toEqual({
      title: 'Đề nghị về đất đai',
      date: '2026-11-04',
      part: 'Phản ánh kiến nghị doanh nghiệp',
      summary: nfdBody,
    });
    expect(record.filters).toEqual({
      part: ['Phản ánh kiến nghị doanh nghiệp'],
      year: ['2026'],
      group: ['Đất đai'],
      status: ['Đang xử lý'],
    });
    expect(record.content).not.toContain('dieu huong');
  });

  it('falls back to the page description for the summary and cuts long summaries at a word', () => {
    const attributes = 'data-search data-search-date="2026-05-21" data-search-part="Các hội nghị đối thoại"';
    expect(searchRecord(page(`<main ${attributes}><h1>Hội nghị</h1></main>`), '/x/')!.meta.summary).toBe('Mô tả');
    const long = 'chữ '.repeat(100);
    const summary = searchRecord(page(`<main ${attributes}><h1>H</h1><div data-search-summary>${long}</div></main>`), '/x/')!.meta.summary!;
    expect(summary.length).toBeLessThanOrEqual(222);
    expect(summary.endsWith('chữ …')).toBe(true);
  });
});
