import { describe, expect, it } from 'vitest';
import { fragmentText, searchRecord } from '../../../../src/lib/present/search/records.ts';
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

describe("the text of a model's HTML fragment", () => {
  // What the page walk reads from the same fragment inside a page's <main>.
  const walked = (fragment: string) => {
    const attributes = 'data-search data-search-date="2026-05-21" data-search-part="P"';
    const record = searchRecord(page(`<main ${attributes}><h1>H</h1><div data-search-summary>${fragment}</div></main>`), '/x/')!;
    return record.meta.summary;
  };

  for (const [name, fragment] of [
    ['paragraphs and inline marks', '<p>Đề nghị <strong>UBND</strong> phường<em>hỗ trợ</em>.</p>\n<p>Thứ hai</p>'],
    [
      'lists, tables, links with > in attributes',
      '<ul><li>Một</li><li>Hai</li></ul><table><tr><td>A</td><td>B</td></tr></table><a href="/x?a=1&amp;b=2" title="a>b">Liên kết</a>',
    ],
    ['entities, named and numeric', '<p>A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x110;&#7845;t&nbsp;đai &hellip;</p>'],
    ['line breaks and void elements', '<p>Dòng một<br>Dòng hai<br />ba<img src="a.png" alt="ảnh">bốn<hr>năm</p>'],
    ['raw-text elements (read by the parser)', '<pre><code>mã &lt;b&gt;</code></pre><p>sau</p>'],
    ['parts skipped for search', '<p>giữ</p><p data-search-skip>bỏ</p>'],
    ['nothing', ''],
  ] as const) {
    it(`reads ${name} as the page walk does`, () => {
      expect(fragmentText(fragment)).toBe(walked(fragment));
    });
  }
});
