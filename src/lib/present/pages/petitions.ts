/** Part 3: the petition lists (whole, by status, by group; in pages) and one petition with its answer. */
import { t } from '../../../i18n/index.ts';
import type { Deadline } from '../../domain/deadlines/index.ts';
import type { Entry, PetitionData } from '../../domain/model/types.ts';
import { petitionFacets, type SearchFacets } from '../search/facets.ts';
import { paginate, PETITIONS_PER_PAGE } from '../view/documents.ts';
import { fileTypeLabel } from '../view/format.ts';
import { frameOf, latestDate, type Crumb, type PageFrame } from '../view/frame.ts';
import { petitionRows, type PetitionRow } from '../view/items.ts';
import {
  filteredListPaths,
  filterPageUrl,
  filterValues,
  type FilteredListProps,
  type PetitionFilterKey,
} from '../view/petition-filters.ts';
import type { SiteView } from '../view/site-view.ts';

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
      list.petitions.flatMap((p) => [p.data.received, p.data.answer?.date]),
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
  meeting: { href: string; title: string };
  /** The written answer's deadline, when the meeting was held and the petition was not answered at it */
  answerDeadline?: Deadline;
  /** The petition, rendered and sanitised */
  html: string;
  answer?: { html?: string; file?: { href: string; typeLabel: string } };
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
  const meeting = view.site.meetingById.get(d.meeting)!;
  const part = t('site.part.kien-nghi');
  return {
    frame: frameOf(view, [d.received, d.answer?.date]),
    updated: latestDate([d.received, d.answer?.date], view.asOf),
    data: d,
    heading: `${d.code}: ${d.title}`,
    crumbs: [{ label: part, href: view.urls.part('kien-nghi') }, { label: d.code }],
    search: petitionFacets(part, entry),
    meeting: { href: view.urls.meeting(meeting.id), title: meeting.data.title },
    answerDeadline: view.answerByFile.get(entry.file),
    html: entry.html?.body ?? '',
    answer: d.answer && {
      html: entry.html?.fields['answer.text'],
      file: d.answer.file ? { href: view.urls.file(d.answer.file), typeLabel: fileTypeLabel(d.answer.file) } : undefined,
    },
  };
}
