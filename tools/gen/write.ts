/**
 * Writing generated content roots to disk: one root, or with `units` one root per unit under the output
 * folder (`<out>/<unit-slug>/`). A marker file says the folder was generated, so regenerating may
 * replace it while a folder of real content is never overwritten.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { t } from '../../src/i18n/index.ts';
import { generateCorpus, unitSeed, type CorpusOptions, type CorpusStats } from './corpus.ts';

/** The file marking a generated folder (ignored by the content loader: it reads only its folders). */
export const GENERATED_MARKER = '.dtdn-generated';

export interface GenerateOptions extends Omit<CorpusOptions, 'unitIndex'> {
  out: string;
  /** Number of units; without it, `out` is the content root itself */
  units?: number;
}

export interface GeneratedRoot {
  root: string;
  slug: string;
  stats: CorpusStats;
}

/** Writes files (paths relative to `root`). */
export function writeFiles(root: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const made = new Set<string>();
  for (const [file, content] of files) {
    const target = path.join(root, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, content);
  }
}

/** Empties `out` when it is new, empty or generated before; refuses a folder with other content. */
export function prepareOut(out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(path.join(out, GENERATED_MARKER))) throw new Error(t('gen.outNotEmpty', { out }));
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

/** Generates and writes one content root, or one per unit. */
export function generateRoots(options: GenerateOptions): GeneratedRoot[] {
  const out = path.resolve(options.out);
  prepareOut(out);
  const roots: GeneratedRoot[] = [];
  const count = options.units ?? 0;
  for (let i = 0; i < Math.max(1, count); i++) {
    const corpus = generateCorpus({ petitions: options.petitions, seed: options.seed, endYear: options.endYear, unitIndex: i });
    const slug = unitSeed(i).slug;
    const root = count > 0 ? path.join(out, slug) : out;
    writeFiles(root, corpus.files);
    roots.push({ root, slug, stats: corpus.stats });
  }
  writeFileSync(
    path.join(out, GENERATED_MARKER),
    `${JSON.stringify({ petitions: options.petitions, units: count, seed: options.seed ?? 1 })}\n`,
  );
  return roots;
}
