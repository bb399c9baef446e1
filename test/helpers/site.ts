/** The site model of a content root, for tests of what is computed from it (audit, report). */
import { rm } from 'node:fs/promises';
import { loadContentRoot } from '../../src/lib/ingest/root/load.ts';
import { buildSite, type Site } from '../../src/lib/domain/model/site.ts';
import { DEMO, makeContentRoot, type Change } from './content-root.ts';

/** Loads a content root and builds its site model; fails with the problems when it is invalid. */
export async function siteOf(root: string): Promise<Site> {
  const content = await loadContentRoot(root);
  if (!content.ok) throw new Error(content.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return buildSite(content.entries);
}

/** The site model of a copy of the demo content (default) or a fixture with some files changed. */
export async function siteAfter(changes: Record<string, Change>, fixture = DEMO): Promise<Site> {
  const root = await makeContentRoot(changes, fixture);
  try {
    return await siteOf(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
