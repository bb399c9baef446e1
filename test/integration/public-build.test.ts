import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../tools/build-site.ts';
import { makeContentRoot } from '../helpers/content-root.ts';
import { searchRecord } from '../../src/lib/present/search/records.ts';

let demo: BuildResult;
const read = (file: string) => readFileSync(path.join(demo.outDir, file), 'utf8');

beforeAll(async () => {
  demo = await buildSite({ asOf: '2026-11-22' });
  if (demo.status !== 0) throw new Error(demo.stderr);
});

describe('the feeds of the demo build', () => {
  it('publishes an RSS feed of every document with absolute links', () => {
    // <link> is a void element to an HTML parser: read the items' links from the text.
    const links = [...read('rss.xml').matchAll(/<item>.*?<link>(.*?)<\/link>/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(20);
    expect(links).toContain('https://example.gov.vn/doi-thoai-doanh-nghiep/ket-luan/tb-95-2026-ket-luan-hoi-nghi/');
    expect(read('rss.xml')).toContain('<language>vi</language>');
  });

  it('publishes the calendar with the held meeting at 08:00 Vietnam time', () => {
    const ics = read('lich.ics');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20260521T080000');
  });

  it('publishes the open data as JSON and CSV, the same records in both', () => {
    const data = JSON.parse(read('du-lieu.json'));
    expect(data.version).toBe(1);
    expect(data.petitions).toHaveLength(12);
    const csv = read('du-lieu/kien-nghi.csv').split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(13);
    expect(read('du-lieu/hoi-nghi.csv').split('\r\n').filter(Boolean)).toHaveLength(data.meetings.length + 1);
    // kn-2026-04 is a household business: its owner's ID stays private.
    const household = data.petitions.find((p: { id: string }) => p.id === 'kn-2026-04');
    expect(household.submitterKind).toBe('household-business');
    expect(household.submitterTaxCode).toBeNull();
  });

  it('lists public pages in the sitemap, never the CMS or the audit, and robots.txt points to it', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('https://example.gov.vn/doi-thoai-doanh-nghiep/hoi-nghi/2026-quy-ii/');
    expect(sitemap).not.toMatch(/\/(admin|kiem-tra)\//);
    expect(sitemap).not.toContain('/404');
    const robots = read('robots.txt');
    expect(robots).toContain('Disallow: /doi-thoai-doanh-nghiep/admin/');
    expect(robots).toContain('Sitemap: https://example.gov.vn/doi-thoai-doanh-nghiep/sitemap-index.xml');
  });

  it('describes a meeting as a schema.org Event', () => {
    const meeting = parse(read('hoi-nghi/2026-quy-ii/index.html'));
    const ld = JSON.parse(meeting.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2026-05-21T08:00:00+07:00' });
  });

  it('writes the meetings on the home page with Decree 30 dates, not ISO dates', () => {
    const list = parse(read('index.html')).querySelector('.meeting-list')!.textContent;
    expect(list).toContain('ngày 21 tháng 5 năm 2026');
    expect(list).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('the petition list filtered without a server', () => {
  it('has a page per status and group, each listing only its petitions, with the status in words', () => {
    const pending = parse(read('kien-nghi/tinh-trang/dang-xu-ly/index.html'));
    expect(pending.querySelector('h1')!.textContent).toBe('Phản ánh kiến nghị doanh nghiệp: Đang xử lý');
    const rows = pending.querySelectorAll('table.petitions tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.querySelector('.badge')!.textContent).toBe('Đang xử lý');
    const land = parse(read('kien-nghi/nhom/dat-dai/index.html'));
    const landRows = land.querySelectorAll('table.petitions tbody tr');
    expect(landRows.length).toBe(JSON.parse(read('du-lieu.json')).petitions.filter((p: { group: string }) => p.group === 'land').length);
    expect(land.querySelector('.petition-filters a[aria-current="page"]')!.textContent).toContain('Đất đai');
  });

  it('links every filter from the full list', () => {
    const links = parse(read('kien-nghi/index.html'))
      .querySelectorAll('.petition-filters a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/doi-thoai-doanh-nghiep/kien-nghi/tinh-trang/dang-xu-ly/');
    expect(links).toContain('/doi-thoai-doanh-nghiep/kien-nghi/nhom/thu-tuc-hanh-chinh/');
  });
});

describe("the unit's colour", () => {
  it('is linked as /theme.css on every page when don-vi.yaml sets it, and absent otherwise', async () => {
    expect(parse(read('index.html')).querySelector('link[href$="theme.css"]')).toBeNull();
    const root = await makeContentRoot({ 'don-vi.yaml': (text) => `${text.trimEnd()}\ntheme:\n  primary: "#9b1c1c"\n` });
    const themed = await buildSite({ contentDir: root, asOf: '2026-11-22' });
    expect(themed.status, themed.stderr).toBe(0);
    const home = parse(readFileSync(path.join(themed.outDir, 'index.html'), 'utf8'));
    expect(home.querySelector('link[rel="stylesheet"][href="/doi-thoai-doanh-nghiep/theme.css"]')).not.toBeNull();
    expect(readFileSync(path.join(themed.outDir, 'theme.css'), 'utf8')).toBe(
      'html:root { --primary: #9b1c1c; --primary-dark: #6d1414; }\n',
    );
  });
});

describe('notices signed like the original', () => {
  it("prints a plan's optional signer in the signature block, one line per level of authority", () => {
    const plan = parse(read('thong-bao/kh-80-2026-ke-hoach-doi-thoai/index.html'));
    expect(plan.querySelectorAll('.signature .signer-position').map((p) => p.textContent)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(plan.querySelector('.signature .signer-name')!.textContent).toBe('Phạm Minh Hòa');
  });
});

describe('search records of the demo', () => {
  it("summarise a meeting by its facts, not by another page's description", () => {
    const record = searchRecord(read('hoi-nghi/2026-quy-ii/index.html'), '/hoi-nghi/2026-quy-ii/')!;
    expect(record.meta.summary).toContain('08 giờ 00, Thứ Năm, ngày 21 tháng 5 năm 2026');
  });
});
