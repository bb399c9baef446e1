/** Part 3: the petition lists (whole, by status, by group; in pages) and one petition with its answer. */
import { t } from '../../../i18n/index.ts';
import type { Deadline } from '../../domain/deadlines/index.ts';
import type { Entry, PetitionData } from '../../domain/model/types.ts';
import type { Meeting } from '../../domain/model/site.ts';
import { answersOf, finalAnswer, petitionMeetings } from '../../domain/model/facts.ts';
import { resolvedState } from '../../domain/report/report.ts';
import { petitionFacets, type SearchFacets } from '../search/facets.ts';
import { paginate, PETITIONS_PER_PAGE } from '../view/documents.ts';
import { frameOf, latestDate, type Crumb, type PageFrame } from '../view/frame.ts';
import { orUnknown } from '../view/format.ts';
import { answerKindLabel } from '../view/labels.ts';
import { download, petitionRows, submitterLine, type DownloadLink, type PetitionRow } from '../view/items.ts';
import {
  filteredListPaths,
  filterPageUrl,
  filterValues,
  type FilteredListProps,
  type PetitionFilterKey,
} from '../view/petition-filters.ts';
import type { SiteView } from '../view/site-view.ts';
import { meetingDossier, type Dossier } from '../view/dossier.ts';
import { linkPetitionCodes } from '../view/code-links.ts';
import { petitionHref } from './documents.ts';

/** One group of filter links (by status, by group), each with its count; the current one marked. */
export interface FilterGroup {
  key: PetitionFilterKey;
  all: { href: string; count: number; current: boolean };
  values: { value: string; label: string; href: string; count: number; current: boolean }[];
}

export interface PetitionListPage {
  frame: PageFrame;
  heading: string;
  crumbs: Crumb[];
  intro: string;
  filters: FilterGroup[];
  rows: PetitionRow[];
  /** Links to every page of this list, when it has more than one */
  pagination?: { page: number; pages: number; prev?: string; next?: string; links: { n: number; href: string }[] };
}

/** Which page of which list: the whole list, or one value of a filter. */
export interface PetitionListProps {
  petitions: Entry<PetitionData>[];
  page: number;
  pages: number;
  filter?: FilteredListProps['filter'];
}

/** The static paths of pages 2… of the whole list (page 1 is `/kien-nghi/`). */
export function petitionListPaths(view: SiteView) {
  const pages = paginate(view.site.petitions, PETITIONS_PER_PAGE);
  return pages.slice(1).map((petitions, i) => ({
    params: { page: String(i + 2) },
    props: { petitions, page: i + 2, pages: pages.length } satisfies PetitionListProps,
  }));
}

/** The first page of the whole list. */
export function firstPetitionList(view: SiteView): PetitionListProps {
  const pages = paginate(view.site.petitions, PETITIONS_PER_PAGE);
  return { petitions: pages[0]!, page: 1, pages: pages.length };
}

/** The static paths of every page of every list filtered by `key`. */
export function filteredPetitionListPaths(view: SiteView, key: PetitionFilterKey) {
  return filteredListPaths(view.site.petitions, key, view.urls.home);
}

/** One page of a petition list, with the filters (counts of the whole list) and the links to its pages. */
export function petitionListPage(view: SiteView, list: PetitionListProps): PetitionListPage {
  const { urls, site } = view;
  const { page, pages, filter } = list;
  const part = t('site.part.kien-nghi');
  const title = filter ? t('public.filteredTitle', { part, value: filter.label }) : part;
  const heading = pages > 1 ? `${title} (${t('site.pageOf', { page, pages })})` : title;
  const pageUrl = filter ? filter.pageUrl : (n: number) => urls.page('kien-nghi', n);
  return {
    frame: frameOf(
      view,
      list.petitions.flatMap((p) => [p.data.received, finalAnswer(p.data)?.date]),
    ),
    heading,
    crumbs: filter ? [{ label: part, href: urls.part('kien-nghi') }, { label: filter.label }] : [{ label: part }],
    intro: t('site.partIntro.kien-nghi'),
    filters: (['tinh-trang', 'nhom'] as const).map((key) => ({
      key,
      all: { href: urls.part('kien-nghi'), count: site.petitions.length, current: !filter },
      values: filterValues(site.petitions, key).map((v) => ({
        value: v.value,
        label: v.label,
        href: filterPageUrl(urls.home, key, v.slug, 1),
        count: v.count,
        current: filter?.key === key && filter.slug === v.slug,
      })),
    })),
    rows: petitionRows(view, list.petitions),
    pagination:
      pages > 1
        ? {
            page,
            pages,
            prev: page > 1 ? pageUrl(page - 1) : undefined,
            next: page < pages ? pageUrl(page + 1) : undefined,
            links: Array.from({ length: pages }, (_, i) => ({ n: i + 1, href: pageUrl(i + 1) })),
          }
        : undefined,
  };
}

export interface PetitionPage {
  frame: PageFrame;
  /** `YYYY-MM-DD`: the petition's last change (received, or answered) */
  updated: string;
  data: PetitionData;
  heading: string;
  crumbs: Crumb[];
  search: SearchFacets;
  /** The meeting it was raised at; absent for a petition of the standing channel */
  meeting?: { href: string; title: string };
  /** The later meetings it was carried over to */
  carriedTo: { href: string; title: string }[];
  /** The petitioners in one line (a name, joint names, or "5 doanh nghiệp") */
  submitter: string;
  /** The written answer's deadline, when the meeting was held and the petition was not answered at it */
  answerDeadline?: Deadline;
  /** The petition, rendered and sanitised */
  html: string;
  /** The final answer (the single `answer`, or the last final one of `answers`) */
  answer?: { html?: string; file?: DownloadLink };
  /** Every answer, interim and final, as the file lists them */
  answers: AnswerView[];
  /** Whether it was resolved thoroughly: `null` when the content does not say (printed "không rõ") */
  resolved: boolean | null;
  /** The (first) meeting's four parts, this petition marked; none for a petition outside any meeting */
  dossier?: Dossier;
}

/** One answer as the petition page shows it. */
export interface AnswerView {
  kind: 'interim' | 'final';
  kindLabel: string;
  /** `YYYY-MM-DD`, or null when unknown */
  date: string | null;
  by: string;
  number?: string;
  assignee?: string;
  dueBy?: string;
  html?: string;
  file?: DownloadLink;
}

/** The static paths of the petition pages. */
export function petitionPaths(view: SiteView) {
  return view.site.petitions.map((e) => ({ params: { slug: e.id } }));
}

/** Part 3: one petition, its status and its answer. */
export function petitionPage(view: SiteView, id: string): PetitionPage {
  const entry = view.byId['kien-nghi'].get(id);
  if (!entry) throw new Error(`no petition "${id}"`);
  const d = entry.data;
  const [first, ...later] = petitionMeetings(d).map((id) => view.site.meetingById.get(id)!);
  const link = (m: Meeting) => ({ href: view.urls.meeting(m.id), title: m.data.title });
  const part = t('site.part.kien-nghi');
  const fileLink = (file: string | undefined, number: string | null | undefined) =>
    file ? download(view, file, number ?? d.code) : undefined;
  const linkCodes = (html: string) => linkPetitionCodes(html, (code) => petitionHref(view, code), d.code);
  const final = finalAnswer(d);
  return {
    frame: frameOf(view, [d.received, ...answersOf(d).map((a) => a.date)]),
    updated: latestDate([d.received, ...answersOf(d).map((a) => a.date)], view.asOf),
    data: d,
    heading: `${d.code}: ${d.title}`,
    crumbs: [{ label: part, href: view.urls.part('kien-nghi') }, { label: d.code }],
    search: petitionFacets(part, entry),
    ...(first ? { meeting: link(first) } : {}),
    carriedTo: later.map(link),
    submitter: submitterLine(d),
    answerDeadline: view.answerByFile.get(entry.file),
    html: linkCodes(entry.html?.body ?? ''),
    answer: final && { html: linkCodes(entry.html?.fields[final.htmlKey] ?? ''), file: fileLink(final.file, final.number) },
    answers: answersOf(d).map((a) => ({
      kind: a.kind,
      kindLabel: answerKindLabel(a.kind),
      date: a.date,
      by: orUnknown(a.by),
      ...(a.number ? { number: a.number } : {}),
      ...(a.assignee ? { assignee: a.assignee } : {}),
      ...(a.dueBy ? { dueBy: a.dueBy } : {}),
      html: linkCodes(entry.html?.fields[a.htmlKey] ?? ''),
      file: fileLink(a.file, a.number),
    })),
    resolved: resolvedState(d),
    ...(first ? { dossier: meetingDossier(view, first, { part: 'kien-nghi', id: entry.id }) } : {}),
  };
}
