/**
 * The city's one search: a single Pagefind index built from what the units publish (their du-lieu.json),
 * not a merge of their indexes at query time. Each petition, document and meeting is one record whose URL
 * is the unit's own page, so a result opens the unit's site. The text is folded exactly as the unit
 * search folds it (foldForSearch: no marks, đ → d, lower case), so "dat dai" finds "đất đai". Filters:
 * unit, kind, year, group, status and part, in the words people read.
 */
import { t } from '../../../i18n/index.ts';
import { foldForSearch } from '../../base/text/slug.ts';
import { compareVi, sortByVi } from '../../base/text/sort.ts';
import { displayName, type City, type CityUnit } from '../../domain/city/model.ts';
import type { SearchRecord } from '../search/records.ts';
import { petitionGroupLabel, petitionStatusLabel, unitKindLabel } from '../view/labels.ts';

/** The filters of the city search, in the order the page shows them. */
export const CITY_FILTER_KEYS = ['unit', 'kind', 'year', 'part', 'group', 'status'] as const;
export type CityFilterKey = (typeof CITY_FILTER_KEYS)[number];

const SUMMARY_LENGTH = 220;

function summarize(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

const unitName = (unit: CityUnit) => displayName(unit);

/** Every record of one unit's published data. */
function* unitRecords(unit: CityUnit): Generator<SearchRecord> {
  const data = unit.data;
  if (!data) return;
  const name = unitName(unit);
  const kind = unitKindLabel(unit.entry.kind);
  const meetingTitles = new Map(data.meetings.map((m) => [m.id, m.title]));
  const base = (part: string, date: string | null | undefined) => ({
    unit: [name],
    kind: [kind],
    part: [part],
    ...(date ? { year: [date.slice(0, 4)] } : {}),
  });
  const partPetitions = t('site.part.kien-nghi');
  for (const p of data.petitions) {
    const group = p.group ? petitionGroupLabel(p.group) : '';
    const status = petitionStatusLabel(p.status);
    const meeting = p.meeting ? (meetingTitles.get(p.meeting) ?? '') : '';
    const summary = [p.code, group, status, p.submitterName ?? '', p.answerBy ? t('city.search.answeredBy', { by: p.answerBy }) : '']
      .filter(Boolean)
      .join(' · ');
    yield {
      url: p.url,
      content: foldForSearch(`${p.title}. ${p.title}. ${summary}. ${meeting}. ${unit.entry.name}`),
      language: 'vi',
      meta: { title: p.title, date: p.received ?? '', part: partPetitions, unit: name, summary: summarize(summary) },
      filters: { ...base(partPetitions, p.received), ...(group ? { group: [group] } : {}), status: [status] },
    };
  }
  for (const d of data.documents) {
    const part = t(`site.part.${d.part}`);
    const summary = [d.number ?? '', d.meeting ? (meetingTitles.get(d.meeting) ?? '') : ''].filter(Boolean).join(' · ');
    yield {
      url: d.url,
      content: foldForSearch(`${d.title}. ${d.title}. ${summary}. ${unit.entry.name}`),
      language: 'vi',
      meta: { title: d.title, date: d.published ?? '', part, unit: name, summary: summarize(summary) },
      filters: base(part, d.published),
    };
  }
  const partMeetings = t('site.meetings');
  for (const m of data.meetings) {
    const summary = [m.topic ?? '', m.period ?? ''].filter(Boolean).join(' · ');
    yield {
      url: m.url,
      content: foldForSearch(`${m.title}. ${m.title}. ${summary}. ${unit.entry.name}`),
      language: 'vi',
      meta: { title: m.title, date: m.start?.slice(0, 10) ?? '', part: partMeetings, unit: name, summary: summarize(summary) },
      filters: base(partMeetings, m.start),
    };
  }
}

/** Every record of the city, unit by unit in the registry's order. */
export function* citySearchRecords(city: City): Generator<SearchRecord> {
  for (const unit of city.units) yield* unitRecords(unit);
}

export interface CityFilterOption {
  key: CityFilterKey;
  values: string[];
}

/** The values each filter can take, written into the search page so the form is whole before the index loads. */
export function cityFilterOptions(city: City): CityFilterOption[] {
  const sets = Object.fromEntries(CITY_FILTER_KEYS.map((k) => [k, new Set<string>()])) as Record<CityFilterKey, Set<string>>;
  for (const record of citySearchRecords(city)) {
    for (const key of CITY_FILTER_KEYS) for (const value of record.filters[key] ?? []) sets[key].add(value);
  }
  const partOrder = [
    t('site.part.thong-bao'),
    t('site.part.noi-dung'),
    t('site.part.kien-nghi'),
    t('site.part.ket-luan'),
    t('site.meetings'),
  ];
  return CITY_FILTER_KEYS.map((key) => {
    const values = [...sets[key]];
    if (key === 'year') return { key, values: values.sort().reverse() };
    if (key === 'part') return { key, values: values.sort((a, b) => partOrder.indexOf(a) - partOrder.indexOf(b)) };
    return { key, values: key === 'unit' ? values.sort(compareVi) : sortByVi(values) };
  });
}
