/**
 * A city portal searching every unit without re-indexing them: two generated units (npm run gen --
 * --units 2), each built on its own with its own base path and its own Pagefind index, served from one
 * origin as a portal would; in Chromium, one Pagefind instance loads the first unit's index and merges
 * the second's at query time (`mergeIndex`). One search must find a petition of each unit.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentRoot } from '../../src/lib/ingest/root/load.ts';
import { generateRoots } from '../../tools/gen/write.ts';
import { foldForSearch } from '../../src/lib/base/text/slug.ts';
import { buildSite } from '../../tools/build-site.ts';
import { launchBrowser } from '../../tools/browser.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

/** One origin serving each built unit under its base path. */
async function servePortal(units: { base: string; dir: string }[]): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const unit = units.find((u) => pathname.startsWith(u.base));
    if (!unit) return void res.writeHead(404).end();
    let file = path.join(unit.dir, pathname.slice(unit.base.length));
    if (!file.startsWith(unit.dir)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const work = mkdtempSync(path.join(tmpdir(), 'dtdn-multisite-'));
let browser: Browser;
let portal: { origin: string; server: Server };
const units: { slug: string; base: string; dir: string; titles: Set<string> }[] = [];

beforeAll(async () => {
  const roots = generateRoots({ out: path.join(work, 'content'), petitions: 14, units: 2, seed: 'multisite' });
  for (const root of roots) {
    const base = `/${root.slug}/`;
    const built = await buildSite({ contentDir: root.root, asOf: '2026-11-29', outDir: path.join(work, root.slug), env: { BASE: base } });
    if (built.status !== 0) throw new Error(`build of ${root.slug} failed:\n${built.stderr}${built.stdout}`);
    const content = await loadContentRoot(root.root);
    const titles = new Set(content.entries.filter((e) => e.collection === 'kien-nghi').map((e) => String(e.data.title)));
    units.push({ slug: root.slug, base, dir: built.outDir, titles });
  }
  portal = await servePortal(units);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => portal?.server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('search across units (Pagefind multisite)', () => {
  it('each unit has its own index under its own base path', async () => {
    for (const unit of units) expect((await stat(path.join(unit.dir, 'pagefind', 'pagefind.js'))).isFile()).toBe(true);
  });

  it('finds a petition of each unit in one search over the merged indexes', async () => {
    const [first, second] = units as [(typeof units)[0], (typeof units)[0]];
    // A petition title both units have (the generator's themes are shared), searched as the site does: folded.
    const common = [...first.titles].find((title) => second.titles.has(title));
    expect(common).toBeDefined();
    // Scripts are added by the test, not by the page: the site's Content-Security-Policy is not the subject here.
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await tab.goto(`${portal.origin}${first.base}`);
    // Written as text: Vitest would rewrite an import() inside a function before it reaches the page.
    const script = `(async () => {
      const pagefind = await import(${JSON.stringify(`${first.base}pagefind/pagefind.js`)});
      await pagefind.options({ basePath: ${JSON.stringify(`${first.base}pagefind/`)} });
      await pagefind.mergeIndex(${JSON.stringify(`${second.base}pagefind/`)});
      const search = await pagefind.search(${JSON.stringify(foldForSearch(common!))});
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.map((d) => d.url);
    })()`;
    const urls = (await tab.evaluate(script)) as string[];
    await context.close();
    const petitionOf = (unit: (typeof units)[0]) => urls.filter((url) => url.startsWith(`${unit.base}kien-nghi/kn-`));
    expect(petitionOf(first).length).toBeGreaterThan(0);
    expect(petitionOf(second).length).toBeGreaterThan(0);
    // And the results lead to real pages of each unit.
    for (const url of [petitionOf(first)[0]!, petitionOf(second)[0]!]) {
      const response = await fetch(`${portal.origin}${url}`);
      expect(response.status).toBe(200);
    }
  });
});
