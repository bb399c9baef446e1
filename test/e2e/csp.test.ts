/**
 * The search page and a content page under a strict Content-Security-Policy, as a portal would send it:
 * no inline script or style anywhere, only Pagefind's WebAssembly needs 'wasm-unsafe-eval'. Every policy
 * violation the browser reports fails the test.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openUnderCsp(route: string) {
  const context = await browser.newContext();
  await context.route('**/*', async (request) => {
    const response = await request.fetch();
    await request.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const tab = await context.newPage();
  await tab.goto(inject('siteUrl') + route);
  return { tab, context };
}

describe('under a strict Content-Security-Policy', () => {
  it('search loads Pagefind, finds "dat dai" and breaks no rule', async () => {
    const { tab, context } = await openUnderCsp('tim-kiem/?q=dat+dai&part=' + encodeURIComponent('Phản ánh kiến nghị doanh nghiệp'));
    await tab.waitForSelector('.search-results li');
    expect(await tab.locator('.search-results li').count()).toBeGreaterThan(0);
    expect(await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });

  it('a meeting page breaks no rule', async () => {
    const { tab, context } = await openUnderCsp('hoi-nghi/2026-quy-ii/');
    await tab.waitForLoadState('networkidle');
    expect(await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });
});
