/**
 * Phụ lục 3 of KH 85/KH-UBND ngày 05/4/2024 (seed 001, §IV.4 and its appendix): the quarterly summary the
 * city's compiling department (Sở Kế hoạch và Đầu tư then, Sở Tài chính since 2025) sends the People's
 * Committee. Section I lists the departments' meetings held in the quarter, one row each; section II the
 * districts' (now communes', wards', special zones') meetings, seven group rows each, in Phụ lục 2's order.
 * The Roman-numeral rows carry their section's sums. Counts are those of Phụ lục 1/2, from the petitions
 * the units publish: received = the meeting's petitions; resolved = `resolved: true`; not resolved, split
 * into transferred to another agency and asking for direction. Under the table: the units the plans
 * concern that are missing from it, with why, and the units whose figures come from an older snapshot.
 */
import { t } from '../../../i18n/index.ts';
import { formatDateTime, formatDecreeDate } from '../../base/text/date-line.ts';
import { compareVi } from '../../base/text/sort.ts';
import { activeDuring, exclusionDuring } from '../../ingest/city/registry.ts';
import type { PublishedPetition } from '../../ingest/published/open-data.ts';
import { MEETING_STATUSES } from '../../ingest/schema/meeting.ts';
import { PETITION_GROUPS } from '../../ingest/schema/petition.ts';
import { meetingsBetween, petitionWeight, type AppendixSection, type City, type CityMeeting, type CityUnit } from './model.ts';
import type { Quarter } from './quarters.ts';

export interface Appendix3Counts {
  received: number;
  resolved: number;
  unresolved: number;
  transferred: number;
  escalated: number;
}

export interface Appendix3Row extends Appendix3Counts {
  /** `1`…, or `1`…`7` for the group rows of section II */
  no: string;
  /** The group's label (section II), empty in section I */
  group: string;
  groupKey?: string;
  notes: string;
}

/** One meeting of one unit: one row (section I) or seven (section II). */
export interface Appendix3Block {
  unitId: string;
  unit: string;
  topic: string;
  time: string;
  meetingId: string;
  meetingUrl: string;
  /** Its figures come from an older snapshot */
  stale: boolean;
  rows: Appendix3Row[];
}

export interface Appendix3Section {
  id: AppendixSection;
  label: string;
  total: Appendix3Counts;
  blocks: Appendix3Block[];
}

export interface Appendix3Note {
  unitId: string;
  unit: string;
  reason: string;
}

export interface Appendix3 {
  quarter: Quarter;
  name: string;
  title: string;
  template: string;
  city: string;
  compiledBy: string;
  /** `Số liệu tính đến ngày 04 tháng 12 năm 2026` */
  asOfLine: string;
  asOf: string;
  columns: {
    no: string;
    unit: string;
    topic: string;
    time: string;
    group: string;
    received: string;
    resolved: string;
    unresolved: string;
    transferred: string;
    escalated: string;
    notes: string;
  };
  sections: [Appendix3Section, Appendix3Section];
  /** Units the plans concern with no meeting held in the quarter, or no data */
  missing: Appendix3Note[];
  /** Units whose figures come from their last good snapshot */
  stale: Appendix3Note[];
  /** Units a plan excludes (marked, not counted as missing) */
  excluded: Appendix3Note[];
}

type Tally = Appendix3Counts & { pending: number; declined: number };

const empty = (): Tally => ({ received: 0, resolved: 0, unresolved: 0, transferred: 0, escalated: 0, pending: 0, declined: 0 });

function add(tally: Tally, p: PublishedPetition): void {
  const n = petitionWeight(p);
  tally.received += n;
  if (p.resolved === true) tally.resolved += n;
  else {
    tally.unresolved += n;
    if (p.status === 'transferred') tally.transferred += n;
    else if (p.status === 'escalated') tally.escalated += n;
    else if (p.status === 'pending') tally.pending += n;
    else if (p.status === 'declined') tally.declined += n;
  }
}

function addCounts(into: Appendix3Counts, from: Appendix3Counts): void {
  into.received += from.received;
  into.resolved += from.resolved;
  into.unresolved += from.unresolved;
  into.transferred += from.transferred;
  into.escalated += from.escalated;
}

/** The notes column, as the unit's own report writes it (src/lib/domain/report). */
function notes(tally: Tally): string {
  const other = tally.unresolved - tally.transferred - tally.escalated - tally.pending - tally.declined;
  const parts: string[] = [];
  if (tally.pending) parts.push(t('report.note.pending', { count: tally.pending }));
  if (tally.declined) parts.push(t('report.note.declined', { count: tally.declined }));
  if (other) parts.push(t('report.note.otherUnresolved', { count: other }));
  return parts.join('; ');
}

function row(no: string, group: string, tally: Tally, groupKey?: string): Appendix3Row {
  const { received, resolved, unresolved, transferred, escalated } = tally;
  return { no, group, ...(groupKey ? { groupKey } : {}), received, resolved, unresolved, transferred, escalated, notes: notes(tally) };
}

const meetingStatusLabel = (value: string) => MEETING_STATUSES.find((s) => s.value === value)?.label ?? value;

function block(unit: CityUnit, meeting: CityMeeting, section: AppendixSection, index: number): Appendix3Block {
  const base = {
    unitId: unit.entry.id,
    unit: unit.entry.name,
    topic: meeting.data.topic ?? '',
    time: meeting.data.start ? formatDateTime(meeting.data.start) : '',
    meetingId: meeting.data.id,
    meetingUrl: meeting.data.url,
    stale: unit.stale,
  };
  if (section === 'I') {
    const tally = empty();
    for (const p of meeting.petitions) add(tally, p);
    return { ...base, rows: [row(String(index), '', tally)] };
  }
  const byGroup = new Map(PETITION_GROUPS.map((g) => [g.value as string, empty()]));
  const unknownGroup = empty();
  for (const p of meeting.petitions) add(p.group ? byGroup.get(p.group)! : unknownGroup, p);
  const rows = PETITION_GROUPS.map((g, i) => row(String(i + 1), g.label, byGroup.get(g.value)!, g.value));
  if (unknownGroup.received) {
    const last = rows[rows.length - 1]!;
    last.notes = [last.notes, t('city.appendix.unknownGroup', { count: unknownGroup.received })].filter(Boolean).join('; ');
  }
  return { ...base, rows };
}

/** Why a unit is not in the table for the quarter. */
function missingReason(unit: CityUnit, quarter: Quarter, asOf: string): string {
  if (!unit.data) return t('city.appendix.missing.noData', { reasons: unit.reasons.join('; ') || t('city.appendix.missing.never') });
  const inQuarter = meetingsBetween(unit, quarter.from, quarter.until);
  const off = inQuarter.find((m) => m.data.status === 'postponed' || m.data.status === 'cancelled');
  if (off)
    return t(off.data.status === 'postponed' ? 'city.appendix.missing.postponed' : 'city.appendix.missing.cancelled', {
      day: formatDecreeDate(off.day!),
    });
  const pending = inQuarter.find((m) => m.data.status === 'planned' || m.data.status === 'scheduled');
  if (pending)
    return t(pending.day! < asOf ? 'city.appendix.missing.statusStale' : 'city.appendix.missing.notYetHeld', {
      day: formatDecreeDate(pending.day!),
      status: meetingStatusLabel(pending.data.status).toLowerCase(),
    });
  return t('city.appendix.missing.none');
}

/** Phụ lục 3 of a quarter, from the city model. */
export function appendix3(city: City, quarter: Quarter): Appendix3 {
  const sections: [Appendix3Section, Appendix3Section] = [
    { id: 'I', label: t('city.appendix.section1'), total: empty(), blocks: [] },
    { id: 'II', label: t('city.appendix.section2'), total: empty(), blocks: [] },
  ];
  const missing: Appendix3Note[] = [];
  const stale: Appendix3Note[] = [];
  const excluded: Appendix3Note[] = [];
  const units = [...city.units].sort((a, b) => compareVi(a.entry.name, b.entry.name));
  for (const unit of units) {
    if (!unit.section || !activeDuring(unit.entry, quarter.from, quarter.until)) continue;
    const note = { unitId: unit.entry.id, unit: unit.entry.name };
    const exclusion = exclusionDuring(unit.entry, quarter.from, quarter.until);
    const held = meetingsBetween(unit, quarter.from, quarter.until)
      .filter((m) => m.data.status === 'held')
      .sort((a, b) => (a.data.start ?? '').localeCompare(b.data.start ?? ''));
    if (exclusion && held.length === 0) {
      excluded.push({ ...note, reason: t('city.appendix.excluded', { plan: exclusion.plan, source: exclusion.source }) });
      continue;
    }
    if (held.length === 0) {
      missing.push({ ...note, reason: missingReason(unit, quarter, city.asOf) });
      continue;
    }
    if (unit.stale)
      stale.push({
        ...note,
        reason: t('city.appendix.staleNote', { day: formatDecreeDate(unit.snapshotDay!), reasons: unit.reasons.join('; ') }),
      });
    const section = sections[unit.section === 'I' ? 0 : 1];
    for (const meeting of held) {
      const b = block(unit, meeting, unit.section, section.blocks.length + 1);
      section.blocks.push(b);
      for (const r of b.rows) addCounts(section.total, r);
    }
  }
  return {
    quarter,
    name: t('city.appendix.name'),
    title: t('city.appendix.title'),
    template: t('report.template'),
    city: city.name,
    compiledBy: city.compiledBy,
    asOf: city.asOf,
    asOfLine: t('city.appendix.asOf', { date: formatDecreeDate(city.asOf) }),
    columns: {
      no: t('report.col.no'),
      unit: t('city.appendix.col.unit'),
      topic: t('report.topic'),
      time: t('report.time'),
      group: t('report.col.group'),
      received: t('report.col.received'),
      resolved: t('report.col.resolved'),
      unresolved: t('report.col.unresolved'),
      transferred: t('report.col.transferred'),
      escalated: t('report.col.escalated1'),
      notes: t('report.col.notes'),
    },
    sections,
    missing,
    stale,
    excluded,
  };
}
