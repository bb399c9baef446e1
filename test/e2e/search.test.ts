/**
 * Real queries against the Pagefind index built with the demo site, typed into /tim-kiem/ as a person
 * would: with and without marks, in capitals, pasted in NFD. The expected pages are computed from the
 * built pages themselves: every page whose text holds the phrase must be found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchRecord } from '../../src/lib/present/search/records.ts';
import { foldForSearch } from '../../src/lib/base/text/slug.ts';
import { PROJECT } from '../../tools/build-site.ts';
import { launchBrowser } from '../../tools/browser.ts';

const BASE = '/doi-thoai-doanh-nghiep/';
let browser: Browser;
let tab: Page;
let records: { url: string; content: string }[];

function builtRecords(dir: string): { url: string; content: string }[] {
  const found: { url: string; content: string }[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'index.html') continue;
    const relative = path.relative(dir, entry.parentPath).split(path.sep).join('/');
    const url = relative ? `${BASE}${relative}/` : BASE;
    const record = searchRecord(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'), url);
    if (record) found.push(record);
  }
  return found;
}

/** Types the query, waits for the announcement, opens every page of results; returns status and URLs. */
async function searchFor(query: string, filters: Record<string, string> = {}): Promise<{ status: string; urls: string[] }> {
  await tab.goto(`${inject('siteUrl')}tim-kiem/`);
  for (const [name, value] of Object.entries(filters)) await tab.selectOption(`select[name="${name}"]`, value);
  await tab.fill('#q', query);
  await tab.click('form[role="search"] button[type="submit"]');
  await tab.waitForFunction(() => /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  while (await tab.isVisible('[data-search-more]')) {
    const shown = await tab.locator('.search-results li').count();
    await tab.click('[data-search-more]');
    await tab.waitForFunction((n) => document.querySelectorAll('.search-results li').length > n, shown);
  }
  const status = (await tab.textContent('[data-search-status]')) ?? '';
  const urls = await tab.$$eval('.search-results h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status, urls };
}

const holding = (phrase: string) =>
  records
    .filter((r) => r.content.includes(foldForSearch(phrase)))
    .map((r) => r.url)
    .sort();

beforeAll(async () => {
  records = builtRecords(inject('siteDir'));
  browser = await launchBrowser();
  tab = await browser.newPage();
});
afterAll(() => browser?.close());

describe('search on the demo site', () => {
  it('indexes the documents and meetings, never the lists, the audit or the CMS', () => {
    const pages = ['thong-bao', 'noi-dung', 'kien-nghi', 'ket-luan', 'hoi-nghi'].flatMap((folder) =>
      readdirSync(path.join(PROJECT, 'content', folder)),
    );
    expect(records).toHaveLength(pages.length);
    expect(records.some((r) => r.url === `${BASE}hoi-nghi/2026-quy-ii/`)).toBe(true);
    expect(records.some((r) => /\/(admin|kiem-tra|bao-cao|tim-kiem)\//.test(r.url))).toBe(false);
    expect(records.some((r) => r.url === `${BASE}kien-nghi/`)).toBe(false);
    // Results are rendered by the page: Pagefind's own interfaces are not shipped.
    expect(readdirSync(path.join(inject('siteDir'), 'pagefind')).filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });

  for (const phrase of ['dat dai', 'kien nghi', 'thu tuc hanh chinh']) {
    it(`"${phrase}" finds every page that has it, the best match first`, async () => {
      const expected = holding(phrase);
      expect(expected.length).toBeGreaterThan(0);
      const { status, urls } = await searchFor(phrase);
      expect(urls).toEqual(expect.arrayContaining(expected));
      expect(expected).toContain(urls[0]);
      expect(status).toBe(`Tìm thấy ${urls.length} kết quả.`);
    });
  }

  it('"dat dai" finds the land petitions and the land-themed meeting', async () => {
    const { urls } = await searchFor('dat dai');
    expect(urls).toEqual(expect.arrayContaining([`${BASE}kien-nghi/kn-2026-12/`, `${BASE}hoi-nghi/2026-quy-iv/`]));
  });

  it('finds the same pages for "Dat dai", "ĐẤT ĐAI", "đất đai" and NFD-pasted "đất đai"', async () => {
    const reference = (await searchFor('dat dai')).urls.sort();
    for (const query of ['Dat dai', 'ĐẤT ĐAI', 'đất đai', 'đất đai'.normalize('NFD')]) {
      expect((await searchFor(query)).urls.sort(), query).toEqual(reference);
    }
  });

  it('filters by group and status, and by year and part without words', async () => {
    const land = await searchFor('de nghi', { group: 'Đất đai' });
    expect(land.urls.length).toBeGreaterThan(0);
    expect(land.urls.every((u) => u.startsWith(`${BASE}kien-nghi/`))).toBe(true);
    const pending = await searchFor('', { status: 'Đang xử lý', part: 'Phản ánh kiến nghị doanh nghiệp' });
    const pendingPages = pending.urls.map((u) => readFileSync(path.join(inject('siteDir'), u.slice(BASE.length), 'index.html'), 'utf8'));
    expect(pendingPages.length).toBeGreaterThan(0);
    for (const html of pendingPages) expect(html).toContain('Đang xử lý');
  });

  it('restores a shared search from its address', async () => {
    await tab.goto(`${inject('siteUrl')}tim-kiem/?q=${encodeURIComponent('thu tuc hanh chinh')}&year=2026`);
    await tab.waitForFunction(() => /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await tab.inputValue('#q')).toBe('thu tuc hanh chinh');
    expect(await tab.inputValue('select[name="year"]')).toBe('2026');
    expect(await tab.locator('.search-results li').count()).toBeGreaterThan(0);
  });
});
