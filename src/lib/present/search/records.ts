/**
 * Search records from built pages. Pagefind ignores tone marks but keeps đ as a letter of its own, so
 * "dat dai" would never find "đất đai"; NFD text pasted from Word would not match NFC either. So the
 * indexed text is folded (`foldForSearch`: no marks, đ → d, lower case) and the search page folds the
 * query the same way. The words people read (title, summary) travel as metadata, unfolded.
 */
import { HTMLElement, NodeType, parse, TextNode, type Node } from 'node-html-parser';
import { foldForSearch } from '../../base/text/slug.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const SUMMARY_LENGTH = 220;

const ALWAYS_SKIPPED = (element: HTMLElement) =>
  element.tagName === 'SCRIPT' || element.tagName === 'STYLE' || element.hasAttribute('data-search-skip');

/** The raw text below a node, a space after every element (built pages have none between tags). */
function collectText(node: Node, skip: (element: HTMLElement) => boolean, out: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType !== NodeType.ELEMENT_NODE) {
      out.push(child.rawText);
      continue;
    }
    const element = child as HTMLElement;
    if (skip(element)) continue;
    if (/^br$/i.test(element.rawTagName)) out.push('\n');
    else collectText(element, skip, out);
    out.push(' ');
  }
}

/**
 * The element's readable text: whitespace collapsed, skipping what is marked `data-search-skip` (and
 * whatever `alsoSkip` names). Built pages have no whitespace between tags (compressed HTML), so a space
 * after every element keeps `<h1>…đất đai</h1><p>Thủ tục…` from indexing a word "daithu". One walk
 * of the tree, which stays as it is: 10,000 pages are indexed in one build.
 */
function readableText(element: HTMLElement, alsoSkip?: (element: HTMLElement) => boolean): string {
  const out: string[] = [];
  collectText(element, alsoSkip ? (e) => ALWAYS_SKIPPED(e) || alsoSkip(e) : ALWAYS_SKIPPED, out);
  return new TextNode(out.join(''), element).text.replace(/\s+/g, ' ').trim();
}

/**
 * The readable text of an HTML fragment of the model (a document's rendered Markdown), read exactly as
 * the walk of a built page reads the same HTML inside the page.
 */
export function fragmentText(html: string): string {
  if (!html) return '';
  // Rendered Markdown is plain: tags and escaped text. Its text is then read without building a tree (a
  // space where an element ends, a line break for <br>, entities decoded by the parser's own decoder): the
  // same words in a fraction of the time. Raw-text elements and skipped parts go through the parser.
  if (RAW_TEXT.test(html)) return readableText(parse(html));
  const stripped = html.replace(TAG, (tag) => (BR.test(tag) ? '\n ' : tag[1] === '/' || VOID.test(tag) ? ' ' : ''));
  return new TextNode(stripped, FRAGMENT).text.replace(/\s+/g, ' ').trim();
}

const TAG = /<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>/g;
const BR = /^<br[\s/>]/i;
const VOID = /^<(area|base|col|embed|hr|img|input|link|meta|source|track|wbr)[\s/>]/i;
const RAW_TEXT = /<(pre|script|style|noscript|textarea|!--)|\bdata-search-skip\b/i;
const FRAGMENT = new HTMLElement('div', {}, '');

/** A summary cut at a word boundary. */
export function summarize(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** The record of a built page that opted in (its `<main>` has `data-search`), else nothing. */
export function searchRecord(html: string, url: string): SearchRecord | undefined {
  // Only the page's <main> is read (and the description when there is no summary): parsing the header,
  // navigation and footer of every page would cost a third of the indexing for nothing.
  const mainStart = html.search(/<main[\s>]/);
  const mainEnd = html.lastIndexOf('</main>');
  if (mainStart === -1 || mainEnd < mainStart) return undefined;
  const main = parse(html.slice(mainStart, mainEnd + '</main>'.length)).querySelector('main[data-search]');
  if (!main) return undefined;
  // The document type above an official document's title (KẾ HOẠCH) is not part of its name.
  const heading = main.querySelector('h1');
  const title = heading ? readableText(heading, (e) => e.hasAttribute('data-search-kind')) : '';
  const date = main.getAttribute('data-search-date') ?? '';
  const bodyElement = main.querySelector('[data-search-summary]');
  const description = () => parse(html.slice(0, mainStart)).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const summary = bodyElement ? summarize(readableText(bodyElement)) : description();
  const text = readableText(main);
  const filters: Record<string, string[]> = { part: [main.getAttribute('data-search-part') ?? ''] };
  if (date) filters.year = [date.slice(0, 4)];
  for (const key of ['group', 'status'] as const) {
    const value = main.getAttribute(`data-search-${key}`);
    if (value) filters[key] = [value];
  }
  return {
    url,
    // The title once more at the start, so that a match in it counts for more.
    content: foldForSearch(`${title}. ${text}`),
    language: 'vi',
    meta: { title, date, part: filters.part![0]!, summary },
    filters,
  };
}
