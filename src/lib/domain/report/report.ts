/**
 * The report of a meeting's results to the city, as the plan in force lays it out (its report template,
 * src/lib/law/rules): KH 85/2024's Phụ lục 1 (departments, one row) or Phụ lục 2 (districts and wards, one
 * row per petition group), or the appendix a later plan names (KH 121's "Phụ lục I", KH 80's "Phụ lục I"),
 * whose own text is not in hand: then KH 85's headings, and the report says so. Headings word for word as
 * the template; a total row only where the template has one.
 *
 * Computed as of a day ("số liệu tính đến ngày …"): by default the day the report was sent (`report.date`),
 * so that the report can be reproduced as sent. A petition received after that day is not in it; one
 * answered after it counts as pending. Counts: received = the meeting's petitions; resolved = `resolved:
 * true` and answered by that day (never a transferred or escalated one: those are the template's two "not
 * resolved" columns); not resolved, split into transferred to another agency and asking the city.
 */
import { t } from '../../../i18n/index.ts';
import type { Meeting, Site } from '../model/site.ts';
import type { PetitionData, Unit } from '../model/types.ts';
import { PETITION_GROUPS } from '../../ingest/schema/petition.ts';
import { formatDateTime, formatDecreeDate } from '../../base/text/date-line.ts';
import type { IsoDate } from '../../base/dates/civil.ts';
import { rulesOn, type ReportTemplate } from '../../law/rules/profiles.ts';
import { finalAnswer, petitionMeetings, petitionWeight } from '../model/facts.ts';
import { meetingRulesDay } from '../deadlines/meeting-deadlines.ts';

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
  /** The layout: 1 one row (Phụ lục 1), 2 one row per petition group (Phụ lục 2) */
  appendix: Appendix;
  /** `Phụ lục 2`, `Phụ lục I` */
  name: string;
  title: string;
  /** The line under the title: which plan the template comes with */
  template: string;
  /** When the template's own text is not in hand: whose headings are shown instead */
  note?: string;
  /** The template as the profile names it */
  source: ReportTemplate;
  meetingId: string;
  unit: string;
  /** `08 giờ 00, ngày 21 tháng 5 năm 2026` (or the announced period) */
  time: string;
  topic?: string;
  /** Whether the template asks for the topic line (Phụ lục 1) */
  topicLine: boolean;
  /** The day the counts are taken */
  asOf: IsoDate;
  /** `Số liệu tính đến ngày 29 tháng 5 năm 2026.` */
  asOfLine: string;
  /** The columns' headings, word for word as the template: top level then the two under "not resolved" */
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
  /** A total row, only where the template has one */
  total?: ReportRow;
}

/** KH 85's layout by kind: Phụ lục 1 for departments and the zone authority, Phụ lục 2 for districts and communes. */
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

/**
 * A petition as it stood on a day: answered after it, it was still pending. An answer whose day the
 * source does not give is taken as it stands.
 */
function asOn(p: PetitionData, meetingDay: IsoDate | undefined, day: IsoDate): PetitionData {
  const answered = p.status === 'answered-at-meeting' ? meetingDay : finalAnswer(p)?.date;
  if (p.status === 'pending' || answered === undefined || answered === null || answered <= day) return p;
  return { ...p, status: 'pending', resolved: false };
}

/** Counts a petition: an aggregate ("5 doanh nghiệp") by its count. */
function add(tally: Tally, p: PetitionData): void {
  const weight = petitionWeight(p);
  tally.received += weight;
  // A petition handed to another agency is not resolved by the unit, whatever `resolved` says (the audit's
  // `transfer` finding asks to correct it); a pending one is not resolved yet.
  const notResolved = p.status === 'transferred' || p.status === 'escalated' || p.status === 'pending';
  const resolved = notResolved ? false : resolvedState(p);
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

const UNDATED = '9999-12-31';

/** The petitions a meeting reports: those raised there (a petition carried over is reported where it was raised). */
export function reportedPetitions(meeting: Meeting): Meeting['petitions'] {
  return meeting.petitions.filter((p) => petitionMeetings(p.data)[0] === meeting.id);
}

/**
 * The report of one meeting for the site's unit, as of `asOf` (default: the day the report was sent, else
 * `today`). The template is that of the rules the meeting is judged by.
 */
export function meetingReport(site: Site, meeting: Meeting, options: { asOf?: IsoDate; today?: IsoDate } = {}): MeetingReport {
  const d = meeting.data;
  const day = meeting.day;
  // The day the numbers stand on: asked for, else the day the report was sent, else today; for a meeting
  // with no day known at all, the far future (every petition as it stands).
  const asOf = options.asOf ?? d.report?.date ?? options.today ?? day ?? d.plan?.date ?? UNDATED;
  const rulesDay = meetingRulesDay(meeting);
  const rules = (rulesDay ? rulesOn(site.rules, rulesDay) : undefined) ?? site.rules;
  const template = rules.report;
  const appendix: Appendix = template.layout === 'single' ? 1 : 2;
  const columns = { ...template.columns };
  // A petition whose receipt the source does not give is counted: it cannot be shown to come later.
  const petitions = reportedPetitions(meeting)
    .filter((p) => p.data.received === null || p.data.received <= asOf)
    .map((p) => asOn(p.data, day, asOf));
  const base = {
    appendix,
    name: template.appendix || t('report.unnamed'),
    title: template.title,
    template: template.attached,
    ...(template.columnsFrom
      ? {
          note: t('report.columnsFrom', {
            appendix: template.appendix || t('report.unnamed'),
            plan: template.plan,
            from: template.columnsFrom,
          }),
        }
      : {}),
    source: template,
    meetingId: meeting.id,
    unit: site.unit.name,
    time: d.start ? formatDateTime(d.start) : (d.period ?? ''),
    ...(d.topic ? { topic: d.topic } : {}),
    topicLine: template.topic,
    asOf,
    asOfLine: asOf === UNDATED ? '' : t('report.asOf', { date: formatDecreeDate(asOf) }),
  };
  if (appendix === 1) {
    const tally = emptyCounts();
    for (const p of petitions) add(tally, p);
    return { ...base, columns, rows: [row('1', '', tally)] };
  }
  const byGroup = new Map(PETITION_GROUPS.map((g) => [g.value as string, emptyCounts()]));
  const unknownGroup = emptyCounts();
  const total = emptyCounts();
  for (const p of petitions) {
    add(p.group === null ? unknownGroup : byGroup.get(p.group)!, p);
    add(total, p);
  }
  const rows = PETITION_GROUPS.map((g, index) => row(String(index + 1), g.label, byGroup.get(g.value)!, g.value));
  // Petitions whose group the source does not give: their own row, never spread over the seven.
  if (unknownGroup.received > 0) rows.push(row('', t('report.groupUnknown'), unknownGroup));
  return { ...base, columns, rows, ...(template.total ? { total: row('', t('report.total'), total) } : {}) };
}
