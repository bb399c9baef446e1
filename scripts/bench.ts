/**
 * `npm run bench -- --petitions N [--runs R] [--seed S] [--keep]`: generates a content root of N
 * petitions in a temporary folder, then, on this machine and in this one run:
 *   - the project's full pipeline, each phase in a child process of its own: validation, audit (when the
 *     project has one), `npm run build` (validation + every page and feed), search indexing (Pagefind);
 *   - a bare Astro 7 baseline (bench/bare: the same Markdown through Astro's glob loader, a minimal zod
 *     schema, one page per document plus list pages up to the same page count, no project code), built
 *     by the same Astro, then indexed by the same Pagefind;
 * then one petition edited and the site built again (`edit-rebuild`: what an editor waits for),
 * and prints `name: value` lines, the last `ratio-to-bare-astro`. Search indexing is included in both
 * sides of the ratio. Each build is cold (Astro's content cache removed first). With --runs R the pair is
 * built R times, alternating, and the medians are printed after each run's figures.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { run, type Measured } from '../tools/bench/measure.ts';
import { generateRoots } from '../tools/gen/write.ts';
import { options } from './cli.ts';
import { t } from '../src/i18n/index.ts';

const USAGE = t('cli.usage.bench');
const args = options(
  {
    petitions: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    keep: { type: 'boolean' },
  },
  USAGE,
);
const petitions = Number(args.petitions ?? 1000);
const runs = Number(args.runs ?? 1);
if (!Number.isInteger(petitions) || petitions < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error(USAGE);
  process.exit(2);
}
const asOf = args['as-of'] ?? '2026-11-29';

const projectRoot = path.resolve(import.meta.dirname, '..');
const node = process.execPath;
const work = mkdtempSync(path.join(tmpdir(), 'dtdn-bench-'));
const contentRoot = path.join(work, 'content');
const dist = path.join(work, 'dist');
const bare = path.join(work, 'bare');

const line = (name: string, value: string) => console.log(`${name}: ${value}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function check(step: string, measured: Measured): Measured {
  if (measured.code !== 0) {
    console.error(
      t('bench.stepFailed', { step, code: measured.code, output: `${measured.stderr.slice(-4000)}${measured.stdout.slice(-2000)}` }),
    );
    process.exit(1);
  }
  return measured;
}

function innerMs(measured: Measured): number {
  const last = measured.stdout.trim().split('\n').pop() ?? '{}';
  return (JSON.parse(last) as { ms: number }).ms;
}

function countHtml(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes(`${path.sep}pagefind`)) count++;
  }
  return count;
}

function countFiles(dir: string, extension: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(extension)).length : 0;
}

/** The project's audit command (issue 3), when the project has one. */
function hasAudit(): boolean {
  return existsSync(path.join(projectRoot, 'scripts/audit.ts')) && existsSync(path.join(projectRoot, 'src/lib/domain/audit/index.ts'));
}

interface RunFigures {
  validation: number;
  audit?: number;
  auditCommand?: number;
  build: number;
  search: number;
  searchHtml: number;
  full: number;
  peak: number;
  bareBuild: number;
  bareSearch: number;
  bareFull: number;
  barePeak: number;
  pages: number;
  barePages: number;
  /** CPU time (user + system) of the same steps */
  fullCpu: number;
  bareCpu: number;
}

// 1. The corpus.
const genStarted = performance.now();
const [generated] = generateRoots({ out: contentRoot, petitions, seed: args.seed ?? 'bench' });
const genMs = performance.now() - genStarted;
const documents = ['thong-bao', 'noi-dung', 'kien-nghi', 'ket-luan'].reduce((n, f) => n + countFiles(path.join(contentRoot, f), '.md'), 0);
const meetings = countFiles(path.join(contentRoot, 'hoi-nghi'), '.yaml');

// The baseline project: the template and a link to the project's node_modules (the same Astro).
cpSync(path.join(projectRoot, 'bench/bare'), bare, { recursive: true });
symlinkSync(path.join(projectRoot, 'node_modules'), path.join(bare, 'node_modules'), 'dir');

line('machine', `${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, ${megabytes(totalmem())} RAM, Node ${process.versions.node}`);
line('petitions', String(petitions));
line('documents', `${documents} Markdown + ${meetings} meetings`);
line('corpus', `${generated!.stats.files} files, ${(generated!.stats.bytes / 1e6).toFixed(1)} MB`);
line('generate', seconds(genMs));

const audit = hasAudit();
// Since the search page landed, `npm run build` indexes the site itself: then the search figure is a
// second indexing of the built site, timed alone, and the full pipeline does not add it again.
// Since issue 14 it indexes records made from the model while Astro renders (openIndex).
const buildIndexes = /indexSite\(|openIndex\(/.test(readFileSync(path.join(projectRoot, 'scripts/build.ts'), 'utf8'));
const env = { CONTENT_DIR: contentRoot, ASTRO_TELEMETRY_DISABLED: '1', AS_OF: asOf };
const figures: RunFigures[] = [];

for (let r = 1; r <= runs; r++) {
  const prefix = runs > 1 ? `run-${r}-` : '';
  // Cold builds: no content-layer cache from a previous build on either side.
  rmSync(path.join(projectRoot, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const validation = check(
    'validation',
    await run(node, [path.join(projectRoot, 'tools/bench/phases.ts'), 'validate', contentRoot], { env }),
  );
  // The audit's own work (the site model and every check), on a root loaded first.
  const auditRun = audit
    ? check('audit', await run(node, [path.join(projectRoot, 'tools/bench/phases.ts'), 'audit', contentRoot], { env }))
    : undefined;
  // `npm run audit` as a separate command: it validates the root again before auditing (exit 1 = findings).
  const auditCommand = audit
    ? await run(node, [path.join(projectRoot, 'scripts/audit.ts'), '--as-of', asOf], { env, cwd: projectRoot })
    : undefined;
  if (auditCommand && auditCommand.code > 1) check('npm run audit', auditCommand);
  const build = check(
    'build',
    await run(node, [path.join(projectRoot, 'scripts/build.ts'), '--as-of', asOf, '--out-dir', dist], { env, cwd: projectRoot }),
  );
  // The build's indexing alone (records from the model, Pagefind), and the former indexing of the built pages.
  const search = check(
    'search',
    await run(node, [path.join(projectRoot, 'tools/bench/phases.ts'), 'search', contentRoot, path.join(work, 'search')], { env }),
  );
  const searchHtml = check('search-html', await run(node, [path.join(projectRoot, 'tools/bench/phases.ts'), 'search-html', dist], { env }));
  const pages = countHtml(dist);

  rmSync(path.join(bare, '.cache'), { recursive: true, force: true });
  rmSync(path.join(bare, 'dist'), { recursive: true, force: true });
  const bareEnv = {
    BARE_CONTENT_DIR: contentRoot,
    BARE_LIST_PAGES: String(Math.max(1, pages - documents - meetings)),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const bareBuild = check(
    'bare build',
    await run(node, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', bare, '--silent'], {
      env: bareEnv,
      cwd: bare,
    }),
  );
  const bareSearch = check(
    'bare search',
    await run(node, [path.join(projectRoot, 'tools/bench/phases.ts'), 'pagefind', path.join(bare, 'dist')], { env }),
  );
  const barePages = countHtml(path.join(bare, 'dist'));

  const f: RunFigures = {
    validation: innerMs(validation),
    audit: auditRun ? innerMs(auditRun) : undefined,
    auditCommand: auditCommand?.wallMs,
    build: build.wallMs,
    search: innerMs(search),
    searchHtml: searchHtml.wallMs,
    full: build.wallMs + (auditRun ? innerMs(auditRun) : 0) + (buildIndexes ? 0 : search.wallMs),
    peak: Math.max(
      build.peakRssBytes,
      buildIndexes ? 0 : search.peakRssBytes,
      auditRun?.peakRssBytes ?? 0,
      auditCommand?.peakRssBytes ?? 0,
      validation.peakRssBytes,
    ),
    bareBuild: bareBuild.wallMs,
    bareSearch: bareSearch.wallMs,
    bareFull: bareBuild.wallMs + bareSearch.wallMs,
    barePeak: Math.max(bareBuild.peakRssBytes, bareSearch.peakRssBytes),
    pages,
    barePages,
    fullCpu: build.cpuMs + (auditRun ? innerMs(auditRun) : 0) + (buildIndexes ? 0 : search.cpuMs),
    bareCpu: bareBuild.cpuMs + bareSearch.cpuMs,
  };
  figures.push(f);
  if (runs > 1) {
    line(`${prefix}full-pipeline`, seconds(f.full));
    line(`${prefix}bare-astro`, seconds(f.bareFull));
    line(`${prefix}ratio`, (f.full / f.bareFull).toFixed(2));
  }
}

// 3. What an editor waits for: one petition saved (a sentence added to its body), then `npm run build`
// again over the site built above, as on an editor's machine (Astro's caches kept), until dist/ has it.
const edited = readdirSync(path.join(contentRoot, 'kien-nghi'))
  .filter((n) => n.endsWith('.md'))
  .sort()[0]!;
const editedFile = path.join(contentRoot, 'kien-nghi', edited);
const marker = `bench-edit-${Date.now()}`;
writeFileSync(editedFile, `${readFileSync(editedFile, 'utf8').trimEnd()}\n\n${marker}\n`);
const editBuild = check(
  'edit rebuild',
  await run(node, [path.join(projectRoot, 'scripts/build.ts'), '--as-of', asOf, '--out-dir', dist], { env, cwd: projectRoot }),
);
const editedPage = path.join(dist, 'kien-nghi', edited.replace(/\.md$/, ''), 'index.html');
const editShown = existsSync(editedPage) && readFileSync(editedPage, 'utf8').includes(marker);

const m = (key: keyof RunFigures) => median(figures.map((f) => f[key] as number));
const last = figures[figures.length - 1]!;
if (runs > 1) line('runs', `${runs} (median of each figure below)`);
line('pages', String(last.pages));
line('bare-pages', String(last.barePages));
line('validation', seconds(m('validation')));
line('audit', audit ? `${seconds(m('audit'))} (site model and every check; loading excluded)` : 'n/a (the project has no audit yet)');
if (audit) line('audit-command', `${seconds(m('auditCommand'))} (npm run audit as its own process: validates again, then audits)`);
if (buildIndexes) {
  line(
    'build',
    `${seconds(m('build'))} (npm run build: validation + every page and feed + search index, records taken in while Astro renders)`,
  );
  line(
    'pages-render',
    `${seconds(m('build') - m('validation'))} (build minus validation; Pagefind takes the records in meanwhile, writes the index after)`,
  );
  line('search-index', `${seconds(m('search'))} (the build's indexing run again alone: records from the model into Pagefind)`);
  line('search-index-html', `${seconds(m('searchHtml'))} (the former indexing, from the built pages, for comparison)`);
  line('full-pipeline', `${seconds(m('full'))} (build + audit)`);
} else {
  line('build', `${seconds(m('build'))} (npm run build: validation + every page and feed)`);
  line('pages-render', `${seconds(m('build') - m('validation'))} (build minus validation)`);
  line('search-index', seconds(m('search')));
  line('full-pipeline', `${seconds(m('full'))} (build + audit + search-index)`);
}
line('peak-memory', `${megabytes(m('peak'))} (process tree RSS, highest phase)`);
line('bare-astro-build', seconds(m('bareBuild')));
line('bare-search-index', seconds(m('bareSearch')));
line('bare-astro', seconds(m('bareFull')));
line('bare-peak-memory', megabytes(m('barePeak')));
line('full-pipeline-cpu', `${seconds(m('fullCpu'))} (user + system, process trees)`);
line('bare-astro-cpu', seconds(m('bareCpu')));
line('ratio-cpu', (m('fullCpu') / m('bareCpu')).toFixed(2));
line(
  'edit-rebuild',
  `${seconds(editBuild.wallMs)} (one petition saved → npm run build → dist/ updated${editShown ? '' : ' — NOT FOUND in dist/'}; CPU ${seconds(editBuild.cpuMs)}, peak ${megabytes(editBuild.peakRssBytes)})`,
);
line('search-indexing', 'included in both');
line('ratio-to-bare-astro', (m('full') / m('bareFull')).toFixed(2));

if (args.keep) console.error(t('bench.kept', { dir: work }));
else rmSync(work, { recursive: true, force: true });
