/** The site model for pages: every entry's Markdown rendered and sanitised once, then the model built. */
import type { ValidEntry } from '../../ingest/content/validate.ts';
import { renderEntry, type RenderMarkdown } from '../../ingest/markdown/render.ts';
import { buildSite, type ModelEntry, type Site } from './site.ts';

/** Builds the site model of valid entries with each entry's HTML (`entry.html`). */
export async function buildRenderedSite(entries: readonly ValidEntry[], render: RenderMarkdown): Promise<Site> {
  const rendered: ModelEntry[] = [];
  // One at a time: rendering is CPU work, and 10,000 promises at once would only hold more memory.
  for (const entry of entries) rendered.push({ ...entry, html: await renderEntry(render, entry) });
  return buildSite(rendered);
}
