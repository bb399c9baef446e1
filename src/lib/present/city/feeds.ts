/**
 * The city section's feeds and open data: the upcoming meetings of every unit as RSS items and as an
 * iCalendar (UIDs `<unit>.<meeting>@<host>`, stable across builds), and the city's open data: the units
 * with the state of their data and their figures per quarter, every meeting, every petition (JSON, CSV).
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { t } from '../../../i18n/index.ts';
import { VIETNAM_TIME_ZONE, vietnamInstant } from '../../base/dates/civil.ts';
import { appendix3 } from '../../domain/city/appendix3.ts';
import { cityQuarters, displayName, quarterCell, type City } from '../../domain/city/model.ts';
import { VTIMEZONE } from '../feeds/calendar.ts';
import { meetingStatusLabel, petitionGroupLabel, petitionStatusLabel, unitKindLabel } from '../view/labels.ts';
import type { CityUrls } from './urls.ts';
import { stateView, upcomingMeetings } from './views.ts';

export interface CityFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** The upcoming meetings as feed items, soonest first. */
export function upcomingFeedItems(city: City, urls: CityUrls): CityFeedItem[] {
  return upcomingMeetings(city, urls).map((m) => ({
    title: `${m.unit}: ${m.title}`,
    link: m.href,
    pubDate: vietnamInstant(m.start),
    description: `${m.when} · ${m.status}`,
  }));
}

/** The iCalendar of every unit's meetings from the city's day on (scheduled, planned with a day). */
export function upcomingCalendar(city: City, host: string): string {
  const calendar = ical({
    name: t('city.feeds.calendarName', { city: city.name }),
    prodId: { company: city.compiledBy, product: 'doi-thoai-doanh-nghiep-city', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const unit of city.units) {
    for (const m of unit.meetings) {
      if (!m.day || m.day < city.asOf || !m.data.start || (m.data.status !== 'scheduled' && m.data.status !== 'planned')) continue;
      const start = m.data.start.length === 10 ? m.data.start : `${m.data.start}:00`;
      calendar.createEvent({
        id: `${unit.entry.id}.${m.data.id}@${host}`,
        start,
        ...(m.data.start.length === 10 ? { allDay: true } : { timezone: VIETNAM_TIME_ZONE }),
        stamp: vietnamInstant(unit.dataAsOf ?? city.asOf),
        summary: `${displayName(unit)}: ${m.data.title}`,
        description: [meetingStatusLabel(m.data.status), m.data.topic, m.data.url].filter(Boolean).join('\n'),
        url: m.data.url,
        status: ICalEventStatus.CONFIRMED,
      });
    }
  }
  const text = calendar.toString();
  return text.includes('BEGIN:VEVENT') ? text.replace('BEGIN:VEVENT', `${VTIMEZONE}\r\nBEGIN:VEVENT`) : text;
}

/** Bumped when a field of the city's open data is renamed or removed. */
export const CITY_OPEN_DATA_VERSION = 1;

export interface CityUnitRecord {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateLabel: string;
  reasons: string;
  stale: boolean;
  dataAsOf: string | null;
  fetchedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  replaces: string;
  replacedBy: string;
  excludedBy: string;
  sectionUrl: string | null;
  meetings: number;
  petitions: number;
  url: string;
}

export interface CityMeetingRecord {
  unit: string;
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  start: string | null;
  quarter: string | null;
  petitions: number;
  partsPresent: number | null;
  errors: number | null;
  warnings: number | null;
  url: string;
}

export interface CityPetitionRecord {
  unit: string;
  id: string;
  code: string;
  meeting: string | null;
  title: string;
  received: string | null;
  group: string | null;
  groupLabel: string | null;
  status: string;
  statusLabel: string;
  resolved: boolean | null;
  petitionCount: number;
  url: string;
}

/** The city's open data. `absolute` turns a section path into a public URL. */
export function cityOpenData(city: City, urls: CityUrls, absolute: (path: string) => string) {
  const units: CityUnitRecord[] = city.units.map((u) => {
    const state = stateView(u);
    return {
      id: u.entry.id,
      name: u.entry.name,
      kind: u.entry.kind,
      kindLabel: unitKindLabel(u.entry.kind),
      state: u.state,
      stateLabel: state.label,
      reasons: u.reasons.join('; '),
      stale: u.stale,
      dataAsOf: u.dataAsOf ?? null,
      fetchedOn: u.snapshotDay ?? null,
      validFrom: u.entry.validFrom ?? null,
      validUntil: u.entry.validUntil ?? null,
      replaces: (u.entry.replaces ?? []).join(' '),
      replacedBy: (u.entry.replacedBy ?? []).join(' '),
      excludedBy: (u.entry.excluded ?? []).map((e) => e.plan).join('; '),
      sectionUrl: u.sectionUrl ?? null,
      meetings: u.meetings.length,
      petitions: u.data?.petitions.reduce((n, p) => n + (p.petitionCount ?? 1), 0) ?? 0,
      url: absolute(urls.unit(u.entry.id)),
    };
  });
  const meetings: CityMeetingRecord[] = city.units.flatMap((u) =>
    u.meetings.map((m) => ({
      unit: u.entry.id,
      id: m.data.id,
      title: m.data.title,
      status: m.data.status,
      statusLabel: meetingStatusLabel(m.data.status),
      start: m.data.start,
      quarter: m.day ? `${m.day.slice(0, 4)}-q${Math.floor((Number(m.day.slice(5, 7)) - 1) / 3) + 1}` : null,
      petitions: m.petitions.reduce((n, p) => n + (p.petitionCount ?? 1), 0),
      partsPresent: m.audit
        ? (['notice', 'content', 'petitions', 'conclusion'] as const).filter((k) => m.audit!.parts[k].present).length
        : null,
      errors: m.audit ? m.audit.findings.filter((f) => f.severity === 'error').length : null,
      warnings: m.audit ? m.audit.findings.filter((f) => f.severity === 'warning').length : null,
      url: m.data.url,
    })),
  );
  const quarters = cityQuarters(city).map((q) => {
    const report = appendix3(city, q);
    return {
      id: q.id,
      label: q.label,
      departments: report.sections[0].total,
      communes: report.sections[1].total,
      meetingsReported: report.sections.reduce((n, s) => n + s.blocks.length, 0),
      missing: report.missing.map((m) => m.unitId),
      units: Object.fromEntries(city.units.map((u) => [u.entry.id, quarterCell(u, q)])),
      url: absolute(urls.appendix(q.id)),
    };
  });
  return { version: CITY_OPEN_DATA_VERSION, asOf: city.asOf, city: city.name, compiledBy: city.compiledBy, units, meetings, quarters };
}

/** Every petition of every unit, for `du-lieu/kien-nghi.csv`. */
export function cityPetitions(city: City): CityPetitionRecord[] {
  return city.units.flatMap((u) =>
    (u.data?.petitions ?? []).map((p) => ({
      unit: u.entry.id,
      id: p.id,
      code: p.code,
      meeting: p.meeting,
      title: p.title,
      received: p.received,
      group: p.group,
      groupLabel: p.group ? petitionGroupLabel(p.group) : null,
      status: p.status,
      statusLabel: petitionStatusLabel(p.status),
      resolved: p.resolved,
      petitionCount: p.petitionCount ?? 1,
      url: p.url,
    })),
  );
}

export const CITY_UNIT_COLUMNS = [
  'id',
  'name',
  'kind',
  'kindLabel',
  'state',
  'stateLabel',
  'reasons',
  'stale',
  'dataAsOf',
  'fetchedOn',
  'validFrom',
  'validUntil',
  'replaces',
  'replacedBy',
  'excludedBy',
  'sectionUrl',
  'meetings',
  'petitions',
  'url',
] as const satisfies readonly (keyof CityUnitRecord)[];

export const CITY_MEETING_COLUMNS = [
  'unit',
  'id',
  'title',
  'status',
  'statusLabel',
  'start',
  'quarter',
  'petitions',
  'partsPresent',
  'errors',
  'warnings',
  'url',
] as const satisfies readonly (keyof CityMeetingRecord)[];

export const CITY_PETITION_COLUMNS = [
  'unit',
  'id',
  'code',
  'meeting',
  'title',
  'received',
  'group',
  'groupLabel',
  'status',
  'statusLabel',
  'resolved',
  'petitionCount',
  'url',
] as const satisfies readonly (keyof CityPetitionRecord)[];
