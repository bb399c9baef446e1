/**
 * Search records from built pages. Pagefind ignores tone marks but keeps đ as a letter of its own, so
 * "dat dai" would never find "đất đai"; NFD text pasted from Word would not match NFC either. So the
 * indexed text is folded (`foldForSearch`: no marks, đ → d, lower case) and the search page folds the
 * query the same way. The words people read (title, summary) travel as metadata, unfolded.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { foldForSearch } from '../text/slug.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const SUMMARY_LENGTH = 220;

/** The page's readable text: whitespace collapsed, skipping what is marked `data-search-skip`. */
function readableText(element: HTMLElement): string {
  for (const skipped of element.querySelectorAll('[data-search-skip], script, style')) skipped.remove();
  // Built pages have no whitespace between tags (compressed HTML): a space after every element keeps
  // `<h1>…đất đai</h1><p>Thủ tục…` from indexing a word "daithu".
  for (const child of element.querySelectorAll('*')) child.insertAdjacentHTML('afterend', ' ');
  return element.textContent.replace(/\s+/g, ' ').trim();
}

/** A summary cut at a word boundary. */
function summarize(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** The record of a built page that opted in (its `<main>` has `data-search`), else nothing. */
export function searchRecord(html: string, url: string): SearchRecord | undefined {
  const document = parse(html);
  const main = document.querySelector('main[data-search]');
  if (!main) return undefined;
  // The document type above an official document's title (KẾ HOẠCH) is not part of its name.
  const heading = main.querySelector('h1')?.clone() as HTMLElement | undefined;
  heading?.querySelectorAll('[data-search-kind]').forEach((kind) => kind.remove());
  const title = heading ? readableText(heading) : '';
  const date = main.getAttribute('data-search-date') ?? '';
  const bodyElement = main.querySelector('[data-search-summary]');
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const summary = bodyElement ? summarize(readableText(bodyElement.clone() as HTMLElement)) : description;
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
