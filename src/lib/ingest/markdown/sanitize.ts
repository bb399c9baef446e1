/**
 * Safe HTML from editors' Markdown. Astro 7's Markdown engine (satteri) passes raw HTML through as it
 * is, and keeps `javascript:` links: `<script>`, `<img onerror=…>` or `[x](javascript:…)` in a petition
 * would run on the portal. Every piece of rendered Markdown goes through `sanitizeHtml`: parsed into a
 * tree (satteri's own HTML parser, the one Astro already runs), cleaned with rehype-sanitize's
 * GitHub-like schema (no script, style, iframe, form or event handler; links only to http(s), mailto,
 * tel and relative addresses), and written back.
 *
 * Heading ids are kept as Astro writes them (no `user-content-` prefix), so links to headings work.
 */
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { htmlToHast } from 'satteri';

/** What editors' Markdown may produce. */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  // Drop these elements with their content (the default keeps the text of unknown elements).
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'object', 'embed'],
  clobberPrefix: '',
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
};

const clean = rehypeSanitize(SANITIZE_SCHEMA) as unknown as (tree: Root) => Root;

/**
 * Whether the Markdown can produce anything but what Markdown writes from plain text. Raw HTML and
 * `<…>` autolinks need `<`; entities (`jav&#x61;script:`) need `&`; links and images need `](` or a
 * definition `]:`. GFM's bare autolinks (`www.…`, `https://…`) only ever become http(s) links.
 * Most answers and petitions are plain paragraphs and lists: they skip the parse.
 */
export function needsCleaning(markdown: string): boolean {
  return /[<&]|\]\s*[(:]/.test(markdown);
}

const DANGEROUS_SCHEME = /^\s*(?:javascript|vbscript|data):/i;

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Removes the links the sanitiser left without an address whose text is itself a script URL (an
 * autolink `<javascript:…>`): the address is gone already, the text would still show the payload.
 */
function dropDeadScriptLinks(node: Root | Element): void {
  node.children = node.children.filter(
    (child) =>
      !(child.type === 'element' && child.tagName === 'a' && child.properties.href === undefined && DANGEROUS_SCHEME.test(textOf(child))),
  ) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') dropDeadScriptLinks(child);
}

/** The HTML with everything unsafe removed. */
export function sanitizeHtml(html: string): string {
  const tree = clean(htmlToHast(html, { fragment: true }) as Root);
  dropDeadScriptLinks(tree);
  return toHtml(tree);
}

/** Sanitises the HTML rendered from `markdown` (the source decides whether a parse is needed at all). */
export function sanitizeRendered(markdown: string, html: string): string {
  return needsCleaning(markdown) ? sanitizeHtml(html) : html;
}
