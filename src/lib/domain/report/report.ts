/**
 * The report of a meeting's results to the city (KH 85/KH-UBND ngày 05/4/2024, appendices; seed 001):
 * Phụ lục 1 for departments and the Economic Zone authority (one row), Phụ lục 2 for districts, wards
 * and communes (one row per petition group, in the appendix's order). Counts come from the petitions:
 * received = all the meeting's petitions; resolved = `resolved: true`; not resolved, split into
 * transferred to another agency (`transferred`) and asking the city for direction (`escalated`).
 */
import { t } from '../../../i18n/index.ts';
import type { Meeting, Site } from '../model/site.ts';
import type { PetitionData, Unit } from '../model/types.ts';
import { PETITION_GROUPS } from '../../ingest/schema/petition.ts';
import { formatDateTime } from '../../base/text/date-line.ts';
import { petitionMeetings, petitionWeight } from '../model/facts.ts';

export type Appendix = 1 | 2;

/** One row of counts. */
export interface ReportCounts {
  received: number;
  resolved: number;
  unresolved: number;
  transferred: number;
  escalated: number;
}

export interface ReportRow extends ReportCounts {
  /** `1`…`7`, or empty for the total */
  no: string;
  /** The group's label (Phụ lục 2), empty in Phụ lục 1 */
  group: string;
  /** The group's key, for Phụ lục 2 rows */
  groupKey?: PetitionData['group'];
  notes: string;
}

export interface MeetingReport {
  appendix: Appendix;
  /** `Phụ lục 1` */
  name: string;
  title: string;
  template: string;
  meetingId: string;
  unit: string;
  /** `08 giờ 00, ngày 21 tháng 5 năm 2026` (or the announced period) */
  time: string;
  topic?: string;
  /** The columns' headings, top level then the two under "not resolved" */
  columns: {
    no: string;
    group?: string;
    received: string;
    resolved: string;
    unresolved: string;
    transferred: string;
    escalated: string;
    notes: string;
  };
  rows: ReportRow[];
  /** Phụ lục 2: the total row under the seven groups */
  total?: ReportRow;
}

/** Phụ lục 1 for departments and the zone authority, Phụ lục 2 for districts and communes. */
export function appendixFor(kind: Unit['kind']): Appendix {
  return kind === 'department' || kind === 'zone-authority' ? 1 : 2;
}

function emptyCounts(): ReportCounts & { pending: number; declined: number; resolvedUnknown: number } {
  return { received: 0, resolved: 0, unresolved: 0, transferred: 0, escalated: 0, pending: 0, declined: 0, resolvedUnknown: 0 };
}

type Tally = ReturnType<typeof emptyCounts>;

/**
 * Whether a petition was resolved thoroughly: `resolved` when written, else unknown (`null`), as the open
 * data says: never counted as "not resolved" (nor printed "Không") on the strength of a missing key.
 */
export function resolvedState(p: PetitionData): boolean | null {
  return p.resolved ?? null;
}

/** Counts a petition: an aggregate ("5 doanh nghiệp") by its count. */
function add(tally: Tally, p: PetitionData): void {
  const weight = petitionWeight(p);
  tally.received += weight;
  // A petition handed to another agency is not resolved by the unit, whatever `resolved` says (the audit's
  // `transfer` finding asks to correct it).
  const handedOver = p.status === 'transferred' || p.status === 'escalated';
  const resolved = handedOver ? false : resolvedState(p);
  if (resolved === null) tally.resolvedUnknown += weight;
  else if (resolved) tally.resolved += weight;
  else {
    tally.unresolved += weight;
    if (p.status === 'transferred') tally.transferred += weight;
    else if (p.status === 'escalated') tally.escalated += weight;
    else if (p.status === 'pending') tally.pending += weight;
    else if (p.status === 'declined') tally.declined += weight;
  }
}

/** What the two sub-columns do not explain of "not resolved": pending, declined, answered but not settled. */
function notes(tally: Tally): string {
  const other = tally.unresolved - tally.transferred - tally.escalated - tally.pending - tally.declined;
  const parts: string[] = [];
  if (tally.resolvedUnknown) parts.push(t('report.note.resolvedUnknown', { count: tally.resolvedUnknown }));
  if (tally.pending) parts.push(t('report.note.pending', { count: tally.pending }));
  if (tally.declined) parts.push(t('report.note.declined', { count: tally.declined }));
  if (other) parts.push(t('report.note.otherUnresolved', { count: other }));
  return parts.join('; ');
}

function row(no: string, group: string, tally: Tally, groupKey?: PetitionData['group']): ReportRow {
  const { received, resolved, unresolved, transferred, escalated } = tally;
  const result: ReportRow = { no, group, received, resolved, unresolved, transferred, escalated, notes: notes(tally) };
  if (groupKey) result.groupKey = groupKey;
  return result;
}

/** The petitions a meeting reports: those raised there (a petition carried over is reported where it was raised). */
export function reportedPetitions(meeting: Meeting): Meeting['petitions'] {
  return meeting.petitions.filter((p) => petitionMeetings(p.data)[0] === meeting.id);
}

/** The report of one meeting for the site's unit. */
export function meetingReport(site: Site, meeting: Meeting): MeetingReport {
  const appendix = appendixFor(site.unit.kind);
  const columns = {
    no: t('report.col.no'),
    received: t('report.col.received'),
    resolved: t('report.col.resolved'),
    unresolved: t('report.col.unresolved'),
    transferred: t('report.col.transferred'),
    escalated: t(appendix === 1 ? 'report.col.escalated1' : 'report.col.escalated2'),
    notes: t('report.col.notes'),
  };
  const d = meeting.data;
  const base = {
    appendix,
    name: t(appendix === 1 ? 'report.appendix1.name' : 'report.appendix2.name'),
    title: t(appendix === 1 ? 'report.appendix1.title' : 'report.appendix2.title'),
    template: t('report.template'),
    meetingId: meeting.id,
    unit: site.unit.name,
    time: d.start ? formatDateTime(d.start) : (d.period ?? ''),
    ...(d.topic ? { topic: d.topic } : {}),
  };
  if (appendix === 1) {
    const tally = emptyCounts();
    for (const p of reportedPetitions(meeting)) add(tally, p.data);
    return { ...base, columns, rows: [row('1', '', tally)] };
  }
  const byGroup = new Map(PETITION_GROUPS.map((g) => [g.value as string, emptyCounts()]));
  const unknownGroup = emptyCounts();
  const total = emptyCounts();
  for (const p of reportedPetitions(meeting)) {
    add(p.data.group === null ? unknownGroup : byGroup.get(p.data.group)!, p.data);
    add(total, p.data);
  }
  const rows = PETITION_GROUPS.map((g, index) => row(String(index + 1), g.label, byGroup.get(g.value)!, g.value));
  // Petitions whose group the source does not give: their own row, never spread over the seven.
  if (unknownGroup.received > 0) rows.push(row('', t('report.groupUnknown'), unknownGroup));
  return { ...base, columns: { ...columns, group: t('report.col.group') }, rows, total: row('', t('report.total'), total) };
}
