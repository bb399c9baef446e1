/**
 * The Content-Security-Policy in a real browser: every page of the demo loads with no violation (its
 * own styles and scripts are allowed by their hashes), and a script injected into a page is blocked.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Every page of the built site (the CMS page excepted: the server gives it its own policy). */
function pages(): string[] {
  const dir = inject('siteDir');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).replace(/index\.html$/, ''))
    .filter((p) => !p.startsWith('admin/'))
    .sort();
}

/** Opens a page, recording CSP violations from the first byte on. */
async function open(url: string): Promise<{ tab: Page; violations: () => Promise<string[]> }> {
  const tab = await browser.newPage();
  await tab.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await tab.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  return { tab, violations: () => tab.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

describe('the Content-Security-Policy in Chromium', () => {
  it('lets every page load its own styles and scripts without a violation', async () => {
    const list = pages();
    expect(list.length).toBeGreaterThan(10);
    for (const page of list) {
      const { tab, violations } = await open(inject('siteUrl') + page);
      await tab.waitForLoadState('load');
      expect(await violations(), page).toEqual([]);
      // The site's stylesheet applied: the body is not the browser's default 8 px margin and serif font.
      const styled = await tab.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(styled, page).not.toBe('"Times New Roman"');
      await tab.close();
    }
  });

  it('lets search (Pagefind: its script, WebAssembly and index) run a query without a violation', async () => {
    const { tab, violations } = await open(`${inject('siteUrl')}tim-kiem/`);
    await tab.fill('#q', 'đất đai');
    await tab.click('form[role="search"] button[type="submit"]');
    await tab.waitForFunction(() => /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await tab.locator('.search-results li').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await tab.close();
  });

  it('blocks a script slipped into a page', async () => {
    const { tab, violations } = await open(`${inject('siteUrl')}kien-nghi/kn-2026-01/`);
    const ran = await tab.evaluate(async () => {
      (window as unknown as { __ran: boolean }).__ran = false;
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'data:,x');
      img.setAttribute('onerror', 'window.__ran = true');
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { __ran: boolean }).__ran;
    });
    expect(ran).toBe(false);
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    await tab.close();
  });
});
