/**
 * `npm run bench:audit -- [--petitions N] [--runs R] [--content DIR] [--as-of YYYY-MM-DD]`: audits a
 * generated content root of N petitions (default 10,000, written to a temporary folder by src/lib/gen)
 * or an existing one (`--content`), and prints how long each step took. Figures, not assertions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { t } from '../src/i18n/index.ts';
import { auditSite, siteCalendar } from '../src/lib/domain/audit/index.ts';
import { formatReport } from '../src/lib/ingest/content/errors.ts';
import { loadContentRoot } from '../src/lib/ingest/root/load.ts';
import { generateRoots } from '../tools/gen/index.ts';
import { buildSite } from '../src/lib/domain/model/site.ts';
import { options } from './cli.ts';

const args = options(
  { petitions: { type: 'string' }, runs: { type: 'string' }, content: { type: 'string' }, 'as-of': { type: 'string' } },
  t('bench.usage'),
);
const petitions = Number(args.petitions ?? 10_000);
const runs = Number(args.runs ?? 5);
if (!Number.isInteger(petitions) || petitions < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error(t('bench.usage'));
  process.exit(2);
}
const asOf = args['as-of'] ?? '2026-12-31';
const ms = (from: number) => (performance.now() - from).toFixed(0);

let temp: string | undefined;
let root = args.content ? path.resolve(args.content) : '';
if (!root) {
  temp = await mkdtemp(path.join(tmpdir(), 'dtdn-bench-'));
  root = path.join(temp, 'content');
  const started = performance.now();
  generateRoots({ out: root, petitions, seed: 1 });
  console.log(t('bench.generated', { petitions, ms: ms(started) }));
}

try {
  let started = performance.now();
  const content = await loadContentRoot(root);
  if (!content.ok) {
    console.error(formatReport(content.problems));
    process.exit(2);
  }
  console.log(t('bench.loaded', { files: content.entries.length, ms: ms(started) }));
  started = performance.now();
  const site = buildSite(content.entries);
  console.log(t('bench.model', { meetings: site.meetings.length, petitions: site.petitions.length, ms: ms(started) }));

  const times: number[] = [];
  let result = auditSite(site, asOf, siteCalendar(site));
  for (let run = 0; run < runs; run++) {
    started = performance.now();
    // A fresh calendar each run: building the year tables is part of the audit's cost.
    result = auditSite(site, asOf, siteCalendar(site));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const deadlines = result.meetings.reduce((sum, m) => sum + m.deadlines.length, 0);
  console.log(
    t('bench.audit', {
      petitions: site.petitions.length,
      meetings: result.meetings.length,
      deadlines,
      findings: result.summary.errors + result.summary.warnings,
      runs,
      median: times[Math.floor(times.length / 2)]!.toFixed(1),
      min: times[0]!.toFixed(1),
      max: times[times.length - 1]!.toFixed(1),
    }),
  );
  const byRule = new Map<string, number>();
  for (const f of [...result.findings, ...result.meetings.flatMap((m) => m.findings)]) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(
    t('bench.byRule', {
      rules: [...byRule]
        .sort((a, b) => b[1] - a[1])
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', '),
    }),
  );
} finally {
  if (temp) await rm(temp, { recursive: true, force: true });
}
