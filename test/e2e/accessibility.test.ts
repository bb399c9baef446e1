/**
 * axe-core (WCAG 2.1 A and AA rules) on one page of every kind of the built demo site, in a desktop and a
 * 360 px phone window: zero violations. The audit and the report included.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { pageKinds } from '../../tools/page-kinds.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const kinds = pageKinds(inject('siteDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
]) {
  describe(`axe at ${viewport.width} px`, () => {
    for (const [kind, route] of Object.entries(kinds)) {
      it(`${kind} has no WCAG 2.1 AA violations`, async () => {
        expect(route, `the built site has no ${kind} page`).toBeDefined();
        // bypassCSP: axe is injected as a script, which the site's own policy rightly refuses.
        const context = await browser.newContext({ viewport, bypassCSP: true });
        const tab = await context.newPage();
        await tab.goto(inject('siteUrl') + route);
        if (kind === 'search') await tab.waitForSelector('.search-results li');
        await tab.addScriptTag({ content: AXE });
        const violations = (await tab.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
          return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
        })) as Violation[];
        await context.close();
        const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
  });
}
