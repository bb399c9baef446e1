/**
 * Single phases of the pipeline, each run by `npm run bench` in a child process of its own so that its
 * time and memory are measured alone:
 *   node tools/bench/phases.ts validate <content-root>       read and validate (src/lib/ingest)
 *   node tools/bench/phases.ts audit <content-root>          the compliance audit (src/lib/domain/audit) of a root
 *                                                     already loaded: its own work, loading excluded
 *   node tools/bench/phases.ts search <content-root> <out>   the build's search indexing, alone: records made from the model
 *                                                     (src/lib/present/pages/search-records.ts) into <out>/pagefind/
 *   node tools/bench/phases.ts search-html <site-dir>        the former indexing, from the built pages (index-site.ts)
 *   node tools/bench/phases.ts pagefind <site-dir>           Pagefind's own indexing of every HTML page (the
 *                                                     bare baseline's search, and the project's while it
 *                                                     has no search-index script)
 * Each prints one JSON line: { "ms": … } with the time spent inside the process, start-up excluded.
 */
import { t } from '../../src/i18n/index.ts';
import { auditSite } from '../../src/lib/domain/audit/index.ts';
import { loadContentRoot } from '../../src/lib/ingest/root/load.ts';
import { buildSite } from '../../src/lib/domain/model/site.ts';

const [phase, target] = process.argv.slice(2);
if (!phase || !target) {
  console.error(t('bench.phases.usage'));
  process.exit(2);
}

const started = performance.now();
if (phase === 'validate') {
  const content = await loadContentRoot(target);
  if (!content.ok) {
    console.error(t('bench.phases.contentErrors', { count: content.problems.length }));
    process.exit(1);
  }
  console.log(JSON.stringify({ ms: performance.now() - started, entries: content.entries.length }));
} else if (phase === 'audit') {
  const content = await loadContentRoot(target);
  if (!content.ok) process.exit(1);
  const auditStarted = performance.now();
  const result = auditSite(buildSite(content.entries), process.env.AS_OF ?? '2026-11-29');
  console.log(JSON.stringify({ ms: performance.now() - auditStarted, meetings: result.meetings.length }));
} else if (phase === 'search') {
  const out = process.argv[4];
  if (!out) {
    console.error(t('bench.phases.usage'));
    process.exit(2);
  }
  const content = await loadContentRoot(target);
  if (!content.ok) process.exit(1);
  const [{ markdownRenderer }, { buildRenderedSite }, { siteView }, { siteSearchRecords }, { indexRecords }, { parseSettings }] =
    await Promise.all([
      import('../../src/lib/ingest/markdown/render.ts'),
      import('../../src/lib/domain/model/load.ts'),
      import('../../src/lib/present/view/site-view.ts'),
      import('../../src/lib/present/pages/search-records.ts'),
      import('../../src/lib/present/search/index-records.ts'),
      import('../../src/settings.ts'),
    ]);
  const { settings } = parseSettings({ ...process.env, CONTENT_DIR: target });
  const view = siteView(await buildRenderedSite(content.entries, await markdownRenderer()), {
    asOf: settings?.asOf ?? '2026-11-29',
    base: settings?.base ?? '/',
    origin: settings?.site ?? 'http://localhost/',
  });
  // Loading and the model are the build's anyway: only the records and Pagefind are timed.
  const indexing = performance.now();
  const pages = await indexRecords(siteSearchRecords(view), out);
  console.log(JSON.stringify({ ms: performance.now() - indexing, pages }));
} else if (phase === 'search-html') {
  const { indexSite } = await import('../../src/lib/present/search/index-site.ts');
  const pages = await indexSite(target);
  console.log(JSON.stringify({ ms: performance.now() - started, pages }));
} else if (phase === 'pagefind') {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: target });
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: `${target}/pagefind` });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  await pagefind.close();
  console.log(JSON.stringify({ ms: performance.now() - started, pages: added.page_count }));
} else {
  console.error(t('bench.phases.noStep', { phase }));
  process.exit(2);
}
