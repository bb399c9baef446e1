/** Issue 15: what a reader notices on the built demo site (as of 2026-11-22), one test per item. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(route: string, width = 1280) {
  const tab = await browser.newPage({ viewport: { width, height: 900 } });
  await tab.goto(inject('siteUrl') + route);
  return tab;
}

describe('honest states', () => {
  it('an answered petition not resolved for good: the badge says so and is not green', async () => {
    const tab = await open('kien-nghi/kn-2026-08/');
    const badge = tab.locator('.status-line .badge');
    expect(await badge.textContent()).toContain('chưa giải quyết triệt để');
    const colours = await badge.evaluate((e) => getComputedStyle(e).backgroundColor);
    const resolved = await (await open('kien-nghi/kn-2026-01/')).locator('.status-line .badge');
    expect(await resolved.textContent()).not.toContain('chưa giải quyết');
    expect(colours).not.toBe(await resolved.evaluate((e) => getComputedStyle(e).backgroundColor));
    // The list says the same as the page.
    const list = await open('kien-nghi/');
    expect(await list.locator('tr[data-code="KN-2026-08"] .badge').textContent()).toContain('chưa giải quyết triệt để');
    await tab.close();
    await list.close();
  });

  it('"updated" comes from the content’s own dates, per petition and per page, not the build day', async () => {
    const tab = await open('kien-nghi/kn-2026-12/');
    const line = await tab.locator('.updated-line time').getAttribute('datetime');
    expect(line).toMatch(/^2026-\d\d-\d\d$/);
    expect(await tab.locator('.site-footer .updated').getAttribute('data-updated')).toBe(line);
    expect(await tab.locator('.updated-line').textContent()).toMatch(/^Cập nhật ngày \d\d tháng \d{1,2} năm 2026$/);
    const home = await open('');
    const homeDay = await home.locator('.site-footer .updated').getAttribute('data-updated');
    expect(homeDay).not.toBe('2026-11-22');
    expect(homeDay! >= line!).toBe(true);
    await tab.close();
    await home.close();
  });
});
