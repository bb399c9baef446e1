/**
 * Loading a content root: read, validate each file, validate across files. The result is either the
 * valid entries or the complete list of problems; nothing is half-loaded.
 */
import path from 'node:path';
import type { ContentProblem } from '../content/errors.ts';
import { checkPersonalData } from '../privacy/check.ts';
import { readContentRoot } from '../content/read.ts';
import { checkUploads } from './uploads.ts';
import { validateAcross, validateEntry, type ValidEntry } from '../content/validate.ts';

export interface LoadedContent {
  /** Absolute path of the content root */
  root: string;
  entries: ValidEntry[];
  problems: ContentProblem[];
  /** True when no problem is an error */
  ok: boolean;
}

/** Reads and validates every file of a content root. */
export async function loadContentRoot(root: string): Promise<LoadedContent> {
  const absolute = path.resolve(root);
  const { entries: raw, ids, problems } = await readContentRoot(absolute);
  const valid: ValidEntry[] = [];
  for (const entry of raw) {
    const result = validateEntry(entry);
    problems.push(...result.problems);
    if (result.data) valid.push({ ...entry, data: result.data });
  }
  problems.push(...(await validateAcross(absolute, raw, ids.get('hoi-nghi') ?? new Set())));
  problems.push(...(await checkUploads(absolute)));
  problems.push(...(await checkPersonalData(absolute, raw, new Set(raw.map((e) => e.file)))));
  return { root: absolute, entries: valid, problems, ok: !problems.some((p) => p.severity === 'error') };
}
