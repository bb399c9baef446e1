/**
 * What a page tells the search index about itself: the facets the search page filters on. Pages opt in
 * through Base's `search` prop; pages for officers (the audit, the report, the CMS) never do. Values are
 * the Vietnamese words people read in the filters.
 */
import type { Meeting, Site } from '../../domain/model/site.ts';
import { meetingDate } from '../../domain/model/site.ts';
import { PARTS, type Entry, type Part, type PetitionData } from '../../domain/model/types.ts';
import { sortByVi } from '../../base/text/sort.ts';
import { petitionGroupLabel, petitionStatusLabel } from '../view/labels.ts';

export interface SearchFacets {
  /** The page's date (`YYYY-MM-DD`): its year is a filter, the date is shown with the result */
  date: string;
  /** The part (or "meetings"), in words */
  part: string;
  /** A petition's group, in words */
  group?: string;
  /** A petition's status, in words */
  status?: string;
}

/** The filter keys, in the order the search page shows them. */
export const FILTER_KEYS = ['year', 'part', 'group', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The facets of a document page of parts 1, 2 or 4. */
export function documentFacets(partLabel: string, published: string): SearchFacets {
  return { date: published, part: partLabel };
}

/** The facets of a petition's page. */
export function petitionFacets(partLabel: string, petition: Entry<PetitionData>): SearchFacets {
  return {
    date: petition.data.received ?? '',
    part: partLabel,
    group: petitionGroupLabel(petition.data.group),
    status: petitionStatusLabel(petition.data.status),
  };
}

/** The facets of a meeting's page. */
export function meetingFacets(meetingsLabel: string, meeting: Meeting): SearchFacets {
  return { date: meetingDate(meeting.data).slice(0, 10), part: meetingsLabel };
}

/** The `data-search-*` attributes Base puts on `<main>`; the indexer reads them back. */
export function facetAttributes(facets: SearchFacets): Record<string, string> {
  const attributes: Record<string, string> = { 'data-search': '', 'data-search-date': facets.date, 'data-search-part': facets.part };
  if (facets.group) attributes['data-search-group'] = facets.group;
  if (facets.status) attributes['data-search-status'] = facets.status;
  return attributes;
}

export interface FilterOption {
  key: FilterKey;
  values: string[];
}

/**
 * Every value each filter can take on this site, for the search page's lists (written into the page, so
 * the form is complete before the index loads). Built from the same functions as the pages' facets.
 */
export function filterOptions(site: Site, partLabel: (part: Part) => string, meetingsLabel: string): FilterOption[] {
  const facets: SearchFacets[] = [
    ...site.notices.map((e) => documentFacets(partLabel('thong-bao'), e.data.published ?? '')),
    ...site.contents.map((e) => documentFacets(partLabel('noi-dung'), e.data.published ?? '')),
    ...site.petitions.map((e) => petitionFacets(partLabel('kien-nghi'), e)),
    ...site.conclusions.map((e) => documentFacets(partLabel('ket-luan'), e.data.published ?? '')),
    ...site.meetings.map((m) => meetingFacets(meetingsLabel, m)),
  ];
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  const partOrder = [...PARTS.map(partLabel), meetingsLabel];
  return [
    {
      key: 'year',
      values: unique(facets.map((f) => f.date.slice(0, 4)))
        .sort()
        .reverse(),
    },
    { key: 'part', values: unique(facets.map((f) => f.part)).sort((a, b) => partOrder.indexOf(a) - partOrder.indexOf(b)) },
    { key: 'group', values: sortByVi(unique(facets.map((f) => f.group))) },
    { key: 'status', values: sortByVi(unique(facets.map((f) => f.status))) },
  ];
}
