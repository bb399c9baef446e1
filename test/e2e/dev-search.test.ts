/**
 * Search in `npm run dev` (issue 14): the search page finds pages of the content root being edited, and
 * after a petition is saved with a new word, the next search finds it, with no build in between.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { DEMO } from '../helpers/content-root.ts';
import { startDevStack, type DevStack } from './helpers/dev-stack.ts';

let root: string;
let stack: DevStack;
let browser: Browser;
let tab: Page;

/** Types the query into /tim-kiem/ and waits for the announcement; returns it and the result links. */
async function searchFor(query: string): Promise<{ status: string; urls: string[] }> {
  await tab.goto(`${stack.siteUrl}tim-kiem/`);
  await tab.fill('#q', query);
  await tab.click('form[role="search"] button[type="submit"]');
  await tab.waitForFunction(() => /kết quả|không/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, {
    timeout: 90_000,
  });
  const status = (await tab.textContent('[data-search-status]')) ?? '';
  const urls = await tab.$$eval('.search-results h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status, urls };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dtdn-dev-search-'));
  await cp(DEMO, root, { recursive: true });
  stack = await startDevStack(root);
  browser = await launchBrowser();
  tab = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('search in npm run dev', () => {
  it('loads the index and finds pages', async () => {
    const { status, urls } = await searchFor('dat dai');
    expect(urls.length, `${status}\n${stack.output()}`).toBeGreaterThan(0);
    expect(status).toBe(`Tìm thấy ${urls.length} kết quả.`);
    expect(urls.every((u) => u.startsWith('/doi-thoai-doanh-nghiep/'))).toBe(true);
  });

  it('shows a petition as saved, without a build', async () => {
    // The result's title comes from the index: after the save it must be the new one.
    const titles = async () => {
      await searchFor('kho lanh bao quan');
      return tab.$$eval('.search-results h2 a', (links) => links.map((a) => a.textContent ?? ''));
    };
    expect((await titles()).some((title) => title.includes('quyvaniluong'))).toBe(false);
    const file = path.join(root, 'kien-nghi', 'kn-2026-01.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: (.*)$/m, 'title: $1 quyvaniluong'));
    // The dev server notices the change (live reload); the next search is made from the new content.
    await expect
      .poll(async () => (await titles()).some((title) => title.includes('quyvaniluong')), { timeout: 60_000, interval: 2_000 })
      .toBe(true);
  });
});
