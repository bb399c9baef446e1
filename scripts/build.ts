/**
 * `npm run build`: validates the content root, builds the site into a fresh temporary folder, and only
 * when everything succeeded replaces `dist/` with it. A failed build leaves the last good site untouched.
 */
import { spawnSync } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../src/i18n/index.ts';
import { loadOrExit, options, resolveAsOf } from './cli.ts';
import { settings } from '../src/settings.ts';
import { indexSite } from '../src/lib/present/search/index-site.ts';

const USAGE = t('cli.usage.build');
const args = options({ 'as-of': { type: 'string' }, 'out-dir': { type: 'string' } }, USAGE);
process.env.AS_OF = resolveAsOf();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const projectRoot = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(args['out-dir'] ?? path.join(projectRoot, 'dist'));
// The child step (below) is handed the parent's staging folder.
const staging = process.env.DTDN_BUILD_STAGING ?? path.join(path.dirname(outDir), `.dist-${process.pid}`);

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** A step failed: drop the staging folder, say why and that the last good site stays, exit 1. */
async function fail(error: unknown): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  console.error((error as Error).message);
  console.error(t('build.failed'));
  process.exit(1);
}

/**
 * Two processes, so that peak memory stays that of the larger step, not of both: a child validates
 * and runs the Astro build into the staging folder, and exits, freeing what Astro held; then this
 * process indexes the pages for search (with Pagefind's own process beside it). For 10,000 petitions
 * each step takes over a gigabyte; together they would pass two.
 */
if (process.env.DTDN_BUILD_STAGING) {
  const [{ build }, { rememberContent }] = await Promise.all([import('astro'), import('../src/data/content-cache.ts')]);
  // Content refused: exit 2, bad input (OUTPUTS.md), after the editors' report naming file and line.
  const content = await loadOrExit(2);
  // The Astro build runs in this process: hand it the content already read and validated.
  rememberContent(content);
  try {
    await build({ root: projectRoot, outDir: staging, logLevel: settings().logLevel });
  } catch (error) {
    await fail(error);
  }
  process.exit(0);
}

const site = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
  stdio: 'inherit',
  env: { ...process.env, DTDN_BUILD_STAGING: staging },
});
if (site.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  process.exit(site.status ?? 1);
}

try {
  // The search index is part of the site: a failure to index fails the build like any other.
  await indexSite(staging);
} catch (error) {
  await fail(error);
}

// Swap: the old site is moved aside only once the new one is complete, then removed.
const previous = `${staging}-old`;
if (await exists(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(t('build.done', { dir: path.relative(process.cwd(), outDir) || '.', day: process.env.AS_OF! }));
