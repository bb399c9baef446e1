/**
 * The search page's only script: loads the Pagefind index built with the site, folds the query exactly as
 * the index was folded (src/lib/base/text/slug.ts), and renders results with DOM calls (no HTML strings, no
 * inline styles, so a strict Content-Security-Policy holds; Pagefind needs `'wasm-unsafe-eval'`).
 */
import { foldForSearch } from '../../lib/base/text/slug.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const messages = form.dataset;
document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`)) as Pagefind;
    await module.options({ excerptLength: 0, baseUrl: form.dataset.base });
    await module.init();
    return module;
  })();
  return pagefind;
}

function formState(): { query: string; filters: Record<string, string> } {
  const filters: Record<string, string> = {};
  for (const select of selects) if (select.value) filters[select.name] = select.value;
  return { query: input.value.trim(), filters };
}

function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return year && month && day ? `${day}/${month}/${year}` : iso;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'doc-meta';
  for (const text of [data.meta.part, data.meta.date && formatDate(data.meta.date)]) {
    if (!text) continue;
    const span = document.createElement('span');
    span.textContent = text;
    meta.append(span);
  }
  item.append(heading, meta);
  if (data.meta.summary) {
    const summary = document.createElement('p');
    summary.className = 'search-summary';
    summary.textContent = data.meta.summary;
    item.append(summary);
  }
  return item;
}

let run = 0;
let pending: { data(): Promise<PagefindResultData> }[] = [];

async function showMore(): Promise<void> {
  more.disabled = true;
  const batch = pending.splice(0, PAGE_SIZE);
  const items = await Promise.all(batch.map((r) => r.data()));
  list.append(...items.map(resultItem));
  more.hidden = pending.length === 0;
  more.disabled = false;
}

async function search(): Promise<void> {
  const current = ++run;
  const { query, filters } = formState();
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [key, value] of Object.entries(filters)) params.set(key, value);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  list.replaceChildren();
  more.hidden = true;
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = messages.msgPrompt ?? '';
    return;
  }
  status.textContent = messages.msgLoading ?? '';
  try {
    const engine = await loadPagefind();
    const folded = foldForSearch(query);
    const found = await engine.search(folded || null, { filters });
    if (current !== run) return;
    pending = [...found.results];
    const count = pending.length;
    await showMore();
    if (current !== run) return;
    // Announced once the first results are on the page, so that the count and the list agree.
    status.textContent = count ? (messages.msgCount ?? '').replace('{count}', String(count)) : (messages.msgNone ?? '');
  } catch (error) {
    console.error(error);
    if (current === run) status.textContent = messages.msgError ?? '';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void search();
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void search(), 300);
});
for (const select of selects) select.addEventListener('change', () => void search());
more.addEventListener('click', () => void showMore());

// A shared link (`?q=dat+dai&year=2026`) opens with its search done.
const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
for (const select of selects) {
  const value = initial.get(select.name);
  if (value && [...select.options].some((o) => o.value === value)) select.value = value;
}
if (input.value || selects.some((s) => s.value)) void search();
else status.textContent = messages.msgPrompt ?? '';
