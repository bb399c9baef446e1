/**
 * `npm run bench:sanitize -- --root DIR [--runs 3]`: what sanitising editors' Markdown costs on a content
 * root (make a big one with `npm run gen -- --petitions 10000 --out DIR`). Every Markdown body and
 * Markdown field is rendered with Astro 7's Markdown engine (satteri, as the content loader does),
 * then sanitised three ways: as the loader does (parse only when the source can hold HTML or a link),
 * always (the worst case, every render parsed and cleaned), and not at all. Prints the figures; the
 * best of `--runs` runs is kept for each.
 */
import { markdownToHtml } from 'satteri';
import { loadContentRoot } from '../src/lib/ingest/root/load.ts';
import { needsCleaning, sanitizeHtml, sanitizeRendered } from '../src/lib/ingest/markdown/sanitize.ts';
import { collectionSpec } from '../src/lib/ingest/schema/collections.ts';
import type { AnyField } from '../src/lib/ingest/schema/fields.ts';
import { options } from './cli.ts';
import { t } from '../src/i18n/index.ts';

const USAGE = t('cli.usage.benchSanitize');
const args = options({ root: { type: 'string' }, runs: { type: 'string' } }, USAGE);
if (!args.root) {
  console.error(USAGE);
  process.exit(2);
}
const runs = Number(args.runs ?? 3);

function markdownOf(fields: readonly AnyField[], data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const out: string[] = [];
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.key];
    if (field.kind === 'markdown' && typeof value === 'string') out.push(value);
    if (field.kind === 'object') out.push(...markdownOf(field.fields, value));
  }
  return out;
}

const content = await loadContentRoot(args.root);
if (!content.ok) {
  console.error(t('bench.sanitize.contentErrors'));
  process.exit(1);
}
const sources: string[] = [];
for (const entry of content.entries) {
  if (entry.body !== undefined) sources.push(entry.body);
  sources.push(...markdownOf(collectionSpec(entry.collection).fields, entry.data));
}
const features = { gfm: true, smartPunctuation: true };

async function timed(fn: () => Promise<void> | void): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const rendered: string[] = [];
const renderMs = await timed(async () => {
  rendered.length = 0;
  for (const source of sources) rendered.push((await markdownToHtml(source, { features })).html);
});
const parsed = sources.filter(needsCleaning).length;
const loaderMs = await timed(() => {
  for (let i = 0; i < sources.length; i++) sanitizeRendered(sources[i]!, rendered[i]!);
});
const alwaysMs = await timed(() => {
  for (const html of rendered) sanitizeHtml(html);
});
const bytes = rendered.reduce((sum, html) => sum + html.length, 0);

const ms = (value: number) => `${value.toFixed(0)} ms`;
const pct = (value: number) => `${((value / renderMs) * 100).toFixed(1)} %`;
console.log(t('bench.sanitize.root', { root: content.root }));
console.log(t('bench.sanitize.sources', { count: sources.length, mb: (bytes / 1e6).toFixed(1) }));
console.log(t('bench.sanitize.render', { ms: ms(renderMs) }));
console.log(t('bench.sanitize.loader', { parsed, skipped: sources.length - parsed, ms: ms(loaderMs), pct: pct(loaderMs) }));
console.log(t('bench.sanitize.always', { ms: ms(alwaysMs), pct: pct(alwaysMs), each: (alwaysMs / sources.length).toFixed(3) }));
