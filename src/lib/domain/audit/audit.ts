/**
 * The compliance audit (OUTPUTS.md): for every meeting, are its four parts there and was every deadline
 * met, as of a given day; each finding names its stable rule id, the file (relative to the content root)
 * and the rule's source (plan and section).
 *
 * Linear in the petitions: the site model has joined each petition to its meeting once, and each
 * deadline is a table lookup in the working calendar.
 */
import { t, type MessageKey, type MessageParams } from '../../../i18n/index.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-days.ts';
import type { CalendarYearData } from '../calendar/types.ts';
import {
  ANNOUNCING_KINDS,
  CALLED_OFF,
  callOffDate,
  isStale,
  meetingDeadlines,
  meetingRulesDay,
  type Deadline,
} from '../deadlines/meeting-deadlines.ts';
import { planDeadlines } from '../deadlines/plan-deadlines.ts';
import type { IsoDate } from '../../base/dates/civil.ts';
import { meetingDate, type Meeting, type Site } from '../model/site.ts';
import { PART_TABLE, type PartRow } from '../model/parts.ts';
import { rulesOn, type RuleSource, type RulesProfile } from '../../law/rules/profiles.ts';
import { kh85 } from '../../law/rules/city-plans.ts';
import { formatShortDate } from '../../base/text/date-line.ts';
import { CALENDAR_SOURCE, folderSource, registrationFormSource } from './sources.ts';
import { missingRecipients, postponementFindings } from './called-off.ts';
import { transferFindings } from './petitions.ts';
import { isTopUnit } from '../model/facts.ts';

/** The stable rule ids of OUTPUTS.md. */
export const AUDIT_RULES = [
  'notice-missing',
  'notice-lead',
  'notice-desk',
  'registration-form-missing',
  'petition-cutoff',
  'quorum',
  'content-missing',
  'petitions-missing',
  'answer-overdue',
  'answer-late',
  'conclusion-missing',
  'conclusion-late',
  'report-due',
  'frequency',
  'calendar-unconfirmed',
  // 0.3.0 additions (issue 11)
  'status-stale',
  'postponement-report',
  'notice-after-deadline',
  'transfer',
  'invitations',
  'meeting-date',
] as const;
export type AuditRule = (typeof AUDIT_RULES)[number];

export interface Finding {
  rule: AuditRule;
  severity: 'error' | 'warning';
  message: string;
  /** The file to fix, relative to the content root */
  file: string;
  source: RuleSource;
  /** The petition's code, for answers */
  subject?: string;
}

/** The four parts, with the keys of the audit's JSON. */
export const AUDIT_PARTS: readonly AuditPart[] = PART_TABLE.map((p) => p.audit);
export type AuditPart = PartRow['audit'];

/**
 * A part in the matrix: present, on time, late, missing, or not yet due; `not-judged` for a meeting
 * before the unit's city plan took effect.
 */
export type PartState = 'present' | 'on-time' | 'late' | 'missing' | 'not-yet-due' | 'not-judged';

export interface PartAudit {
  present: boolean;
  documents: number;
  state: PartState;
}

export interface MeetingAudit {
  id: string;
  title: string;
  status: string;
  start?: string;
  /** The meeting's file, relative to the content root */
  file: string;
  /** The city plan the meeting is judged by; null before the unit's city plan takes effect */
  rules: string | null;
  /** The unit's own plan layered on it for this meeting, or null */
  unitPlan: string | null;
  parts: Record<AuditPart, PartAudit>;
  deadlines: Deadline[];
  findings: Finding[];
}

export interface AuditResult {
  asOf: IsoDate;
  unit: string;
  rules: string;
  /** The unit's own plan (`unitPlan` in don-vi.yaml), or null */
  unitPlan: string | null;
  meetings: MeetingAudit[];
  /** Findings about the unit as a whole (meetings a year) */
  findings: Finding[];
  summary: { meetings: number; complete: number; errors: number; warnings: number };
}

const date = (value: IsoDate | undefined) => (value ? formatShortDate(value) : '');

function finding(
  rule: AuditRule,
  key: MessageKey,
  params: MessageParams,
  file: string,
  source: RuleSource,
  severity: Finding['severity'] = 'error',
  subject?: string,
): Finding {
  const result: Finding = { rule, severity, message: t(key, params), file, source };
  if (subject) result.subject = subject;
  return result;
}

/** The working calendar of a site: its official year files, the law's defaults for other years. */
export function siteCalendar(site: Site): WorkingCalendar {
  return createWorkingCalendar(site.calendars as CalendarYearData[]);
}

function partState(present: boolean, timed: Deadline[], missingNow: boolean): PartState {
  if (!present) return missingNow ? 'missing' : 'not-yet-due';
  if (timed.some((d) => d.state === 'late' || d.state === 'overdue')) return 'late';
  if (timed.length > 0 && timed.every((d) => d.state === 'on-time')) return 'on-time';
  return 'present';
}

/** The findings a meeting's deadlines turn on. */
function deadlineFindings(meeting: Meeting, deadlines: Deadline[], site: Site): Finding[] {
  const findings: Finding[] = [];
  const meetingDay = date(meeting.day);
  const desk = site.unit.oneStopDesk;
  for (const d of deadlines) {
    const params = {
      due: date(d.due),
      done: date(d.done),
      late: d.workingDaysLate ?? 0,
      days: d.days ?? '',
      meetingDay,
      desk,
      reportTo: site.unit.reportTo ?? '',
      code: d.subject ?? '',
    };
    switch (d.rule) {
      case 'notice-lead':
        if (d.state === 'late')
          findings.push(
            finding('notice-lead', d.days ? 'audit.finding.notice-lead' : 'audit.finding.notice-lead.none', params, d.file, d.source),
          );
        break;
      case 'notice-desk':
        if (d.state === 'late')
          findings.push(
            finding('notice-desk', d.days ? 'audit.finding.notice-desk' : 'audit.finding.notice-desk.none', params, d.file, d.source),
          );
        // Without the desk date nothing shows the notice was posted there; only say so once a notice exists.
        else if (d.state === 'overdue' && meeting.notices.some((e) => ANNOUNCING_KINDS.includes(e.data.kind)))
          findings.push(finding('notice-desk', 'audit.finding.notice-desk.missing', params, d.file, d.source));
        break;
      case 'petition-cutoff':
        if (d.state === 'late') findings.push(finding('petition-cutoff', 'audit.finding.petition-cutoff', params, d.file, d.source));
        break;
      case 'quorum':
        if (d.state === 'unmet' && d.counts) {
          const c = d.counts;
          const parts: string[] = [];
          if (c.registeredMin) {
            if (c.registered === undefined || c.registered === null)
              parts.push(t('audit.finding.quorum.registeredUnknown', { min: c.registeredMin }));
            else if (c.registered < c.registeredMin)
              parts.push(t('audit.finding.quorum.registered', { found: c.registered, min: c.registeredMin }));
          }
          if (c.petitionsMin && c.petitions < c.petitionsMin)
            parts.push(t('audit.finding.quorum.petitions', { found: c.petitions, min: c.petitionsMin }));
          if (c.attendedMin && c.attended !== undefined && c.attended !== null && c.attended < c.attendedMin)
            parts.push(t('audit.finding.quorum.attended', { found: c.attended, min: c.attendedMin }));
          const severity = meeting.data.status === 'held' ? 'error' : 'warning';
          findings.push(
            finding('quorum', 'audit.finding.quorum', { due: date(d.due), counts: parts.join('; ') }, d.file, d.source, severity),
          );
        }
        break;
      case 'answer':
        if (d.state === 'late')
          findings.push(finding('answer-late', 'audit.finding.answer-late', params, d.file, d.source, 'error', d.subject));
        if (d.state === 'overdue')
          findings.push(finding('answer-overdue', 'audit.finding.answer-overdue', params, d.file, d.source, 'error', d.subject));
        break;
      case 'conclusion':
        if (d.state === 'late') findings.push(finding('conclusion-late', 'audit.finding.conclusion-late', params, d.file, d.source));
        break;
      case 'report-due':
        if (d.state === 'late')
          findings.push(
            finding('report-due', 'audit.finding.report-due.late', { ...params, reportTo: d.subject ?? params.reportTo }, d.file, d.source),
          );
        if (d.state === 'overdue') findings.push(finding('report-due', 'audit.finding.report-due', params, d.file, d.source));
        break;
    }
  }
  return findings;
}

/**
 * Working days counted across a year with no official calendar, or across a day its file marks
 * `unconfirmed`, may be wrong: say which deadlines, for every span a count crosses (from the meeting's day
 * to the due date, either way), not only the year the due date falls in.
 */
function calendarFindings(meeting: Meeting, deadlines: Deadline[], calendar: WorkingCalendar): Finding[] {
  const day = meeting.day;
  if (!day) return [];
  const byYear = new Map<number, Set<IsoDate>>();
  const byDay = new Map<IsoDate, { name: string; dues: Set<IsoDate> }>();
  for (const d of deadlines) {
    if (!d.due || d.days === null) continue;
    for (const year of calendar.unconfirmedYearsIn(day, d.due)) byYear.set(year, (byYear.get(year) ?? new Set()).add(d.due));
    for (const entry of calendar.unconfirmedDaysIn(day, d.due)) {
      const found = byDay.get(entry.date) ?? { name: entry.name, dues: new Set<IsoDate>() };
      found.dues.add(d.due);
      byDay.set(entry.date, found);
    }
  }
  const shown = (dues: Set<IsoDate>) => {
    const list = [...dues].sort();
    return list.slice(0, 5).map(date).join(', ') + (list.length > 5 ? '…' : '');
  };
  const findings: Finding[] = [];
  for (const [year, dues] of [...byYear].sort((a, b) => a[0] - b[0]))
    findings.push(
      finding(
        'calendar-unconfirmed',
        'audit.finding.calendar-unconfirmed',
        { year, dates: shown(dues) },
        `lich-nghi/${year}.yaml`,
        CALENDAR_SOURCE,
        'warning',
      ),
    );
  for (const [entry, { name, dues }] of [...byDay].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    findings.push(
      finding(
        'calendar-unconfirmed',
        'audit.finding.calendar-unconfirmed.day',
        { year: Number(entry.slice(0, 4)), day: date(entry), name, dates: shown(dues) },
        `lich-nghi/${entry.slice(0, 4)}.yaml`,
        CALENDAR_SOURCE,
        'warning',
      ),
    );
  return findings;
}

/** The rules a meeting is judged by (city plan, unit plan within its days, overrides), or undefined before the city plan. */
export function meetingRules(meeting: Meeting, site: Site): RulesProfile | undefined {
  const day = meetingRulesDay(meeting);
  // A meeting whose day and plan date the source does not give: judged by the plans the unit follows now.
  return day ? rulesOn(site.rules, day) : site.rules;
}

/** A meeting before the unit's city plan took effect: its parts counted, nothing judged. */
function notJudged(meeting: Meeting): MeetingAudit {
  const part = (documents: number): PartAudit => ({ present: documents > 0, documents, state: 'not-judged' });
  const announcing = meeting.notices.filter((e) => ANNOUNCING_KINDS.includes(e.data.kind)).length;
  const result: MeetingAudit = {
    id: meeting.id,
    title: meeting.data.title,
    status: meeting.data.status,
    file: meeting.file,
    rules: null,
    unitPlan: null,
    parts: {
      notice: { ...part(announcing), documents: meeting.notices.length },
      content: part(meeting.contents.length),
      petitions: part(meeting.petitions.length),
      conclusion: part(meeting.conclusions.length),
    },
    deadlines: [],
    findings: [],
  };
  if (meeting.data.start) result.start = meeting.data.start;
  return result;
}

/** The findings of the plans' own kinds of rule: invitations, fixed dates, the stop condition. */
function planFindings(meeting: Meeting, deadlines: Deadline[]): Finding[] {
  const findings: Finding[] = [];
  for (const d of deadlines) {
    const c = d.counts;
    switch (d.rule) {
      case 'invitations':
        if (d.state === 'unmet' && c) {
          const min = c.invitedMin ?? '';
          if (c.invited !== undefined)
            findings.push(finding('invitations', 'audit.finding.invitations', { found: c.invited, min }, d.file, d.source, 'warning'));
          else
            findings.push(
              finding(
                'invitations',
                typeof c.attended === 'number' ? 'audit.finding.invitations.unknown' : 'audit.finding.invitations.unknownNoAttendance',
                typeof c.attended === 'number' ? { min, attended: c.attended } : { min },
                d.file,
                d.source,
                'warning',
              ),
            );
        }
        break;
      case 'petition-cutoff-date':
        if (d.state === 'late')
          findings.push(
            finding('petition-cutoff', 'audit.finding.petition-cutoff.date', { done: date(d.done), due: date(d.due) }, d.file, d.source),
          );
        break;
      case 'meeting-before':
        if (d.state === 'late' || d.state === 'overdue')
          findings.push(
            finding(
              'meeting-date',
              d.done ? 'audit.finding.meeting-date' : 'audit.finding.meeting-date.none',
              { day: date(d.done), due: date(d.due) },
              d.file,
              d.source,
              d.done && meeting.data.status === 'held' ? 'error' : 'warning',
            ),
          );
        break;
      case 'stop':
        if (d.state === 'unmet')
          findings.push(
            finding(
              'quorum',
              'audit.finding.quorum.stop',
              { due: date(d.due) },
              d.file,
              d.source,
              meeting.data.status === 'held' ? 'error' : 'warning',
            ),
          );
        break;
    }
  }
  return findings;
}

/** One meeting's parts, deadlines and findings. */
export function auditMeeting(meeting: Meeting, site: Site, calendar: WorkingCalendar, asOf: IsoDate): MeetingAudit {
  const rules = meetingRules(meeting, site);
  if (!rules) return notJudged(meeting);
  const deadlines = [...meetingDeadlines(meeting, rules, calendar, asOf), ...planDeadlines(meeting, rules, calendar, asOf)];
  const status = meeting.data.status;
  // A stale meeting (its day passed, status still planned/scheduled) is judged as held from its announced day.
  const stale = isStale(meeting, asOf);
  const held = status === 'held' || stale;
  const announced = status === 'scheduled' || held;
  const past = meeting.day !== undefined && meeting.day < asOf;
  const folder = folderSource(rules);
  const name = meeting.id;
  const findings: Finding[] = [];
  const called = !CALLED_OFF.includes(status);
  if (stale)
    findings.push(
      finding('status-stale', 'audit.finding.status-stale', { meeting: name, day: date(meeting.day), status }, meeting.file, folder),
    );

  const announcing = meeting.notices.filter((e) => ANNOUNCING_KINDS.includes(e.data.kind));
  if (called && announced && announcing.length === 0)
    findings.push(finding('notice-missing', 'audit.finding.notice-missing', { meeting: name }, meeting.file, folder));
  // An error where the plan in force asks for the form (KH 85/2024); where its text is not in hand (KH 121,
  // KH 82) a warning that cites KH 85, the plan that set the form, and says the later text is not in hand.
  const formSource = registrationFormSource(rules);
  for (const notice of announcing) {
    if (!notice.data.registration?.form)
      findings.push(
        finding(
          'registration-form-missing',
          formSource ? 'audit.finding.registration-form-missing' : 'audit.finding.registration-form-missing.earlier',
          formSource
            ? { file: notice.file, number: notice.data.number ?? t('fact.unknown') }
            : { file: notice.file, number: notice.data.number ?? t('fact.unknown'), plan: rules.title },
          notice.file,
          formSource ?? kh85.registrationForm!,
          formSource ? 'error' : 'warning',
        ),
      );
  }
  // A notice announces the registration deadline: it must be out by then (a deadline already passed announces nothing).
  const registrationDeadline = meeting.data.registrationDeadline;
  if (registrationDeadline)
    for (const notice of meeting.notices)
      if (notice.data.kind === 'notice' && notice.data.published !== null && notice.data.published > registrationDeadline)
        findings.push(
          finding(
            'notice-after-deadline',
            'audit.finding.notice-after-deadline',
            {
              number: notice.data.number ?? t('fact.unknown'),
              done: date(notice.data.published),
              due: date(registrationDeadline),
            },
            notice.file,
            formSource ?? kh85.registrationForm!,
          ),
        );
  // Parts the plans set no number of days for: one horizon, the report's deadline (by then the report to the
  // city describes the meeting, so its parts should be published); missing or late against it is a warning.
  const horizon = deadlines.find((d) => d.rule === 'report-due')?.due ?? meeting.day;
  const pastHorizon = held && horizon !== undefined && horizon < asOf;
  const horizonParams = { meeting: name, due: date(horizon) };
  if (pastHorizon && meeting.contents.length === 0)
    findings.push(finding('content-missing', 'audit.finding.content-missing', horizonParams, meeting.file, folder, 'warning'));
  if (pastHorizon && meeting.petitions.length === 0)
    findings.push(finding('petitions-missing', 'audit.finding.petitions-missing', horizonParams, meeting.file, folder, 'warning'));
  findings.push(...transferFindings(meeting));
  // A called-off meeting's deadlines are those that fell due before the call-off: judged like any other.
  findings.push(...deadlineFindings(meeting, deadlines, site));
  const report = meeting.data.report;
  const reportDeadline = deadlines.find((d) => d.rule === 'report-due' && !d.subject);
  // A city or province reports to no one above it (issue 17).
  if (report?.recipients?.length && reportDeadline && !isTopUnit(site.unit.kind)) {
    const missing = missingRecipients(report.recipients, site.unit.reportTo ?? '');
    if (missing.length > 0)
      findings.push(
        finding(
          'report-due',
          'audit.finding.report-due.recipient',
          { number: report.number ?? t('fact.unknown'), missing: missing.join('; ') },
          meeting.file,
          reportDeadline.source,
          'warning',
        ),
      );
  }
  if (!called) findings.push(...postponementFindings(meeting, rules, site, calendar, callOffDate(meeting), asOf));
  findings.push(...planFindings(meeting, deadlines));

  const conclusion = deadlines.find((d) => d.rule === 'conclusion');
  const conclusionMissing = held && past && meeting.conclusions.length === 0 && (conclusion?.due ? conclusion.due < asOf : pastHorizon);
  // Where the plan sets the number of days the conclusion-late finding comes from its deadline; else the horizon.
  const conclusionLate = !conclusion?.due && conclusion?.done !== undefined && horizon !== undefined && conclusion.done > horizon;
  if (conclusionLate)
    findings.push(
      finding(
        'conclusion-late',
        'audit.finding.conclusion-late.horizon',
        { done: date(conclusion!.done), due: date(horizon) },
        conclusion!.file,
        folder,
        'warning',
      ),
    );
  if (conclusionMissing) {
    const key = conclusion?.due ? 'audit.finding.conclusion-missing.due' : 'audit.finding.conclusion-missing';
    findings.push(
      finding(
        'conclusion-missing',
        key,
        { meeting: name, due: date(conclusion?.due), days: conclusion?.days ?? '' },
        meeting.file,
        conclusion?.due ? conclusion.source : folder,
        conclusion?.due ? 'error' : 'warning',
      ),
    );
  }

  findings.push(...calendarFindings(meeting, deadlines, calendar));

  const timed = (rule: Deadline['rule']) => deadlines.filter((d) => d.rule === rule && d.due !== undefined);
  const noticeDeadlines = deadlines.filter((d) => (d.rule === 'notice-lead' || d.rule === 'notice-desk') && d.due);
  const parts: Record<AuditPart, PartAudit> = {
    notice: {
      present: announcing.length > 0,
      documents: meeting.notices.length,
      state: partState(
        announcing.length > 0,
        noticeDeadlines.filter((d) => d.rule === 'notice-lead'),
        announced || past,
      ),
    },
    content: {
      present: meeting.contents.length > 0,
      documents: meeting.contents.length,
      state: partState(meeting.contents.length > 0, [], pastHorizon),
    },
    petitions: {
      present: meeting.petitions.length > 0,
      documents: meeting.petitions.length,
      state: partState(meeting.petitions.length > 0, timed('answer'), pastHorizon),
    },
    conclusion: {
      present: meeting.conclusions.length > 0,
      documents: meeting.conclusions.length,
      state: conclusionLate ? 'late' : partState(meeting.conclusions.length > 0, timed('conclusion'), conclusionMissing),
    },
  };

  const result: MeetingAudit = {
    id: meeting.id,
    title: meeting.data.title,
    status,
    file: meeting.file,
    rules: rules.id,
    unitPlan: rules.unitPlan?.id ?? null,
    parts,
    deadlines,
    findings,
  };
  if (meeting.data.start) result.start = meeting.data.start;
  return result;
}

/**
 * Meetings held a year against the profile's minimum, for the years that are over (from the first year
 * with a meeting): during a year the unit may still hold them, so the current year is not judged.
 */
export function frequencyFindings(site: Site, asOf: IsoDate): Finding[] {
  if (site.meetings.length === 0) return [];
  const held = new Map<number, number>();
  let first = Infinity;
  for (const m of site.meetings) {
    const year = Number(meetingDate(m.data).slice(0, 4));
    first = Math.min(first, year);
    if (m.data.status === 'held') held.set(year, (held.get(year) ?? 0) + 1);
  }
  const current = Number(asOf.slice(0, 4));
  const findings: Finding[] = [];
  for (let year = first; year < current; year++) {
    // Each year by the plans in force at its end: none before the city plan took effect; a unit plan only in its year.
    const rule = rulesOn(site.rules, `${year}-12-31`)?.numbers.meetingsPerYear;
    const min = rule?.value;
    if (!rule || !min) continue;
    const found = held.get(year) ?? 0;
    if (found < min) findings.push(finding('frequency', 'audit.finding.frequency', { year, found, min }, 'don-vi.yaml', rule.source));
  }
  return findings;
}

/** The whole audit of a site as of a day. */
export function auditSite(site: Site, asOf: IsoDate, calendar: WorkingCalendar = siteCalendar(site)): AuditResult {
  // Oldest first: an auditor reads the history in order.
  const meetings = [...site.meetings].reverse().map((m) => auditMeeting(m, site, calendar, asOf));
  const unitFindings = frequencyFindings(site, asOf);
  const all = [...unitFindings, ...meetings.flatMap((m) => m.findings)];
  return {
    asOf,
    unit: site.unit.shortName,
    rules: site.rules.id,
    unitPlan: site.rules.unitPlan?.id ?? null,
    meetings,
    findings: unitFindings,
    summary: {
      meetings: meetings.length,
      complete: meetings.filter((m) => AUDIT_PARTS.every((p) => m.parts[p].present)).length,
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
    },
  };
}
