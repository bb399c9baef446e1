/**
 * Editors' Markdown to safe HTML: Astro's own Markdown processor (Sätteri, `@astrojs/markdown-satteri`,
 * created with the options astro.config.mjs gives Astro), then the sanitiser (./sanitize.ts). The site
 * model carries the result, so pages never render or join anything themselves.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { collectionSpec, type CollectionName } from '../schema/collections.ts';
import type { AnyField } from '../schema/fields.ts';
import { sanitizeRendered } from './sanitize.ts';

/**
 * The site's Markdown options, given to Astro in astro.config.mjs as well. No code highlighting: editors
 * write no code, and Shiki's inline styles would need 'unsafe-inline' under the CSP (the sanitiser drops
 * style attributes anyway).
 */
export const MARKDOWN_OPTIONS = { syntaxHighlight: false } as const;

/** Renders one piece of editors' Markdown to sanitised HTML. */
export type RenderMarkdown = (markdown: string) => Promise<string>;

/** A renderer with Astro's processor and the site's options, as Astro's content layer would create it. */
export async function markdownRenderer(): Promise<RenderMarkdown> {
  const renderer = await satteri().createRenderer({ ...MARKDOWN_OPTIONS, image: { domains: [], remotePatterns: [] } });
  return async (markdown) => sanitizeRendered(markdown, (await renderer.render(markdown, { frontmatter: {} })).code);
}

/** The HTML of an entry: its Markdown body, and each Markdown field by its dotted path (`answer.text`). */
export interface EntryHtml {
  body: string;
  fields: Readonly<Record<string, string>>;
}

/** Every Markdown field's value, keyed by its dotted path (`answer.text`). */
export function markdownFields(fields: readonly AnyField[], data: unknown, prefix = ''): [string, string][] {
  if (typeof data !== 'object' || data === null) return [];
  const out: [string, string][] = [];
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.key];
    if (field.kind === 'markdown' && typeof value === 'string') out.push([prefix + field.key, value]);
    if (field.kind === 'object') out.push(...markdownFields(field.fields, value, `${prefix}${field.key}.`));
    // A list's items by position: `answers.0.text`.
    if (field.kind === 'list' && Array.isArray(value))
      value.forEach((item, i) => out.push(...markdownFields(field.fields, item, `${prefix}${field.key}.${i}.`)));
  }
  return out;
}

/** The rendered HTML of one entry of a collection: its body (empty when it has none) and its Markdown fields. */
export async function renderEntry(
  render: RenderMarkdown,
  entry: { collection: CollectionName; data: unknown; body?: string },
): Promise<EntryHtml> {
  const fields: Record<string, string> = {};
  for (const [key, markdown] of markdownFields(collectionSpec(entry.collection).fields, entry.data)) fields[key] = await render(markdown);
  return { body: entry.body === undefined ? '' : await render(entry.body), fields };
}
