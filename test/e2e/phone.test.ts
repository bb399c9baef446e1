import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const PAGES = {
  home: '',
  notices: 'thong-bao/',
  notice: 'thong-bao/kh-80-2026-ke-hoach-doi-thoai/',
  meeting: 'hoi-nghi/2026-quy-ii/',
  petitions: 'kien-nghi/',
  petition: 'kien-nghi/kn-2026-01/',
  conclusion: 'ket-luan/tb-95-2026-ket-luan-hoi-nghi/',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(() => browser?.close());

describe('on a 360 px wide phone', () => {
  for (const [name, page] of Object.entries(PAGES)) {
    it(`${name} is Vietnamese and fits the screen without sideways scrolling`, async () => {
      const tab = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
      const response = await tab.goto(inject('siteUrl') + page);
      expect(response?.status()).toBe(200);
      expect(await tab.getAttribute('html', 'lang')).toBe('vi');
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      await tab.screenshot({ path: path.join(SHOTS, `phone-${name}.png`), fullPage: true });
      await tab.close();
    });
  }
});
