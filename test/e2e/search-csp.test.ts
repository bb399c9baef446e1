/**
 * Search and a meeting page under the site's own Content-Security-Policy: the `<meta>` Astro writes into
 * every page, plus the header the web server adds (src/lib/present/security/policy.ts). Pagefind loads, compiles
 * its WebAssembly and finds "dat dai"; every violation the browser reports fails the test.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP_HEADER } from '../../src/lib/present/security/policy.ts';
import { launchBrowser } from '../../tools/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openWithPolicy(route: string) {
  const context = await browser.newContext();
  await context.route('**/*', async (request) => {
    const response = await request.fetch();
    await request.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP_HEADER } });
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const tab = await context.newPage();
  await tab.goto(inject('siteUrl') + route);
  const meta = await tab.getAttribute('meta[http-equiv="content-security-policy" i]', 'content');
  return { tab, context, meta };
}

const violations = (tab: import('playwright-core').Page) =>
  tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe("under the site's Content-Security-Policy", () => {
  it('search loads Pagefind, finds "dat dai" with a filter, and breaks no rule', async () => {
    const { tab, context, meta } = await openWithPolicy(
      `tim-kiem/?q=dat+dai&part=${encodeURIComponent('Phản ánh kiến nghị doanh nghiệp')}`,
    );
    expect(meta).toContain("'wasm-unsafe-eval'");
    expect(meta).not.toContain("'unsafe-inline'");
    await tab.waitForSelector('.search-results li');
    expect(await tab.locator('.search-results li').count()).toBeGreaterThan(0);
    expect(await violations(tab)).toEqual([]);
    await context.close();
  });

  it('a meeting page, with its structured data, breaks no rule', async () => {
    const { tab, context, meta } = await openWithPolicy('hoi-nghi/2026-quy-ii/');
    expect(meta).toBeTruthy();
    await tab.waitForLoadState('networkidle');
    expect(await violations(tab)).toEqual([]);
    await context.close();
  });
});
