/**
 * View models of the city section's pages: everything a page prints, in words, prepared here so that the
 * Astro pages and components only lay it out. Built from the city model (src/lib/domain/city).
 */
import { t } from '../../../i18n/index.ts';
import { formatDateTime, formatDecreeDate } from '../../base/text/date-line.ts';
import { compareVi } from '../../base/text/sort.ts';
import { UNIT_KINDS } from '../../ingest/schema/unit.ts';
import { appendix3 } from '../../domain/city/appendix3.ts';
import {
  activeInYear,
  cityQuarters,
  displayName,
  exclusionInYear,
  needsAttention,
  quarterCell,
  silentUnits,
  sortedUnits,
  type City,
  type CityUnit,
  type QuarterCell,
} from '../../domain/city/model.ts';
import { quartersOf, type Quarter } from '../../domain/city/quarters.ts';
import { meetingStatusLabel, unitKindLabel } from '../view/labels.ts';
import type { CityUrls } from './urls.ts';

export interface Link {
  label: string;
  href: string;
  current?: boolean;
}

export interface StateView {
  /** `ok`, `stale`, `unreachable`, `invalid`, `no-source`, `excluded` */
  key: string;
  label: string;
  /** What happened and which data is used meanwhile, one sentence each */
  details: string[];
}

export interface QuarterCellView {
  quarter: string;
  cell: QuarterCell;
  /** `1 hội nghị, 4/4 phần; 2 lỗi` in words for screen readers and print */
  summary: string;
  /** `held`, `partial`, `none`, `future` */
  tone: string;
}

export interface UnitRow {
  id: string;
  name: string;
  href: string;
  kindLabel: string;
  state: StateView;
  /** `12 ngày` since the data's day, or empty without data */
  age: string;
  quarters: QuarterCellView[];
}

export interface DashboardView {
  title: string;
  year: number;
  kindLabel?: string;
  years: Link[];
  kinds: Link[];
  quarters: Quarter[];
  groups: { kind: string; label: string; rows: UnitRow[] }[];
  /** Units whose data the build could not read fresh */
  problems: UnitRow[];
  silent: { name: string; href: string; reason: string }[];
  excluded: { name: string; href: string; reason: string }[];
  totals: { units: number; ok: number; problems: number; silent: number; held: number };
}

/** The state of a unit's data, in words. */
export function stateView(unit: CityUnit, year?: number): StateView {
  const exclusion = year ? exclusionInYear(unit, year) : undefined;
  const details = [...unit.reasons];
  if (unit.stale && unit.snapshotDay) details.push(t('city.state.usingSnapshot', { day: formatDecreeDate(unit.snapshotDay) }));
  if (unit.state !== 'ok' && !unit.data) details.push(t('city.state.noSnapshot'));
  if (exclusion) details.unshift(t('city.appendix.excluded', { plan: exclusion.plan, source: exclusion.source }));
  const key = exclusion && !needsAttention(unit) ? 'excluded' : unit.state;
  return { key, label: t(`city.state.${key}` as 'city.state.ok'), details };
}

function cellView(cell: QuarterCell, quarter: Quarter, asOf: string): QuarterCellView {
  const parts: string[] = [];
  if (quarter.from > asOf) return { quarter: quarter.label, cell, summary: t('city.cell.future'), tone: 'future' };
  parts.push(t('city.cell.held', { held: cell.held }));
  if (cell.held) parts.push(t('city.cell.complete', { complete: cell.complete, held: cell.held }));
  if (cell.postponed) parts.push(t('city.cell.postponed', { count: cell.postponed }));
  if (cell.errors) parts.push(t('city.cell.errors', { count: cell.errors }));
  if (cell.warnings) parts.push(t('city.cell.warnings', { count: cell.warnings }));
  const tone = cell.held === 0 ? 'none' : cell.complete === cell.held && cell.errors === 0 ? 'held' : 'partial';
  return { quarter: quarter.label, cell, summary: parts.join('; '), tone };
}

/** One unit's row of the dashboard for a year. */
export function unitRow(city: City, unit: CityUnit, year: number, urls: CityUrls): UnitRow {
  return {
    id: unit.entry.id,
    name: displayName(unit),
    href: urls.unit(unit.entry.id),
    kindLabel: unitKindLabel(unit.entry.kind),
    state: stateView(unit, year),
    age: unit.dataAgeDays === undefined ? '' : t('city.age', { days: unit.dataAgeDays }),
    quarters: quartersOf(year).map((q) => {
      const view = cellView(quarterCell(unit, q), q, city.asOf);
      // A unit the plan excludes is not expected to meet: its empty quarters are not shortcomings.
      return exclusionInYear(unit, year) && view.tone === 'none' ? { ...view, tone: 'excluded' } : view;
    }),
  };
}

/** The dashboard of a year, all kinds or one. */
export function dashboardView(city: City, year: number, urls: CityUrls, kind?: string): DashboardView {
  const units = sortedUnits(city.units.filter((u) => activeInYear(u, year) && (!kind || u.entry.kind === kind)));
  const rows = new Map(units.map((u) => [u, unitRow(city, u, year, urls)]));
  const kinds = UNIT_KINDS.filter((k) => city.units.some((u) => u.entry.kind === k.value));
  const groups = kinds
    .filter((k) => !kind || k.value === kind)
    .map((k) => ({ kind: k.value, label: k.label, rows: units.filter((u) => u.entry.kind === k.value).map((u) => rows.get(u)!) }))
    .filter((g) => g.rows.length > 0);
  const concerned = units.filter((u) => !exclusionInYear(u, year));
  const problems = units.filter(needsAttention).map((u) => rows.get(u)!);
  const silent = silentUnits(city, year)
    .filter((u) => !kind || u.entry.kind === kind)
    .sort((a, b) => compareVi(a.entry.name, b.entry.name))
    .map((u) => ({
      name: u.entry.name,
      href: urls.unit(u.entry.id),
      reason: u.data ? t('city.silent.nothing', { year }) : stateView(u).details.join(' '),
    }));
  const excluded = units
    .filter((u) => exclusionInYear(u, year))
    .map((u) => ({ name: u.entry.name, href: urls.unit(u.entry.id), reason: stateView(u, year).details[0]! }));
  const held = units.reduce((sum, u) => sum + quartersOf(year).reduce((s, q) => s + quarterCell(u, q).held, 0), 0);
  const kindLabel = kind ? unitKindLabel(kind) : undefined;
  return {
    title: kindLabel ? t('city.dashboard.titleKind', { year, kind: kindLabel }) : t('city.dashboard.title', { year }),
    year,
    ...(kindLabel ? { kindLabel } : {}),
    years: city.years.map((y) => ({ label: String(y), href: kind ? urls.yearKind(y, kind) : urls.year(y), current: y === year })),
    kinds: [
      { label: t('city.dashboard.allKinds'), href: urls.year(year), current: !kind },
      ...kinds.map((k) => ({ label: k.label, href: urls.yearKind(year, k.value), current: k.value === kind })),
    ],
    quarters: quartersOf(year),
    groups,
    problems,
    silent,
    excluded,
    totals: {
      units: concerned.length,
      ok: concerned.filter((u) => u.state === 'ok').length,
      problems: problems.length,
      silent: silent.length,
      held,
    },
  };
}

export interface UnitPageView {
  id: string;
  name: string;
  kindLabel: string;
  state: StateView;
  facts: { label: string; value: string; href?: string }[];
  links: Link[];
  related: { label: string; units: Link[] }[];
  years: { year: number; rows: QuarterCellView[] }[];
  meetings: { title: string; href: string; status: string; when: string; petitions: number; parts: string; findings: string }[];
  unitFindings: string[];
}

/** A unit's page in the city section. */
export function unitPageView(city: City, unit: CityUnit, urls: CityUrls): UnitPageView {
  const byId = new Map(city.units.map((u) => [u.entry.id, u]));
  const link = (id: string) => ({ label: byId.get(id)?.entry.name ?? id, href: urls.unit(id) });
  const facts: UnitPageView['facts'] = [{ label: t('city.unit.kind'), value: unitKindLabel(unit.entry.kind) }];
  if (unit.entry.validFrom) facts.push({ label: t('city.unit.validFrom'), value: formatDecreeDate(unit.entry.validFrom) });
  if (unit.entry.validUntil) facts.push({ label: t('city.unit.validUntil'), value: formatDecreeDate(unit.entry.validUntil) });
  if (unit.data?.unit.rules ?? unit.audit?.rules)
    facts.push({ label: t('city.unit.rules'), value: (unit.data?.unit.rules ?? unit.audit?.rules)! });
  if (unit.dataAsOf) facts.push({ label: t('city.unit.dataAsOf'), value: formatDecreeDate(unit.dataAsOf) });
  if (unit.snapshotDay) facts.push({ label: t('city.unit.fetched'), value: formatDecreeDate(unit.snapshotDay) });
  if (unit.entry.note) facts.push({ label: t('city.unit.note'), value: unit.entry.note });
  const links: Link[] = [];
  if (unit.sectionUrl) {
    links.push({ label: t('city.unit.linkSection'), href: unit.sectionUrl });
    links.push({ label: t('city.unit.linkAudit'), href: new URL('kiem-tra/', unit.sectionUrl).href });
  }
  const related = [
    { label: t('city.unit.replaces'), units: (unit.entry.replaces ?? []).map(link) },
    { label: t('city.unit.replacedBy'), units: (unit.entry.replacedBy ?? []).map(link) },
  ].filter((r) => r.units.length > 0);
  const years = city.years.filter((y) => activeInYear(unit, y)).map((year) => ({ year, rows: unitRow(city, unit, year, urls).quarters }));
  const meetings = [...unit.meetings]
    .sort((a, b) => (b.data.start ?? b.data.period ?? '').localeCompare(a.data.start ?? a.data.period ?? ''))
    .map((m) => {
      const parts = m.audit
        ? (['notice', 'content', 'petitions', 'conclusion'] as const).filter((p) => m.audit!.parts[p].present).length
        : undefined;
      const errors = m.audit?.findings.filter((f) => f.severity === 'error').length ?? 0;
      const warnings = (m.audit?.findings.length ?? 0) - errors;
      return {
        title: m.data.title,
        href: m.data.url,
        status: meetingStatusLabel(m.data.status),
        when: m.data.start ? formatDateTime(m.data.start) : (m.data.period ?? ''),
        petitions: m.petitions.reduce((n, p) => n + (p.petitionCount ?? 1), 0),
        parts: parts === undefined ? '' : t('city.unit.parts', { parts }),
        findings: m.audit ? t('city.unit.findings', { errors, warnings }) : '',
      };
    });
  return {
    id: unit.entry.id,
    name: unit.entry.name,
    kindLabel: unitKindLabel(unit.entry.kind),
    state: stateView(unit, Number(city.asOf.slice(0, 4))),
    facts,
    links,
    related,
    years,
    meetings,
    unitFindings: (unit.audit?.findings ?? []).map((f) => f.message),
  };
}

export interface AppendixIndexView {
  quarters: { label: string; href: string; held: number; missing: number }[];
}

/** The list of quarters with their Phụ lục 3. */
export function appendixIndexView(city: City, urls: CityUrls): AppendixIndexView {
  return {
    quarters: cityQuarters(city).map((q) => {
      const report = appendix3(city, q);
      return {
        label: q.label,
        href: urls.appendix(q.id),
        held: report.sections.reduce((n, s) => n + s.blocks.length, 0),
        missing: report.missing.length,
      };
    }),
  };
}

export interface UpcomingMeeting {
  unit: string;
  unitHref: string;
  title: string;
  href: string;
  start: string;
  when: string;
  status: string;
}

/** Meetings of every unit from `asOf` on (announced or planned with a day), soonest first. */
export function upcomingMeetings(city: City, urls: CityUrls): UpcomingMeeting[] {
  return city.units
    .flatMap((u) =>
      u.meetings
        .filter((m) => m.day && m.day >= city.asOf && (m.data.status === 'scheduled' || m.data.status === 'planned'))
        .map((m) => ({
          unit: displayName(u),
          unitHref: urls.unit(u.entry.id),
          title: m.data.title,
          href: m.data.url,
          start: m.data.start!,
          when: formatDateTime(m.data.start!),
          status: meetingStatusLabel(m.data.status),
        })),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || compareVi(a.unit, b.unit));
}

/** The day line of the footer. */
export function updatedLine(city: City): string {
  return t('city.footer.updated', { date: formatDecreeDate(city.asOf) });
}
