/**
 * Screenshots to look at (test-results/screenshots/): phone and desktop views of the main page kinds, and
 * print previews (A4 PDF and a print-media image) of a conclusion and a plan. The assertions check what the
 * print must keep and drop; the images are for people.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const PAGES = {
  home: '',
  meeting: 'hoi-nghi/2026-quy-ii/',
  petitions: 'kien-nghi/tinh-trang/dang-xu-ly/',
  conclusion: 'ket-luan/tb-95-2026-ket-luan-hoi-nghi/',
  search: 'tim-kiem/?q=dat+dai',
};
const PRINTED = { conclusion: PAGES.conclusion, plan: 'thong-bao/kh-80-2026-ke-hoach-doi-thoai/' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(() => browser?.close());

describe('screenshots', () => {
  for (const [device, viewport] of Object.entries({ mobile: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } })) {
    it(`of ${device} views`, async () => {
      const tab = await browser.newPage({ viewport, deviceScaleFactor: device === 'mobile' ? 2 : 1 });
      for (const [name, route] of Object.entries(PAGES)) {
        await tab.goto(inject('siteUrl') + route);
        if (name === 'search') await tab.waitForSelector('.search-results li');
        expect(await tab.evaluate(() => document.documentElement.scrollWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(
          viewport.width,
        );
        await tab.screenshot({ path: path.join(SHOTS, `${device}-${name}.png`), fullPage: true });
      }
      await tab.close();
    });
  }

  for (const [name, route] of Object.entries(PRINTED)) {
    it(`prints the ${name} on A4 like the official document`, async () => {
      const tab = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      await tab.goto(inject('siteUrl') + route);
      await tab.emulateMedia({ media: 'print' });
      const shown = (selector: string) =>
        tab
          .locator(selector)
          .first()
          .evaluate((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetHeight > 0);
      for (const kept of ['.doc-number', '.date-line', '.nation', '.motto', '.doc-title', '.doc-body'])
        expect(await shown(kept), kept).toBe(true);
      for (const dropped of ['.site-header', '.parts-nav', '.breadcrumbs', '.site-footer', '.doc-facts'])
        expect(await shown(dropped), dropped).toBe(false);
      expect(await shown('.signature')).toBe(true);
      expect(await tab.locator('body').evaluate((e) => getComputedStyle(e).fontFamily)).toContain('Times New Roman');
      await tab.screenshot({ path: path.join(SHOTS, `print-${name}.png`), fullPage: true });
      await tab.pdf({ path: path.join(SHOTS, `print-${name}.pdf`), format: 'A4', preferCSSPageSize: true });
      await tab.close();
    });
  }
});
