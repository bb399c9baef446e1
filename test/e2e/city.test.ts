/**
 * The city section in Chromium (issue 12): three generated units served on 127.0.0.1 (plus one down and
 * one broken), the city built from them and served too. The one city search finds a petition of the
 * third unit with "dat dai" (no marks) and opens the unit's own page; the dashboard, a unit's page,
 * Phụ lục 3 and the search page have no WCAG 2.1 AA violations at 1280 and 360 px.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';
import { BASE, CITY_AS_OF, cityFixture, runCity, type CityFixture } from '../helpers/city.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let fx: CityFixture;
let city: StaticSite;
let browser: Browser;

beforeAll(async () => {
  fx = await cityFixture();
  const out = path.join(fx.dir, 'dist-city');
  const run = await runCity(['--registry', fx.registry, '--out', out, '--as-of', CITY_AS_OF, '--timeout', '3', '--retries', '0']);
  if (run.status !== 0) throw new Error(run.stderr);
  city = await serveStatic(out, BASE);
  browser = await launchBrowser();
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await city?.close();
  await fx?.close();
});

describe('the city search', () => {
  it('finds a petition of the third unit with "dat dai" and opens the unit’s own page', async () => {
    const third = fx.units[2]!;
    const unitName = JSON.parse(readFileSync(path.join(third.distDir, 'du-lieu.json'), 'utf8')).unit.shortName as string;
    const tab = await browser.newPage();
    await tab.goto(`${city.url}tim-kiem/`);
    await tab.fill('#q', 'dat dai');
    await tab.click('form[role="search"] button[type="submit"]');
    await tab.waitForSelector('.search-results li');
    const all = Number(/\d+/.exec((await tab.textContent('[data-search-status]')) ?? '')?.[0]);
    expect(all).toBeGreaterThan(0);
    // The unit filter: its list holds every unit with data, the third among them.
    await tab.selectOption('select[name="unit"]', unitName);
    await tab.waitForFunction((n) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return /kết quả/.test(status) && Number(/\d+/.exec(status)?.[0]) < n;
    }, all);
    const metas = await tab.$$eval('.search-results .doc-meta', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain(unitName);
    const first = tab.locator('.search-results h2 a').first();
    const title = (await first.textContent())!.trim();
    const href = (await first.getAttribute('href'))!;
    expect(href.startsWith(third.site.url)).toBe(true);
    await first.click();
    await tab.waitForURL((url) => url.href.startsWith(third.site.url));
    // The unit's own page, on the unit's own site, with the same title.
    expect(tab.url()).toMatch(/\/(kien-nghi|thong-bao|noi-dung|ket-luan|hoi-nghi)\//);
    expect((await tab.textContent('h1'))!.replace(/\s+/g, ' ')).toContain(title);
    await tab.close();
  });
});

const PAGES = {
  dashboard: '',
  'unit page': 'don-vi/so-tai-chinh/',
  'unit page (unreachable)': 'don-vi/phuong-mat-ket-noi/',
  'Phụ lục 3': 'phu-luc-3/2026-q1/',
  'upcoming meetings': 'hoi-nghi/',
  search: 'tim-kiem/?q=dat+dai',
};

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
]) {
  describe(`axe at ${viewport.width} px`, () => {
    for (const [name, route] of Object.entries(PAGES)) {
      it(`the city's ${name} has no WCAG 2.1 AA violations`, async () => {
        const context = await browser.newContext({ viewport, bypassCSP: true });
        const tab = await context.newPage();
        await tab.goto(city.url + route);
        if (name === 'search') await tab.waitForSelector('.search-results li');
        await tab.addScriptTag({ content: AXE });
        const violations = (await tab.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
          return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
        })) as { id: string; help: string; nodes: { target: string[] }[] }[];
        // Nothing wider than the window at 360 px but the tables' own scrolling regions.
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        await context.close();
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });
}
