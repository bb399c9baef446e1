/**
 * The site's data, prepared once from the validated entries: the unit, its rules, the meetings with
 * their four parts joined in one pass, and each part sorted as the pages show it. Pages and commands
 * only read this.
 */
import { petitionMeetings } from './facts.ts';
import { datePart } from '../../base/dates/civil.ts';
import { resolveRules, rulesKind, type RulesOverride, type RulesProfile } from '../../law/rules/profiles.ts';
import { compareVi } from '../../base/text/sort.ts';
import type { ValidEntry } from '../../ingest/content/validate.ts';
import type { EntryHtml } from '../../ingest/markdown/render.ts';
import type { CalendarYear, ConclusionData, ContentData, Entry, MeetingData, NoticeData, PetitionData, Unit } from './types.ts';

export interface Meeting extends Entry<MeetingData> {
  notices: Entry<NoticeData>[];
  contents: Entry<ContentData>[];
  petitions: Entry<PetitionData>[];
  conclusions: Entry<ConclusionData>[];
  /** The meeting's day (`YYYY-MM-DD`), when it has a start */
  day?: string;
  /** Its last day: `end` for a meeting of several days, else its day */
  endDay?: string;
}

export interface Site {
  unit: Unit;
  /** The unit's rules: its city plan, its own plan, its overrides (`rulesOn` picks a meeting's) */
  rules: RulesProfile;
  calendars: CalendarYear[];
  /** Newest first: by start, or by plan date while planned */
  meetings: Meeting[];
  meetingById: ReadonlyMap<string, Meeting>;
  /** Each part, newest first */
  notices: Entry<NoticeData>[];
  contents: Entry<ContentData>[];
  /** Newest received first (unknown receipt last), then by code */
  petitions: Entry<PetitionData>[];
  /** Petitions of the standing channel: raised at no meeting */
  standingPetitions: Entry<PetitionData>[];
  conclusions: Entry<ConclusionData>[];
}

/** A validated entry, with its HTML when it was rendered for pages. */
export type ModelEntry = ValidEntry & { html?: EntryHtml };

function entriesOf<T>(entries: ModelEntry[], collection: string): Entry<T>[] {
  return entries
    .filter((e) => e.collection === collection)
    .map((e) => ({ id: e.id, file: e.file, data: e.data as T, body: e.body, ...(e.html ? { html: e.html } : {}) }));
}

/** Newest first by a date; an unknown date (`null`, '') sorts after every known one. */
const byNewest =
  <T>(date: (data: T) => string | null | undefined) =>
  (a: Entry<T>, b: Entry<T>) => {
    const da = date(a.data) ?? '';
    const db = date(b.data) ?? '';
    return da === db ? compareVi(a.id, b.id) : da < db ? 1 : -1;
  };

/** The meeting's sort key: its start, else its plan's date ('' when neither is known). */
export function meetingDate(data: MeetingData): string {
  return data.start ?? data.plan?.date ?? '';
}

/** Builds the site model from valid entries (they must include `don-vi`). */
export function buildSite(entries: ModelEntry[]): Site {
  const unitEntry = entries.find((e) => e.collection === 'don-vi');
  if (!unitEntry) throw new Error('don-vi.yaml is missing: validate the content root first');
  const unit = unitEntry.data as Unit;
  const rules = resolveRules(unit.rules, rulesKind(unit.kind), (unit.rulesOverride ?? {}) as RulesOverride, unit.unitPlan);
  const calendars = entriesOf<CalendarYear>(entries, 'lich-nghi')
    .map((e) => e.data)
    .sort((a, b) => a.year - b.year);

  const notices = entriesOf<NoticeData>(entries, 'thong-bao').sort(byNewest((d) => d.published));
  const contents = entriesOf<ContentData>(entries, 'noi-dung').sort(byNewest((d) => d.published));
  const petitions = entriesOf<PetitionData>(entries, 'kien-nghi').sort(byNewest((d) => d.received));
  const conclusions = entriesOf<ConclusionData>(entries, 'ket-luan').sort(byNewest((d) => d.published));

  const meetings: Meeting[] = entriesOf<MeetingData>(entries, 'hoi-nghi')
    .map((e) => ({
      ...e,
      notices: [],
      contents: [],
      petitions: [],
      conclusions: [],
      day: e.data.start ? datePart(e.data.start) : undefined,
      endDay: e.data.start ? (e.data.end ?? datePart(e.data.start)) : undefined,
    }))
    .sort(byNewest(meetingDate));
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  // One pass per part: each document joins its meeting through the map, never by searching a list.
  for (const n of notices) meetingById.get(n.data.meeting)?.notices.push(n);
  for (const c of contents) meetingById.get(c.data.meeting)?.contents.push(c);
  const standingPetitions: Entry<PetitionData>[] = [];
  for (const p of petitions) {
    const ids = petitionMeetings(p.data);
    if (ids.length === 0) standingPetitions.push(p);
    for (const id of ids) meetingById.get(id)?.petitions.push(p);
  }
  for (const c of conclusions) meetingById.get(c.data.meeting)?.conclusions.push(c);
  // Within a meeting, petitions read best in code order.
  for (const m of meetings) m.petitions.sort((a, b) => compareVi(a.data.code, b.data.code));

  return { unit, rules, calendars, meetings, meetingById, notices, contents, petitions, standingPetitions, conclusions };
}
