/**
 * `npm run gen -- --petitions N [--units U] [--seed S] [--end-year YYYY] --out DIR`: writes a generated,
 * valid content root (or U of them, one per unit, under DIR) for benchmarks and scale tests.
 * With --units, each unit gets N petitions.
 */
import path from 'node:path';
import { t } from '../src/i18n/index.ts';
import { generateRoots } from '../tools/gen/write.ts';
import { options } from './cli.ts';

const USAGE = t('gen.usage');
const args = options(
  {
    petitions: { type: 'string' },
    units: { type: 'string' },
    seed: { type: 'string' },
    'end-year': { type: 'string' },
    out: { type: 'string' },
  },
  USAGE,
);

function count(option: string, value: string | undefined, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) {
    console.error(`${t('gen.badNumber', { option, found: value })}\n${USAGE}`);
    process.exit(2);
  }
  return Number(value);
}

if (!args.out) {
  console.error(`${t('gen.outRequired')}\n${USAGE}`);
  process.exit(2);
}
const started = performance.now();
try {
  const roots = generateRoots({
    out: args.out,
    petitions: count('petitions', args.petitions, 1000)!,
    units: count('units', args.units),
    seed: args.seed ?? 1,
    endYear: count('end-year', args['end-year']),
  });
  for (const { root, stats } of roots) {
    const meetings = Object.values(stats.meetings).reduce((a, b) => a + b, 0);
    const petitions = Object.values(stats.petitions).reduce((a, b) => a + b, 0);
    console.log(
      t('gen.root', {
        root: path.relative(process.cwd(), root) || '.',
        unit: stats.unit,
        petitions,
        meetings,
        years: `${stats.years[0]}–${stats.years[1]}`,
        files: stats.files,
        size: (stats.bytes / 1e6).toFixed(1),
      }),
    );
  }
  console.log(t('gen.done', { count: roots.length, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
