/**
 * Phones first (issue 15): at 360 px every page kind fits the screen with no sideways scrolling, no badge
 * cut off, and every data table read as a list of cards of a sane height; a petition's card has its code
 * and status on the first line. At 1280 px the same tables are tables. Figures are printed for the record.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { pageKinds } from '../../tools/page-kinds.ts';

const kinds = pageKinds(inject('siteDir'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Card heights, elements past the right edge, clipped badges, the display of table rows. */
async function measure(tab: Page) {
  return tab.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScroller = (e: Element) => e.closest('.prose table, table.stack > thead') !== null;
    const outside = [...document.querySelectorAll('main *, header *, footer *')]
      .filter((e) => !inScroller(e))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > width + 0.5;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    const clipped = [...document.querySelectorAll('.badge, .state')]
      .filter((e) => e.scrollWidth > (e as HTMLElement).clientWidth + 1 || e.getBoundingClientRect().right > width + 0.5)
      .map((e) => e.textContent);
    const rows = [...document.querySelectorAll('table.stack > tbody > tr')].map((tr) => ({
      table: (tr.closest('table') as HTMLElement).className,
      display: getComputedStyle(tr).display,
      height: Math.round(tr.getBoundingClientRect().height),
    }));
    const cards = [...document.querySelectorAll('table.petitions > tbody > tr')].map((tr) => {
      const top = (s: string) => tr.querySelector(s)!.getBoundingClientRect().top;
      return {
        code: tr.querySelector('.code')!.textContent,
        codeTop: top('.code'),
        statusTop: top('.status .badge'),
        titleTop: top('.title'),
      };
    });
    const unstacked = [...document.querySelectorAll('table:not(.stack)')].filter((t) => !inScroller(t)).map((t) => t.className);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
      outside,
      clipped,
      rows,
      cards,
      unstacked,
    };
  });
}

describe('at 360 px every page kind is a phone page', () => {
  for (const [kind, route] of Object.entries(kinds)) {
    it(`${kind}: no sideways scrolling, no clipped badge, tables as cards of sane height`, async () => {
      expect(route, `the built site has no ${kind} page`).toBeDefined();
      const tab = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await tab.goto(inject('siteUrl') + route);
      if (kind === 'search') await tab.waitForSelector('.search-results li');
      const m = await measure(tab);
      await tab.close();
      const tallest = Math.max(0, ...m.rows.map((r) => r.height));
      console.log(`${kind}: page ${m.height} px tall, ${m.rows.length} cards, the tallest ${tallest} px`);
      expect(m.scrollWidth).toBeLessThanOrEqual(360);
      expect(m.outside).toEqual([]);
      expect(m.clipped).toEqual([]);
      for (const r of m.rows) {
        expect(['block', 'flex', 'grid'], `${r.table} rows are cards`).toContain(r.display);
        expect(r.height, `a card of ${r.table}`).toBeLessThanOrEqual(r.table.includes('petitions') ? 260 : 360);
      }
      // Every data table of the page is stacked (tables written in a document's Markdown scroll in their own box).
      expect(m.unstacked).toEqual([]);
      for (const c of m.cards) {
        expect(Math.abs(c.codeTop - c.statusTop), `${c.code}: code and status on the first line`).toBeLessThan(24);
        expect(c.titleTop, `${c.code}: the title under them`).toBeGreaterThan(c.codeTop);
      }
    });
  }
});

describe('at 1280 px tables stay tables', () => {
  for (const kind of ['part 3 list', 'meeting', 'audit', 'report'] as const) {
    it(`${kind}`, async () => {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(inject('siteUrl') + kinds[kind]);
      const m = await measure(tab);
      await tab.close();
      expect(m.rows.length).toBeGreaterThan(0);
      for (const r of m.rows) expect(r.display).toBe('table-row');
      expect(m.scrollWidth).toBeLessThanOrEqual(1280);
    });
  }
});
