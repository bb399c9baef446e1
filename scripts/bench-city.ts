/**
 * `npm run bench:city -- --units N [--petitions P] [--seed S] [--as-of YYYY-MM-DD] [--work DIR]`: the city
 * build at scale. Generates N units of P petitions each (`npm run gen -- --units`), serves each on its own
 * 127.0.0.1 port and publishes there what its build publishes for the city (du-lieu.json, kiem-tra.json,
 * schemas: byte for byte the build's, so 150 units take minutes, not an hour; --full-builds builds the
 * whole sites with the real build), writes a registry of them,
 * then runs `npm run city` as its own process and measures it: each phase (fetch, validate, aggregate,
 * pages, search index), the process tree's peak memory, and in Chromium the bytes of a first city search
 * ("dat dai"). Prints `name: value` lines, ending with `city-build`, `city-peak-memory`,
 * `city-first-search`. With --work, the generated and built units are kept there and reused by the next
 * run with the same options (the unit builds are preparation, not the figure).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { t } from '../src/i18n/index.ts';
import { run } from '../tools/bench/measure.ts';
import { launchBrowser } from '../tools/browser.ts';
import { buildSite } from '../tools/build-site.ts';
import { generateRoots, type GeneratedRoot } from '../tools/gen/write.ts';
import { publishData } from '../tools/publish-data.ts';
import { serveStatic, type StaticSite } from '../tools/static-server.ts';
import { options } from './cli.ts';

const USAGE = t('city.bench.usage');
const args = options(
  {
    units: { type: 'string' },
    petitions: { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    work: { type: 'string' },
    'full-builds': { type: 'boolean' },
  },
  USAGE,
);
const units = Number(args.units ?? 150);
const petitions = Number(args.petitions ?? 200);
if (!Number.isInteger(units) || units < 1 || !Number.isInteger(petitions) || petitions < 1) {
  console.error(USAGE);
  process.exit(2);
}
const asOf = args['as-of'] ?? '2026-12-04';
const seed = args.seed ?? 'bench-city';
const BASE = '/doi-thoai-doanh-nghiep/';
const projectRoot = path.resolve(import.meta.dirname, '..');
const work = path.resolve(args.work ?? mkdtempSync(path.join(tmpdir(), 'dtdn-bench-city-')));
mkdirSync(work, { recursive: true });

const line = (name: string, value: string) => console.log(`${name}: ${value}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

line('machine', `${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, ${megabytes(totalmem())} RAM, Node ${process.versions.node}`);
line('units', String(units));
line('petitions', `${units * petitions} (${petitions} per unit)`);

// 1. The units' content, generated once per set of options.
const stamp = JSON.stringify({ units, petitions, seed, asOf, full: Boolean(args['full-builds']) });
const stampFile = path.join(work, 'bench-city.json');
const reuse = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
let roots: GeneratedRoot[];
const genStarted = performance.now();
if (reuse) {
  roots = JSON.parse(readFileSync(path.join(work, 'roots.json'), 'utf8')) as GeneratedRoot[];
  line('generate', 'reused');
} else {
  rmSync(path.join(work, 'dist'), { recursive: true, force: true });
  roots = generateRoots({ out: path.join(work, 'content'), petitions, units, seed });
  writeFileSync(path.join(work, 'roots.json'), JSON.stringify(roots));
  line('generate', seconds(performance.now() - genStarted));
}

// 2. Each unit served on its own port (ports kept from a previous run when reused), then built.
const portsFile = path.join(work, 'ports.json');
const ports: Record<string, number> =
  reuse && existsSync(portsFile) ? (JSON.parse(readFileSync(portsFile, 'utf8')) as Record<string, number>) : {};
const servers: StaticSite[] = [];
for (const root of roots) {
  const site = await serveStatic(path.join(work, 'dist', root.slug), BASE, ports[root.slug] ? { port: ports[root.slug] } : {});
  ports[root.slug] = Number(new URL(site.url).port);
  servers.push(site);
}
writeFileSync(portsFile, JSON.stringify(ports));
const buildStarted = performance.now();
let built = 0;
for (const [i, root] of roots.entries()) {
  const dist = path.join(work, 'dist', root.slug);
  if (reuse && existsSync(path.join(dist, 'du-lieu.json'))) continue;
  const origin = new URL(servers[i]!.url).origin;
  if (args['full-builds']) {
    const result = await buildSite({ contentDir: root.root, outDir: dist, asOf, env: { SITE: origin } });
    if (result.status !== 0) {
      console.error(`${root.slug}: ${result.stderr.slice(-2000)}`);
      process.exit(1);
    }
  } else {
    await publishData(root.root, dist, { asOf, base: BASE, origin });
  }
  built++;
  if (built % 25 === 0) console.error(t('city.bench.progress', { count: built, time: seconds(performance.now() - buildStarted) }));
}
const how = args['full-builds']
  ? 'full builds, one after another'
  : "their data files only, byte for byte the build's (tools/publish-data.ts; --full-builds for whole sites)";
line(
  'unit-preparation',
  built ? `${seconds(performance.now() - buildStarted)} (${built} units, ${how}; not part of the city figure)` : 'reused',
);

// 3. The registry.
const registry = path.join(work, 'don-vi.yaml');
writeFileSync(
  registry,
  `city: ${t('city.bench.city')}\ncompiledBy: ${t('city.bench.compiledBy')}\nunits:\n${roots
    .map((root, i) => {
      const data = JSON.parse(readFileSync(path.join(work, 'dist', root.slug, 'du-lieu.json'), 'utf8')) as {
        unit: { name: string; kind: string };
      };
      return `  - id: ${root.slug}\n    name: "${data.unit.name}"\n    kind: ${data.unit.kind}\n    url: ${servers[i]!.url}\n`;
    })
    .join('')}`,
);

// 4. The city build, measured as its own process tree; the snapshot cache starts empty (a first build).
const out = path.join(work, 'dist-city');
const cache = path.join(work, 'city-cache');
rmSync(cache, { recursive: true, force: true });
rmSync(path.join(projectRoot, 'node_modules/.astro-city'), { recursive: true, force: true });
const city = await run(
  process.execPath,
  [path.join(projectRoot, 'scripts/city.ts'), '--registry', registry, '--out', out, '--cache', cache, '--as-of', asOf, '--timings'],
  { cwd: projectRoot, env: { ASTRO_TELEMETRY_DISABLED: '1' } },
);
if (city.code !== 0) {
  console.error(city.stderr.slice(-4000));
  process.exit(1);
}
const timings = new Map(
  city.stdout
    .split('\n')
    .map((l) => /^(city-[\w-]+): (.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!]),
);
for (const key of [
  'city-fetch',
  'city-validate',
  'city-aggregate',
  'city-pages',
  'city-search-index',
  'city-fetched-bytes',
  'city-search-records',
])
  line(
    key,
    `${timings.get(key) ?? '?'}${key === 'city-fetch' ? ' (includes validation)' : key === 'city-validate' ? ' (summed over units)' : ''}`,
  );

// 5. A first city search, as a browser makes it.
const isPrecompressed = (p: string) => /\/pagefind\/.*\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/.test(p);
const citySite = await serveStatic(out, BASE);
const browser = await launchBrowser();
let searchBytes!: number;
let searchFiles!: number;
let results!: string;
try {
  const tab = await browser.newPage();
  const fetched = new Map<string, number>();
  tab.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.href.startsWith(citySite.url) || response.status() !== 200) return;
    const body = await response.body().catch(() => undefined);
    if (body) fetched.set(url.pathname, isPrecompressed(url.pathname) ? body.length : gzipSync(body).length);
  });
  await tab.goto(`${citySite.url}tim-kiem/`, { waitUntil: 'networkidle' });
  const before = new Set(fetched.keys());
  await tab.fill('#q', 'dat dai');
  await tab.click('form[role="search"] button[type="submit"]');
  await tab.waitForSelector('.search-results li');
  await tab.waitForLoadState('networkidle');
  results = (await tab.textContent('[data-search-status]')) ?? '';
  const query = [...fetched].filter(([p]) => !before.has(p));
  searchBytes = query.reduce((sum, [, size]) => sum + size, 0);
  searchFiles = query.length;
} finally {
  await browser.close();
  await citySite.close();
  for (const s of servers) await s.close();
}

line('city-search-result', results.trim());
line('city-search-files', String(searchFiles));
line('city-build', `${(city.wallMs / 1000).toFixed(1)} s`);
line('city-peak-memory', `${Math.round(city.peakRssBytes / 2 ** 20)} MB`);
line('city-first-search', `${(searchBytes / 1000).toFixed(1)} KB`);
if (!args.work) rmSync(work, { recursive: true, force: true });
