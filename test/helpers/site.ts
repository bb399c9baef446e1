/** The site model of a content root, for tests of what is computed from it (audit, report). */
import { rm } from 'node:fs/promises';
import { loadContentRoot } from '../../src/lib/ingest/root/load.ts';
import { buildSite, type Site } from '../../src/lib/domain/model/site.ts';
import { buildRenderedSite } from '../../src/lib/domain/model/load.ts';
import { markdownRenderer } from '../../src/lib/ingest/markdown/render.ts';
import { siteView, type SiteView } from '../../src/lib/present/view/site-view.ts';
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

/**
 * The view pages read (site model with each entry's HTML, audit, URLs) of a content root, as the build
 * prepares it: the same renderer, a day, the default base and origin.
 */
export async function viewOfRoot(root: string, asOf: string, base = '/doi-thoai-doanh-nghiep/'): Promise<SiteView> {
  const content = await loadContentRoot(root);
  if (!content.ok) throw new Error(content.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  const site = await buildRenderedSite(content.entries, await markdownRenderer());
  return siteView(site, { asOf, base, origin: 'https://example.gov.vn' });
}
