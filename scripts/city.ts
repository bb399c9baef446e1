/**
 * `npm run city -- --registry <file> [--out dist-city] [--strict] [--as-of YYYY-MM-DD] [--cache dir]
 * [--base /path/] [--site https://…] [--timeout s] [--retries n] [--concurrency n] [--timings]`:
 * the city section (docs/OUTPUTS.md). Reads the registry, fetches each unit's published files into the
 * snapshot cache and validates them, builds the city model, renders the pages (a separate Astro build
 * target, astro.city.config.mjs) into a staging folder, indexes every unit's petitions, documents and
 * meetings for search, and only then replaces the output folder.
 *
 * A unit that is unreachable or publishes invalid data does not stop the build: it is shown with its
 * reason and the day of its last good snapshot, which is used meanwhile. With --strict, any such unit
 * fails the build (exit 1, naming each) and the output folder stays as it was. A wrong registry exits 2.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../src/i18n/index.ts';
import { formatReport } from '../src/lib/ingest/content/errors.ts';
import { loadRegistry } from '../src/lib/ingest/city/registry.ts';
import { fetchUnits } from '../src/lib/ingest/city/fetch.ts';
import { SnapshotCache } from '../src/lib/ingest/city/snapshot.ts';
import { buildCity, needsAttention, type City } from '../src/lib/domain/city/model.ts';
import { cityUrls } from '../src/lib/present/city/urls.ts';
import { citySearchRecords } from '../src/lib/present/city/search.ts';
import { indexRecords } from '../src/lib/present/search/index-records.ts';
import { formatDecreeDate } from '../src/lib/base/text/date-line.ts';
import { options, resolveAsOf } from './cli.ts';

/**
 * The pages step runs in a child process of its own (like the unit build's): Astro's memory is given back
 * when it exits, before Pagefind indexes tens of thousands of records beside the city model in this one.
 * The child reads the model this process wrote (DTDN_CITY_MODEL) and builds into its staging folder.
 */
if (process.env.DTDN_CITY_MODEL) {
  const { build } = await import('astro');
  const { rememberCity } = await import('../src/city/data/city.ts');
  const { city, base, site, staging } = JSON.parse(await readFile(process.env.DTDN_CITY_MODEL, 'utf8')) as {
    city: City;
    base: string;
    site: string;
    staging: string;
  };
  rememberCity({ city, urls: cityUrls(base), origin: site });
  const projectRoot = path.resolve(import.meta.dirname, '..');
  try {
    await build({
      // The city target's own root (src/city), so its generated .astro/ files stay apart from the unit site's.
      root: path.join(projectRoot, 'src/city'),
      configFile: '../../astro.city.config.mjs',
      outDir: staging,
      base,
      site,
      logLevel: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn',
    });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  process.exit(0);
}

const USAGE = t('city.cli.usage');
const args = options(
  {
    registry: { type: 'string' },
    out: { type: 'string' },
    strict: { type: 'boolean' },
    'as-of': { type: 'string' },
    cache: { type: 'string' },
    base: { type: 'string' },
    site: { type: 'string' },
    timeout: { type: 'string' },
    retries: { type: 'string' },
    concurrency: { type: 'string' },
    timings: { type: 'boolean' },
  },
  USAGE,
);

function count(option: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) {
    console.error(`${t('city.cli.badNumber', { option, found: value })}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

if (!args.registry) {
  console.error(`${t('city.cli.registryRequired')}\n${USAGE}`);
  process.exit(2);
}
const asOf = resolveAsOf();
const outDir = path.resolve(args.out ?? 'dist-city');
const cacheDir = path.resolve(args.cache ?? path.join(path.dirname(outDir), '.city-cache'));
const base = (args.base ?? '/doi-thoai-doanh-nghiep/').replace(/\/?$/, '/');
if (!base.startsWith('/')) {
  console.error(`${t('city.cli.badBase', { found: base })}\n${USAGE}`);
  process.exit(2);
}
const timeoutMs = count('timeout', args.timeout, 10, 0.1) * 1000;
const retries = Math.floor(count('retries', args.retries, 2, 0));
const concurrency = Math.floor(count('concurrency', args.concurrency, 8, 1));
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const timings: [string, number][] = [];
const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
  const started = performance.now();
  const result = await work();
  timings.push([name, performance.now() - started]);
  return result;
};

// 1. The registry.
const loaded = await loadRegistry(path.resolve(args.registry));
if (!loaded.ok) {
  console.error(formatReport(loaded.problems));
  console.error(t('city.cli.failed', { dir: path.relative(process.cwd(), outDir) || '.' }));
  process.exit(2);
}
const { registry } = loaded;
const site = args.site ?? registry.portalUrl ?? 'https://example.gov.vn';
if (!URL.canParse(site) || !/^https?:/.test(site)) {
  console.error(`${t('city.cli.badSite', { found: site })}\n${USAGE}`);
  process.exit(2);
}

// 2. Every unit's files, into the snapshot cache, validated.
const started = performance.now();
let validateMs = 0;
let bytes = 0;
const fetched = await timed('city-fetch', () =>
  fetchUnits(registry.units, {
    cache: new SnapshotCache(cacheDir),
    timeoutMs,
    retries,
    concurrency,
    onUnit: (_unit, result) => {
      validateMs += result.validateMs;
      bytes += result.bytes;
    },
  }),
);
timings.push(['city-validate', validateMs]);

const bad = registry.units.filter((u) => needsAttention({ entry: u, state: fetched.get(u.id)!.state }));
if (bad.length > 0) {
  console.error(t(args.strict ? 'city.cli.badUnitsStrict' : 'city.cli.badUnits', { count: bad.length }));
  for (const unit of bad) {
    const result = fetched.get(unit.id)!;
    const fallback = result.data.value
      ? t('city.cli.usingSnapshot', { day: formatDecreeDate(result.data.fetchedAt!.slice(0, 10)) })
      : t('city.cli.noSnapshot');
    console.error(`  ✗ ${unit.id} (${unit.name}): ${t(`city.state.${result.state}`)}. ${result.reasons.join('; ')}. ${fallback}`);
  }
  if (args.strict) {
    console.error(t('city.cli.failed', { dir: path.relative(process.cwd(), outDir) || '.' }));
    process.exit(1);
  }
}

// 3. The city model.
const city = await timed('city-aggregate', () => buildCity(registry, fetched, asOf));

// 4. The pages, in a staging folder beside the output.
const staging = path.join(path.dirname(outDir), `.dist-city-${process.pid}`);
async function fail(error: unknown): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  console.error((error as Error).message);
  console.error(t('city.cli.failed', { dir: path.relative(process.cwd(), outDir) || '.' }));
  process.exit(1);
}
const modelFile = `${staging}.model.json`;
await writeFile(modelFile, JSON.stringify({ city, base, site, staging }));
const pages = await timed('city-pages', () =>
  spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, DTDN_CITY_MODEL: modelFile },
  }),
);
await rm(modelFile, { force: true });
if (pages.status !== 0) await fail(new Error(t('city.cli.pagesFailed')));

// 5. One search index over every unit's published data.
let records = 0;
try {
  records = await timed('city-search-index', () => indexRecords(citySearchRecords(city), staging));
} catch (error) {
  await fail(error);
}

// 6. Swap: the old section is moved aside only once the new one is complete.
const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );
const previous = `${staging}-old`;
if (await exists(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
const totalMs = performance.now() - started;

const petitions = city.units.reduce((n, u) => n + (u.data?.petitions.length ?? 0), 0);
console.log(
  t('city.cli.done', {
    dir: path.relative(process.cwd(), outDir) || '.',
    units: registry.units.length,
    ok: registry.units.length - bad.length,
    bad: bad.length,
    petitions,
    records,
    day: asOf,
  }),
);
if (args.timings) {
  for (const [name, ms] of timings) console.log(`${name}: ${(ms / 1000).toFixed(2)} s`);
  console.log(`city-fetched-bytes: ${(bytes / 2 ** 20).toFixed(1)} MB`);
  console.log(`city-search-records: ${records}`);
  console.log(`city-build-inner: ${(totalMs / 1000).toFixed(2)} s`);
}
