/** Small content roots for tests: a copy of a fixture with some files changed, added or removed. */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblem } from '../../src/lib/ingest/content/errors.ts';
import { loadContentRoot } from '../../src/lib/ingest/root/load.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const DEMO = path.resolve(import.meta.dirname, '../../content');

/** A change to a file: its new text (or bytes), `null` to delete it, or a function of its current text. */
export type Change = string | Uint8Array | null | ((text: string) => string);

/** Copies a fixture (default `minimal`) to a temporary folder and applies the changes. */
export async function makeContentRoot(changes: Record<string, Change> = {}, fixture = path.join(FIXTURES, 'minimal')): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'dtdn-content-'));
  await cp(fixture, root, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(root, file);
    if (change === null) {
      await rm(target, { force: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    const next = typeof change === 'function' ? change(await readFile(target, 'utf8')) : change;
    await writeFile(target, next);
  }
  return root;
}

/** The text of a fixture's file (default fixture `minimal`). */
export function fixtureText(file: string, fixture = path.join(FIXTURES, 'minimal')): string {
  return readFileSync(path.join(fixture, file), 'utf8');
}

/** Replaces one exact piece of text, failing loudly when it is not there (a fixture changed). */
export function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
    return text.replace(from, to);
  };
}

/** The formatted problems of a content root, one line each, sorted as the report prints them. */
export async function problemsOf(root: string): Promise<string[]> {
  const content = await loadContentRoot(root);
  return content.problems.map(formatProblem).sort();
}

/** The problems of the fixture after the changes. */
export async function problemsAfter(changes: Record<string, Change>, fixture?: string): Promise<string[]> {
  const root = await makeContentRoot(changes, fixture);
  try {
    return await problemsOf(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
