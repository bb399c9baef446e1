/**
 * The Astro side of the one data path: a content root's view (site model with HTML, audit, URLs), made
 * once per root and day and shared by every page of the build. The content root is always a parameter;
 * the load itself is shared with the build script through ./content-cache.ts.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/ingest/content/errors.ts';
import { markdownRenderer } from '../lib/ingest/markdown/render.ts';
import { buildRenderedSite } from '../lib/domain/model/load.ts';
import { siteView, type SiteView } from '../lib/present/view/site-view.ts';
import { settings } from '../settings.ts';
import { getContent } from './content-cache.ts';

interface ViewCache {
  views: Map<string, { content: unknown; view: Promise<SiteView> }>;
}

// On globalThis, like the content cache: Vite may evaluate this module more than once in one build.
const KEY = Symbol.for('doi-thoai-doanh-nghiep.views');
const cache: ViewCache = ((globalThis as Record<symbol, unknown>)[KEY] as ViewCache | undefined) ?? { views: new Map() };
(globalThis as Record<symbol, unknown>)[KEY] = cache;

/** The view of the content root `root` for this build's day and base; rebuilt when the content was reloaded (dev). */
export async function viewOf(root: string): Promise<SiteView> {
  const { asOf, base } = settings();
  const content = await getContent(root);
  if (!content.ok) throw new ContentError(content.problems);
  const key = `${root}\0${asOf}\0${base}\0${settings().site}`;
  const cached = cache.views.get(key);
  if (cached && cached.content === content) return cached.view;
  const origin = settings().site;
  const view = markdownRenderer()
    .then((render) => buildRenderedSite(content.entries, render))
    .then((site) =>
      siteView(site, { asOf, base, origin, fileBytes: (file) => statSync(path.join(root, file), { throwIfNoEntry: false })?.size }),
    );
  cache.views.set(key, { content, view });
  return view;
}
