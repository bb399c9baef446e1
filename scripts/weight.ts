/**
 * `npm run weight [-- --dir dist]`: what a reader downloads. For one page of every kind, the HTML and
 * the CSS and scripts it links, gzip-compressed as a web server sends them; then, in Chromium, the search
 * page's first query ("dat dai"): every file fetched, Pagefind's own files counted as stored (already
 * compressed). Prints figures; the targets are printed beside them, not asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { t } from '../src/i18n/index.ts';
import { serveStatic } from '../tools/static-server.ts';
import { launchBrowser } from '../tools/browser.ts';
import { options } from './cli.ts';
import { BASE, pageKinds } from '../tools/page-kinds.ts';

const args = options({ dir: { type: 'string' } }, t('cli.usage.weight'));
const siteDir = path.resolve(args.dir ?? 'dist');
if (!existsSync(path.join(siteDir, 'index.html'))) {
  console.error(t('public.weightNoSite', { dir: path.relative(process.cwd(), siteDir) || '.' }));
  process.exit(2);
}

const MEETING_TARGET = 25_000;
const SEARCH_TARGET = 150_000;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1).replace('.', ',')} KB`;
const gzip = (bytes: Buffer) => gzipSync(bytes).length;
// Pagefind's index, fragments and WebAssembly are stored gzip-compressed: served as they are.
const isPrecompressed = (p: string) => /\/pagefind\/.*\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(p);

function fileOf(pathname: string): string {
  const file = path.join(siteDir, decodeURIComponent(pathname.slice(BASE.length)));
  return file.endsWith('/') || !path.extname(file) ? path.join(file, 'index.html') : file;
}

interface Row {
  kind: string;
  html: number;
  css: number;
  js: number;
}

const rows: Row[] = [];
for (const [kind, route] of Object.entries(pageKinds(siteDir))) {
  if (route === undefined) continue;
  const file = fileOf(BASE + route.replace(/\?.*$/, ''));
  const html = readFileSync(file);
  const document = parse(html.toString('utf8'));
  const linked = (selector: string, attribute: string) =>
    document
      .querySelectorAll(selector)
      .reduce((sum, e) => sum + gzip(readFileSync(fileOf(new URL(e.getAttribute(attribute)!, `http://x${BASE}`).pathname))), 0);
  rows.push({ kind, html: gzip(html), css: linked('link[rel="stylesheet"]', 'href'), js: linked('script[src]', 'src') });
}

console.log(t('public.weightHeading'));
const width = Math.max(...rows.map((r) => r.kind.length));
for (const r of rows) {
  console.log(
    `  ${r.kind.padEnd(width)}  HTML ${kb(r.html).padStart(9)}  CSS ${kb(r.css).padStart(8)}  JS ${kb(r.js).padStart(8)}  = ${kb(r.html + r.css + r.js).padStart(9)}`,
  );
}
const meeting = rows.find((r) => r.kind === 'meeting')!;
console.log(
  t('public.weightMeeting', {
    size: kb(meeting.html + meeting.css + meeting.js),
    target: kb(MEETING_TARGET),
    scripts: meeting.js === 0 ? t('public.weightNoScript') : kb(meeting.js),
  }),
);

// The first query, as a browser makes it.
const site = await serveStatic(siteDir, BASE);
const browser = await launchBrowser();
try {
  const tab = await browser.newPage();
  const fetched = new Map<string, number>();
  tab.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith(BASE) || response.status() !== 200) return;
    const body = await response.body().catch(() => undefined);
    if (body) fetched.set(url.pathname, isPrecompressed(url.pathname) ? body.length : gzip(body));
  });
  await tab.goto(`${site.url}tim-kiem/`, { waitUntil: 'networkidle' });
  const pageLoad = [...fetched.values()].reduce((a, b) => a + b, 0);
  const before = new Set(fetched.keys());
  await tab.fill('#q', 'dat dai');
  await tab.click('form[role="search"] button[type="submit"]');
  await tab.waitForSelector('.search-results li');
  await tab.waitForLoadState('networkidle');
  const query = [...fetched].filter(([p]) => !before.has(p));
  const querySize = query.reduce((sum, [, size]) => sum + size, 0);
  console.log(t('public.weightSearch', { page: kb(pageLoad), query: kb(querySize), files: query.length, target: kb(SEARCH_TARGET) }));
  for (const [p, size] of query.sort((a, b) => b[1] - a[1])) console.log(`    ${kb(size).padStart(9)}  ${p.slice(BASE.length)}`);
} finally {
  await browser.close();
  await site.close();
}
