import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const PAGES = {
  audit: 'kiem-tra/',
  report: 'bao-cao/2026-quy-ii/',
  meeting: 'hoi-nghi/2026-quy-ii/',
  'late-petition': 'kien-nghi/kn-2026-06/',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(() => browser?.close());

async function open(page: string, width = 1280): Promise<Page> {
  // bypassCSP: axe is injected as a script, which the site's own policy rightly refuses.
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const tab = await context.newPage();
  const response = await tab.goto(inject('siteUrl') + page);
  expect(response?.status()).toBe(200);
  return tab;
}

// axe runs on these pages with every other page kind, in accessibility.test.ts.
describe('the audit and report pages', () => {
  for (const [name, page] of Object.entries(PAGES)) {
    it(`${name}: fits a 360 px phone`, async () => {
      const tab = await open(page, 360);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await tab.screenshot({ path: path.join(SHOTS, `phone-${name}.png`), fullPage: true });
      await tab.close();
    });
  }

  it('the audit and report pages stay out of the search index (no data-pagefind-body)', async () => {
    for (const page of [PAGES.audit, PAGES.report]) {
      const tab = await open(page);
      expect(await tab.locator('[data-pagefind-body]').count()).toBe(0);
      await tab.close();
    }
  });

  it('the report prints on A4 with its table whole, without the site navigation', async () => {
    const tab = await open(PAGES.report);
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('.parts-nav').isVisible()).toBe(false);
    expect(await tab.locator('.report-table').isVisible()).toBe(true);
    await tab.screenshot({ path: path.join(SHOTS, 'print-report.png'), fullPage: true });
    const pdf = await tab.pdf({ format: 'A4', printBackground: false });
    await writeFile(path.join(SHOTS, 'print-report.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await tab.close();
  });
});
