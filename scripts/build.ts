/**
 * `npm run build`: validates the content root, builds the site into a fresh temporary folder, and only
 * when everything succeeded replaces `dist/` with it. A failed build leaves the last good site untouched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../src/i18n/index.ts';
import { loadOrExit, options, resolveAsOf } from './cli.ts';
import { settings } from '../src/settings.ts';
import { openIndex } from '../src/lib/present/search/index-records.ts';
import type { SearchRecord } from '../src/lib/present/search/records.ts';
import { onlineChannelWarnings, productionProblems } from '../src/lib/ingest/root/production.ts';

/** Records per message from the child. */
const BATCH = 64;

const USAGE = t('cli.usage.build');
const args = options({ 'as-of': { type: 'string' }, 'out-dir': { type: 'string' }, production: { type: 'boolean' } }, USAGE);
// The CMS integration leaves /admin/ out of a production build with no backend configured.
if (args.production) process.env.DTDN_PRODUCTION = '1';
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
 * Two processes, so that Astro's memory is freed before the search index is written: a child validates
 * and runs the Astro build into the staging folder, and exits; this process indexes for search meanwhile
 * and writes the index once the child is gone, then swaps the folders (a failure anywhere leaves the last
 * good site). For 10,000 petitions Astro and Pagefind's writing each take over a gigabyte.
 *
 * The search records are made from the validated model (src/lib/present/pages/search-records.ts), not
 * from the built pages, so they are known before Astro renders anything: the child sends them here a
 * batch at a time, between Astro's pages, and Pagefind (a process of its own) takes them in on the other
 * core while Astro renders on the first.
 */
type Message = { records: SearchRecord[] } | { done: true };

if (process.env.DTDN_BUILD_STAGING) {
  const [{ build }, { rememberContent }, { viewOf }, { siteSearchRecords }] = await Promise.all([
    import('astro'),
    import('../src/data/content-cache.ts'),
    import('../src/data/views.ts'),
    import('../src/lib/present/pages/search-records.ts'),
  ]);
  // Content refused: exit 2, bad input (OUTPUTS.md), after the editors' report naming file and line.
  const content = await loadOrExit(2);
  for (const warning of onlineChannelWarnings(content.entries)) console.warn(warning);
  if (args.production) {
    const refused = productionProblems(settings().site, Boolean(process.env.SITE), content.entries);
    if (refused.length > 0) {
      console.error([t('build.production.refused'), ...refused, t('build.production.hint')].join('\n'));
      process.exit(2);
    }
  }
  // The Astro build runs in this process: hand it the content already read and validated, and the view
  // made from it (shared with the pages through src/data/views.ts).
  rememberContent(content);
  const send = (message: Message) =>
    new Promise<void>((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));
  const sending = (async () => {
    let batch: SearchRecord[] = [];
    for (const record of siteSearchRecords(await viewOf(settings().contentRoot))) {
      batch.push(record);
      if (batch.length === BATCH) {
        await send({ records: batch });
        batch = [];
      }
    }
    await send({ records: batch });
    await send({ done: true });
  })();
  try {
    await Promise.all([sending, build({ root: projectRoot, outDir: staging, logLevel: settings().logLevel })]);
  } catch (error) {
    await fail(error);
  }
  process.exit(0);
}

/** The records the child sends, as they come, until it says it is done (or exits). */
async function* recordsFrom(child: ChildProcess): AsyncGenerator<SearchRecord> {
  const queue: SearchRecord[][] = [];
  let done = false;
  let wake: (() => void) | undefined;
  child.on('message', (message: Message) => {
    if ('done' in message) done = true;
    else queue.push(message.records);
    wake?.();
  });
  child.on('exit', () => {
    done = true;
    wake?.();
  });
  for (;;) {
    const batch = queue.shift();
    if (batch) yield* batch;
    else if (done) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, DTDN_BUILD_STAGING: staging },
});
const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
const index = await openIndex(recordsFrom(child));
const status = await exited;
if (status !== 0) {
  await index.close();
  await rm(staging, { recursive: true, force: true });
  process.exit(status);
}

try {
  // The search index is part of the site: a failure to index fails the build like any other.
  await index.write(staging);
} catch (error) {
  await fail(error);
}

// Swap: the old site is moved aside only once the new one is complete, then removed.
const previous = `${staging}-old`;
if (await exists(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(t('build.done', { dir: path.relative(process.cwd(), outDir) || '.', day: process.env.AS_OF! }));
