/**
 * Single phases of the pipeline, each run by `npm run bench` in a child process of its own so that its
 * time and memory are measured alone:
 *   node tools/bench/phases.ts validate <content-root>       read and validate (src/lib/ingest)
 *   node tools/bench/phases.ts audit <content-root>          the compliance audit (src/lib/domain/audit) of a root
 *                                                     already loaded: its own work, loading excluded
 *   node tools/bench/phases.ts search <site-dir>             the project's search indexing (src/lib/present/search/index-site.ts)
 *   node tools/bench/phases.ts pagefind <site-dir>           Pagefind's own indexing of every HTML page (the
 *                                                     bare baseline's search, and the project's while it
 *                                                     has no search-index script)
 * Each prints one JSON line: { "ms": … } with the time spent inside the process, start-up excluded.
 */
import { existsSync } from 'node:fs';
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
} else if (phase === 'search' && existsSync(new URL('../../src/lib/present/search/index-site.ts', import.meta.url))) {
  const { indexSite } = await import('../../src/lib/present/search/index-site.ts');
  const pages = await indexSite(target);
  console.log(JSON.stringify({ ms: performance.now() - started, pages }));
} else if (phase === 'search' || phase === 'pagefind') {
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
