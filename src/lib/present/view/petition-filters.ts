/**
 * The petition list filtered by status or by group, without a server: one pre-rendered list (with its
 * own pages) per value that has petitions. URLs use the Vietnamese label without marks
 * (`/kien-nghi/tinh-trang/dang-xu-ly/`), so a link reads like what it shows.
 */
import type { Entry, PetitionData } from '../../domain/model/types.ts';
import { PETITION_GROUPS, PETITION_STATUSES } from '../../ingest/schema/petition.ts';
import { slugify } from '../../base/text/slug.ts';
import { paginate, PETITIONS_PER_PAGE } from './documents.ts';

/** The filter's path segment and the petition field it reads. */
export const PETITION_FILTERS = {
  'tinh-trang': { field: 'status', options: PETITION_STATUSES },
  nhom: { field: 'group', options: PETITION_GROUPS },
} as const;
export type PetitionFilterKey = keyof typeof PETITION_FILTERS;

export interface FilterValue {
  /** The content's code (`pending`) */
  value: string;
  /** The Vietnamese label */
  label: string;
  /** The URL segment (`dang-xu-ly`) */
  slug: string;
  count: number;
}

/** Counted once per list of petitions: every page of the petition lists shows the same counts. */
const counted = new WeakMap<readonly Entry<PetitionData>[], Partial<Record<PetitionFilterKey, FilterValue[]>>>();

/** Every value of a filter that some petition has, in the schema's order, with its count. */
export function filterValues(petitions: readonly Entry<PetitionData>[], key: PetitionFilterKey): FilterValue[] {
  let byKey = counted.get(petitions);
  if (!byKey) counted.set(petitions, (byKey = {}));
  return (byKey[key] ??= countValues(petitions, key));
}

function countValues(petitions: readonly Entry<PetitionData>[], key: PetitionFilterKey): FilterValue[] {
  const { field, options } = PETITION_FILTERS[key];
  const counts = new Map<string, number>();
  for (const p of petitions) {
    const value = p.data[field];
    // An unknown group has no filter page of its own: the whole list shows it.
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return options
    .filter((o) => counts.has(o.value))
    .map((o) => ({ value: o.value, label: o.label, slug: slugify(o.label), count: counts.get(o.value)! }));
}

/** The petitions a filter value keeps, in the list's order. */
export function filterPetitions(petitions: readonly Entry<PetitionData>[], key: PetitionFilterKey, value: string): Entry<PetitionData>[] {
  const { field } = PETITION_FILTERS[key];
  return petitions.filter((p) => p.data[field] === value);
}

/** The URL of page `n` of a filtered list under the section's root. */
export function filterPageUrl(root: string, key: PetitionFilterKey, slug: string, n: number): string {
  const first = `${root}kien-nghi/${key}/${slug}/`;
  return n <= 1 ? first : `${first}trang/${n}/`;
}

export interface FilteredListProps {
  petitions: Entry<PetitionData>[];
  page: number;
  pages: number;
  filter: { key: PetitionFilterKey; slug: string; label: string; pageUrl: (n: number) => string };
}

/** Every page of every filtered list of one filter, as Astro's static paths (`[value]/[...page]`). */
export function filteredListPaths(petitions: readonly Entry<PetitionData>[], key: PetitionFilterKey, root: string) {
  return filterValues(petitions, key).flatMap((v) => {
    const pages = paginate(filterPetitions(petitions, key, v.value), PETITIONS_PER_PAGE);
    const pageUrl = (n: number) => filterPageUrl(root, key, v.slug, n);
    return pages.map((list, i) => ({
      params: { value: v.slug, page: i === 0 ? undefined : `trang/${i + 1}` },
      props: {
        petitions: list,
        page: i + 1,
        pages: pages.length,
        filter: { key, slug: v.slug, label: v.label, pageUrl },
      } satisfies FilteredListProps,
    }));
  });
}
