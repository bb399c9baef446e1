/** The site model for pages: built once per build from the shared content load. */
import { getCollection } from 'astro:content';
import { ContentError } from '../lib/ingest/content/errors.ts';
import { buildSite, type Site } from '../lib/domain/model/site.ts';
import { contentRoot } from './env.ts';
import { getContent } from './content-cache.ts';

let site: Promise<Site> | undefined;
let built: unknown;

/** The site model; rebuilt when the content was reloaded (dev). */
export async function getSite(): Promise<Site> {
  const content = await getContent(contentRoot());
  if (!content.ok) throw new ContentError(content.problems);
  if (!site || built !== content) {
    built = content;
    site = Promise.resolve(buildSite(content.entries));
  }
  return site;
}

export type RenderedCollection = 'notices' | 'contents' | 'petitions' | 'conclusions';

/** The HTML of an entry's body and of its Markdown fields, rendered by the content loader. */
export async function getRendered(collection: RenderedCollection): Promise<Map<string, { html: string; fields: Record<string, string> }>> {
  const entries = await getCollection(collection);
  return new Map(
    entries.map((e) => [
      e.id,
      { html: e.rendered?.html ?? '', fields: (e.rendered?.metadata?.fields as Record<string, string> | undefined) ?? {} },
    ]),
  );
}
