/**
 * The city's model: every registry unit with the data the city build could use for it (fresh, or its last
 * good snapshot), its state and reasons, and per quarter what the dashboard shows (meetings held, four
 * parts complete, audit errors and warnings). Built once from the fetch results; pages, Phụ lục 3, the
 * search and the feeds only read it.
 */
import { daysBetween, todayInVietnam, type IsoDate } from '../../base/dates/civil.ts';
import { compareVi } from '../../base/text/sort.ts';
import type { UnitFetch, UnitState } from '../../ingest/city/fetch.ts';
import { activeDuring, exclusionDuring, type Exclusion, type Registry, type RegistryUnit } from '../../ingest/city/registry.ts';
import type { PublishedAudit, PublishedMeetingAudit } from '../../ingest/published/audit.ts';
import type { PublishedMeeting, PublishedOpenData, PublishedPetition } from '../../ingest/published/open-data.ts';
import { quarterOf, quartersOf, type Quarter } from './quarters.ts';

/** Section I of Phụ lục 3 (departments, the zone authority) or II (districts, communes, wards, special zones). */
export type AppendixSection = 'I' | 'II';

export interface CityMeeting {
  data: PublishedMeeting;
  /** `YYYY-MM-DD` of its start, when it has one */
  day?: IsoDate;
  audit?: PublishedMeetingAudit;
  petitions: PublishedPetition[];
}

export interface CityUnit {
  entry: RegistryUnit;
  state: UnitState;
  /** Why the build could not use fresh data, one sentence each */
  reasons: string[];
  data?: PublishedOpenData;
  audit?: PublishedAudit;
  /** The data in use is an older snapshot (the fresh copy failed) */
  stale: boolean;
  /** The Vietnam day the data in use was fetched */
  snapshotDay?: IsoDate;
  /** The unit's own "as of" day of the data in use */
  dataAsOf?: IsoDate;
  /** Days from the data's "as of" to the city's */
  dataAgeDays?: number;
  section?: AppendixSection;
  meetings: CityMeeting[];
  /** Link to the unit's section (registry URL, else the address the data gives) */
  sectionUrl?: string;
}

export interface QuarterCell {
  /** Meetings dated in the quarter, any status */
  meetings: number;
  held: number;
  /** Held meetings with all four parts published */
  complete: number;
  postponed: number;
  errors: number;
  warnings: number;
}

export interface City {
  name: string;
  compiledBy: string;
  portalUrl?: string;
  asOf: IsoDate;
  units: CityUnit[];
  /** Years that have any meeting, newest first (always includes the year of `asOf`) */
  years: number[];
}

/** Which section of Phụ lục 3 a unit kind belongs to (none for a city or province). */
export function sectionOf(kind: string): AppendixSection | undefined {
  if (kind === 'department' || kind === 'zone-authority') return 'I';
  if (kind === 'district' || kind === 'commune') return 'II';
  return undefined;
}

/** The short name pages, filters and feeds show: the registry's, else the one the unit publishes, else its full name. */
export function displayName(unit: Pick<CityUnit, 'entry' | 'data'>): string {
  return unit.entry.shortName ?? unit.data?.unit.shortName ?? unit.entry.name;
}

/** The day a meeting's start names. */
export function meetingDay(meeting: PublishedMeeting): IsoDate | undefined {
  return meeting.start ? meeting.start.slice(0, 10) : undefined;
}

/** How many petitions an entry stands for (an aggregate counts its number). */
export function petitionWeight(petition: PublishedPetition): number {
  return petition.petitionCount ?? 1;
}

function cityUnit(entry: RegistryUnit, fetched: UnitFetch, asOf: IsoDate): CityUnit {
  const data = fetched.data.value;
  const audit = fetched.audit.value;
  const byMeeting = new Map<string, PublishedPetition[]>();
  for (const p of data?.petitions ?? []) {
    if (!p.meeting) continue;
    const list = byMeeting.get(p.meeting);
    if (list) list.push(p);
    else byMeeting.set(p.meeting, [p]);
  }
  const audits = new Map((audit?.meetings ?? []).map((m) => [m.id, m]));
  const meetings: CityMeeting[] = (data?.meetings ?? []).map((m) => {
    const day = meetingDay(m);
    const meetingAudit = audits.get(m.id);
    return {
      data: m,
      ...(day ? { day } : {}),
      ...(meetingAudit ? { audit: meetingAudit } : {}),
      petitions: byMeeting.get(m.id) ?? [],
    };
  });
  const snapshotDay = fetched.data.fetchedAt ? todayInVietnam(new Date(fetched.data.fetchedAt)) : undefined;
  const section = sectionOf(entry.kind);
  const sectionUrl = entry.source?.kind === 'url' ? entry.source.url : (data?.unit.sectionUrl ?? undefined);
  return {
    entry,
    state: fetched.state,
    reasons: fetched.reasons,
    ...(data ? { data, dataAsOf: data.asOf, dataAgeDays: Math.max(0, daysBetween(data.asOf, asOf)) } : {}),
    ...(audit ? { audit } : {}),
    stale: Boolean(data) && !fetched.data.fresh,
    ...(snapshotDay ? { snapshotDay } : {}),
    ...(section ? { section } : {}),
    meetings,
    ...(sectionUrl ? { sectionUrl } : {}),
  };
}

/** The city model from the registry and the fetch results, as of a day. */
export function buildCity(registry: Registry, fetched: ReadonlyMap<string, UnitFetch>, asOf: IsoDate): City {
  const units = registry.units.map((entry) => cityUnit(entry, fetched.get(entry.id)!, asOf));
  const years = new Set<number>([Number(asOf.slice(0, 4))]);
  for (const u of units) for (const m of u.meetings) if (m.day) years.add(Number(m.day.slice(0, 4)));
  return {
    name: registry.city,
    compiledBy: registry.compiledBy,
    ...(registry.portalUrl ? { portalUrl: registry.portalUrl } : {}),
    asOf,
    units,
    years: [...years].sort((a, b) => b - a),
  };
}

/**
 * True when the unit's data needs someone's attention: unreachable, invalid, or no address yet. A unit
 * that a plan excludes and that has no address is as it should be.
 */
export function needsAttention(unit: Pick<CityUnit, 'state' | 'entry'>): boolean {
  if (unit.state === 'ok') return false;
  return !(unit.state === 'no-source' && (unit.entry.excluded ?? []).length > 0);
}

/** The unit's meetings dated in [from, until]. */
export function meetingsBetween(unit: CityUnit, from: IsoDate, until: IsoDate): CityMeeting[] {
  return unit.meetings.filter((m) => m.day !== undefined && m.day >= from && m.day <= until);
}

/** What the dashboard shows for a unit in a quarter. */
export function quarterCell(unit: CityUnit, quarter: Quarter): QuarterCell {
  const cell: QuarterCell = { meetings: 0, held: 0, complete: 0, postponed: 0, errors: 0, warnings: 0 };
  for (const m of meetingsBetween(unit, quarter.from, quarter.until)) {
    cell.meetings++;
    if (m.data.status === 'held') {
      cell.held++;
      const parts = m.audit?.parts;
      if (parts && parts.notice.present && parts.content.present && parts.petitions.present && parts.conclusion.present) cell.complete++;
    }
    if (m.data.status === 'postponed' || m.data.status === 'cancelled') cell.postponed++;
    for (const f of m.audit?.findings ?? []) {
      if (f.severity === 'error') cell.errors++;
      else cell.warnings++;
    }
  }
  return cell;
}

/** The plan exclusion that covers the unit in a year, if any. */
export function exclusionInYear(unit: CityUnit, year: number): Exclusion | undefined {
  return exclusionDuring(unit.entry, `${year}-01-01`, `${year}-12-31`);
}

/** True when the unit exists on some day of the year. */
export function activeInYear(unit: CityUnit, year: number): boolean {
  return activeDuring(unit.entry, `${year}-01-01`, `${year}-12-31`);
}

/**
 * Units the plans concern that published nothing dated in the year: no meeting (held, announced or
 * planned for a period of that year), no document, no petition received. Units without data count too.
 */
export function silentUnits(city: City, year: number): CityUnit[] {
  const y = String(year);
  return city.units.filter((u) => {
    if (!activeInYear(u, year) || exclusionInYear(u, year)) return false;
    const data = u.data;
    if (!data) return true;
    const meeting = data.meetings.some((m) => m.start?.startsWith(y) || (m.period ?? '').includes(y));
    const document = data.documents.some((d) => d.published?.startsWith(y));
    const petition = data.petitions.some((p) => p.received?.startsWith(y));
    return !meeting && !document && !petition;
  });
}

/** Quarters of every year the city has, newest first; a quarter that has not begun is left out. */
export function cityQuarters(city: City): Quarter[] {
  return city.years.flatMap((y) => quartersOf(y).reverse()).filter((q) => q.from <= city.asOf);
}

/** The quarter `asOf` falls in. */
export function currentQuarter(city: City): Quarter {
  return quarterOf(city.asOf);
}

/** Units in the order pages list them: by section, then kind, then Vietnamese name. */
export function sortedUnits(units: readonly CityUnit[]): CityUnit[] {
  const rank = (u: CityUnit) => (u.section === 'I' ? 0 : u.section === 'II' ? 1 : 2);
  return [...units].sort((a, b) => rank(a) - rank(b) || a.entry.kind.localeCompare(b.entry.kind) || compareVi(a.entry.name, b.entry.name));
}
