/**
 * The Astro content loader for every collection: entries come from the shared, validated load of the
 * content root (./content-cache.ts); Markdown bodies and Markdown fields (`answer.text`,
 * `registration.howTo`) are rendered with the site's Markdown pipeline, sanitised (src/lib/markdown),
 * and cached by digest.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, formatReport } from '../lib/ingest/content/errors.ts';
import { sanitizeRendered } from '../lib/ingest/markdown/sanitize.ts';
import { collectionSpec, type CollectionName } from '../lib/ingest/schema/collections.ts';
import type { AnyField } from '../lib/ingest/schema/fields.ts';
import { contentRoot } from './env.ts';
import { forgetContent, getContent } from './content-cache.ts';

/** Every Markdown field's value, keyed by its dotted path (`answer.text`). */
function markdownFields(fields: readonly AnyField[], data: unknown, prefix = ''): [string, string][] {
  if (typeof data !== 'object' || data === null) return [];
  const out: [string, string][] = [];
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.key];
    if (field.kind === 'markdown' && typeof value === 'string') out.push([prefix + field.key, value]);
    if (field.kind === 'object') out.push(...markdownFields(field.fields, value, `${prefix}${field.key}.`));
  }
  return out;
}

/** Editors' Markdown rendered with the site's pipeline, then sanitised: raw HTML passes through Astro's engine. */
async function renderSafe(context: LoaderContext, markdown: string) {
  const rendered = await context.renderMarkdown(markdown);
  return { ...rendered, html: sanitizeRendered(markdown, rendered.html) };
}

let watching = false;
/** Loads whose problems were already printed (one report for the seven collections' loaders). */
const reported = new WeakSet<object>();

async function sync(collection: CollectionName, context: LoaderContext): Promise<void> {
  const root = contentRoot();
  const content = await getContent(root);
  if (!content.ok) {
    // `npm run dev` keeps running: its pages show the problem list (src/integrations/dev-problems.ts)
    // until the files are fixed; a build stops here.
    if (context.watcher) {
      if (!reported.has(content)) context.logger.error(formatReport(content.problems, 'dev'));
      reported.add(content);
      return;
    }
    throw new ContentError(content.problems);
  }
  const spec = collectionSpec(collection);
  const seen = new Set<string>();
  for (const entry of content.entries) {
    if (entry.collection !== collection) continue;
    seen.add(entry.id);
    const digest = context.generateDigest({ data: entry.data, body: entry.body ?? '' });
    if (context.store.get(entry.id)?.digest === digest) continue;
    const filePath = path.relative(context.config.root.pathname, path.join(root, entry.file));
    const fields: Record<string, string> = {};
    for (const [key, markdown] of markdownFields(spec.fields, entry.data)) fields[key] = (await renderSafe(context, markdown)).html;
    const rendered = entry.body === undefined ? undefined : await renderSafe(context, entry.body);
    // `entry.data` is already the output of this collection's schema (src/lib/content validated it), so
    // it is not parsed again; the raw body is not kept either: pages read the rendered HTML, and the
    // store is serialised whole at the end of every build.
    context.store.set({
      id: entry.id,
      data: entry.data,
      filePath,
      digest,
      rendered: { html: rendered?.html ?? '', metadata: { headings: rendered?.metadata?.headings ?? [], fields } },
    });
  }
  for (const id of [...context.store.keys()]) if (!seen.has(id)) context.store.delete(id);
}

/** A loader for one collection of the content root named by `CONTENT_DIR`. */
export function contentRootLoader(collection: CollectionName): Loader {
  return {
    name: `doi-thoai:${collection}`,
    load: async (context) => {
      const root = contentRoot();
      if (context.watcher) {
        context.watcher.add(root);
        // Registered once and before the loaders' own listeners, so a change is forgotten before any reload.
        if (!watching) {
          watching = true;
          context.watcher.on('all', (_event, file) => file.startsWith(root) && forgetContent(root));
        }
        context.watcher.on('all', (_event, file) => {
          if (file.startsWith(root)) sync(collection, context).catch((error: Error) => context.logger.error(error.message));
        });
      }
      await sync(collection, context);
    },
  };
}
