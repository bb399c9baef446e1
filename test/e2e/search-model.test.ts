/**
 * The build indexes search records made from the model (src/lib/present/pages/search-records.ts) while
 * Astro renders, instead of reading the built pages afterwards. On a generated site of 1,000 petitions:
 *   - every page's record read from its built HTML (the former indexer, ./records.ts) is the model's
 *     record, field for field;
 *   - the index the build wrote and an index made by the former indexer from the built pages find the same
 *     pages for the same queries (with and without filters), in Chromium through Pagefind's own client.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/lib/base/text/slug.ts';
import { buildRenderedSite } from '../../src/lib/domain/model/load.ts';
import { markdownRenderer } from '../../src/lib/ingest/markdown/render.ts';
import { loadContentRoot } from '../../src/lib/ingest/root/load.ts';
import { indexSite } from '../../src/lib/present/search/index-site.ts';
import { siteSearchRecords } from '../../src/lib/present/pages/search-records.ts';
import { searchRecord, type SearchRecord } from '../../src/lib/present/search/records.ts';
import { siteView, type SiteView } from '../../src/lib/present/view/site-view.ts';
import { parseSettings } from '../../src/settings.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { buildSite, cleanEnv } from '../../tools/build-site.ts';
import { generateRoots } from '../../tools/gen/write.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';

const AS_OF = '2026-11-29';
const work = mkdtempSync(path.join(tmpdir(), 'dtdn-search-model-'));
let dist: string;
let view: SiteView;
let served: StaticSite;
let browser: Browser;

/** The records the former indexer reads from the built pages, by URL below the base. */
function htmlRecords(dir: string): Map<string, SearchRecord> {
  const found = new Map<string, SearchRecord>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.name !== 'index.html') continue;
    const relative = path.relative(dir, entry.parentPath).split(path.sep).join('/');
    const url = relative ? `/${relative}/` : '/';
    const record = searchRecord(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'), url);
    if (record) found.set(url, record);
  }
  return found;
}

beforeAll(async () => {
  const [root] = generateRoots({ out: path.join(work, 'content'), petitions: 1000, seed: 'search-model' });
  const built = await buildSite({ contentDir: root!.root, asOf: AS_OF, outDir: path.join(work, 'dist') });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}${built.stdout}`);
  dist = built.outDir;
  // The former indexer, over the built pages, into <dist>/html-index/pagefind/.
  await indexSite(dist, path.join(dist, 'html-index'));
  const content = await loadContentRoot(root!.root);
  if (!content.ok) throw new Error('generated content is invalid');
  const { settings } = parseSettings({ ...cleanEnv(), CONTENT_DIR: root!.root, AS_OF });
  view = siteView(await buildRenderedSite(content.entries, await markdownRenderer()), {
    asOf: AS_OF,
    base: settings!.base,
    origin: settings!.site,
    // As the build's view (src/data/views.ts): the pages print each download's size.
    fileBytes: (file) => statSync(path.join(root!.root, file), { throwIfNoEntry: false })?.size,
  });
  served = await serveStatic(dist);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('search records from the model (1,000 petitions)', () => {
  it('are the records of the built pages, every field of every page', () => {
    const fromPages = htmlRecords(dist);
    const fromModel = [...siteSearchRecords(view)];
    expect(fromPages.size).toBeGreaterThan(1000);
    expect(fromModel.map((r) => r.url).sort()).toEqual([...fromPages.keys()].sort());
    for (const record of fromModel) expect(record, record.url).toEqual(fromPages.get(record.url));
  });

  it('find the same pages as an index of the built pages, for the same queries', async () => {
    const petitions = view.site.petitions;
    const pick = (n: number) => petitions[Math.floor((n * (petitions.length - 1)) / 7)]!.data;
    const queries: { q: string; filters?: Record<string, string> }[] = [
      { q: 'dat dai' },
      { q: 'thu tuc hanh chinh' },
      { q: 'von vay uu dai' },
      { q: 'hoi nghi quy ii' },
      { q: 'kien nghi' },
      { q: 'da tra loi bang van ban' },
      { q: 'ubnd' },
      ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((n) => [
        { q: pick(n).code },
        { q: pick(n).title.split(' ').slice(2, 5).join(' ') },
        { q: pick(n).submitter!.name! },
      ]),
      { q: pick(3).answer?.by ?? 'phong kinh te' },
      { q: view.site.meetings[2]!.data.venue! },
      { q: 'de nghi', filters: { group: view.site.petitions[0]!.data.group! } },
      { q: 'ho tro', filters: { year: '2024' } },
    ];
    // The site's filters carry the words people read: a petition's group as the page shows it.
    const { petitionGroupLabel } = await import('../../src/lib/present/view/labels.ts');
    for (const query of queries) if (query.filters?.group) query.filters.group = petitionGroupLabel(query.filters.group);

    // Scripts are added by the test, not by the page: the site's Content-Security-Policy is not the subject here.
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await tab.goto(served.url);
    const base = new URL(served.url).pathname;
    // Written as text: Vitest would rewrite an import() inside a function before it reaches the page.
    const script = `(async () => {
      const queries = ${JSON.stringify(queries.map((q) => ({ ...q, q: foldForSearch(q.q) })))};
      const open = async (bundle) => {
        const pagefind = await import(bundle + 'pagefind.js');
        await pagefind.options({ basePath: bundle });
        return pagefind;
      };
      const fromModel = await open(${JSON.stringify(`${base}pagefind/`)});
      const fromPages = await open(${JSON.stringify(`${base}html-index/pagefind/`)});
      const found = async (pagefind, query) => {
        const search = await pagefind.search(query.q, query.filters ? { filters: query.filters } : {});
        // Pagefind puts the folder above its bundle before each URL: the same path below it on both sides.
        const folder = pagefind === fromPages ? ${JSON.stringify(`${base}html-index/`)} : ${JSON.stringify(base)};
        return (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url.replace(folder, '/')).sort();
      };
      const out = [];
      for (const query of queries) out.push({ query, model: await found(fromModel, query), pages: await found(fromPages, query) });
      return out;
    })()`;
    const results = (await tab.evaluate(script)) as { query: { q: string }; model: string[]; pages: string[] }[];
    await context.close();
    expect(results).toHaveLength(queries.length);
    for (const r of results) expect(r.model, r.query.q).toEqual(r.pages);
    // The queries are not empty ones: most find pages, and some find few.
    expect(results.filter((r) => r.pages.length > 0).length).toBeGreaterThan(queries.length - 3);
    expect(results.some((r) => r.pages.length > 0 && r.pages.length < 20)).toBe(true);
  });
});
