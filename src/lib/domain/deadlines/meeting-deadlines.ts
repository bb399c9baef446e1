/**
 * A meeting's deadlines from its unit's rules profile, counted in working days (RULES.md, "Counting
 * working days"): the notice's lead on the portal and at the one-stop desk, the petitions' cut-off,
 * the quorum at the cut-off, each petition's written answer, the conclusion and the report to the city.
 *
 * "Within N working days after the meeting" ends on the N-th working day after it (Civil Code 2015,
 * Art. 147–148). "At least N working days before the meeting" takes the strict reading: N full working
 * days strictly between the posting (or receipt) and the meeting; the deadline is shown on the last
 * working day on or before that bound (the demo's cut-off: Friday 24/4/2026, not the day off 27/4).
 *
 * Pure: the site model, the calendar and "today" in, plain data out; linear in the meeting's petitions.
 */
import type { WorkingCalendar } from '../calendar/working-days.ts';
import { addDays, type IsoDate } from '../../base/dates/civil.ts';
import type { Meeting } from '../model/site.ts';
import { countValue, finalAnswer, petitionMeetings, petitionWeight } from '../model/facts.ts';
import type { RuleKey, RuleNumber, RuleSource, RulesProfile } from '../../law/rules/profiles.ts';

/** The deadlines a meeting has, by the stable ids of OUTPUTS.md (answers share `answer`). */
export type DeadlineRule =
  | 'notice-lead'
  | 'notice-desk'
  | 'petition-cutoff'
  | 'quorum'
  | 'answer'
  | 'conclusion'
  | 'report-due'
  // The plans' own kinds of rule (./plan-deadlines.ts)
  | 'invitations'
  | 'petition-cutoff-date'
  | 'meeting-before'
  | 'stop';

/**
 * Where a deadline stands on "today":
 * `on-time` done by the due date · `late` done after it · `overdue` not done and the due date passed ·
 * `not-yet-due` not done, still time · `done` done where the plan sets no number of days ·
 * `unmet` a count (quorum) below the plan's minimum · `unknown` the content writes a fact this needs as
 * `unknown`: it cannot be judged (never "on time").
 */
export type DeadlineState = 'on-time' | 'late' | 'overdue' | 'not-yet-due' | 'done' | 'unmet' | 'unknown';

export interface Deadline {
  rule: DeadlineRule;
  /** The petition's code, for `answer`; the recipient, for `report-due` rows of each recipient */
  subject?: string;
  /** The file whose date is checked (relative to the content root) */
  file: string;
  /** The number of working days the plan sets (null: the plan sets none, only "before"/"after") */
  days: number | null;
  /** Last allowed day; absent when the plan sets none */
  due?: IsoDate;
  /** When it was done (posted, answered, sent) */
  done?: IsoDate;
  state: DeadlineState;
  /** Working days after the due date it was done: > 0 late, < 0 early, 0 on the day */
  workingDaysLate?: number;
  /** Quorum only: what was counted against the minimum */
  counts?: {
    /** null: the content writes it `unknown` */
    registered?: number | null;
    registeredMin?: number | null;
    petitions: number;
    petitionsMin?: number | null;
    /** null: the content writes it `unknown` */
    attended?: number | null;
    attendedMin?: number | null;
    /** Invitations: businesses invited (`invitedCount`) and the plan's minimum */
    invited?: number;
    invitedMin?: number | null;
  };
  source: RuleSource;
}

/** The profile number behind each deadline. */
export const DEADLINE_RULE_KEY: Record<Exclude<DeadlineRule, 'answer' | 'petition-cutoff-date' | 'meeting-before' | 'stop'>, RuleKey> = {
  'notice-lead': 'noticeLeadDays',
  'notice-desk': 'deskLeadDays',
  'petition-cutoff': 'petitionCutoffDays',
  quorum: 'quorumRegistered',
  conclusion: 'conclusionDays',
  'report-due': 'reportDays',
  invitations: 'invitations',
};

/** The earliest of some dates, or undefined; `null` when some are unknown and none is known. */
function earliest(dates: (IsoDate | null | undefined)[]): IsoDate | null | undefined {
  let found: IsoDate | undefined;
  let unknown = false;
  for (const date of dates) {
    if (date === null) unknown = true;
    else if (date && (!found || date < found)) found = date;
  }
  return found ?? (unknown ? null : undefined);
}

/** The state of a deadline with a due date. */
function stateOf(
  calendar: WorkingCalendar,
  due: IsoDate,
  done: IsoDate | null | undefined,
  asOf: IsoDate,
): Pick<Deadline, 'state' | 'workingDaysLate'> {
  if (done === null) return { state: 'unknown' };
  if (done) {
    const late = calendar.workingDayDifference(due, done);
    return { state: late > 0 ? 'late' : 'on-time', workingDaysLate: late };
  }
  return { state: asOf > due ? 'overdue' : 'not-yet-due' };
}

/** Statuses whose petitions were answered at the meeting: no written answer is due. */
const ANSWERED_AT_MEETING = 'answered-at-meeting';

/** Kinds of part-1 document that announce the meeting (a postponement notice does not). */
export const ANNOUNCING_KINDS: readonly string[] = ['plan', 'notice'];

/**
 * The petitions received by the cut-off that count towards the quorum: not those raised at the meeting, nor
 * those out of scope (courts, complaints, denunciations: KH 85/2024 §I.2, the meeting does not take them); an
 * aggregate counts by its count; those whose receipt or channel is unknown are never counted as on time.
 */
export function petitionsByCutoff(meeting: Meeting, cutoff: IsoDate): number {
  let count = 0;
  for (const p of meeting.petitions)
    if (
      p.data.channel !== null &&
      p.data.channel !== 'at-meeting' &&
      p.data.scope !== 'out-of-scope' &&
      p.data.received !== null &&
      p.data.received <= cutoff
    )
      count += petitionWeight(p.data);
  return count;
}

/** Petitions whose receipt day or channel is unknown: the quorum cannot be judged short without them. */
function petitionsOfUnknownReceipt(meeting: Meeting): number {
  return meeting.petitions.filter((p) => p.data.received === null || p.data.channel === null).length;
}

/** Statuses of a meeting called off: its report (or decision) to stop or postpone it stands for the meeting. */
export const CALLED_OFF: readonly string[] = ['postponed', 'cancelled'];

/** A meeting whose day has passed while its status still says it is to come (`planned`, `scheduled`). */
export function isStale(meeting: Meeting, asOf: IsoDate): boolean {
  const status = meeting.data.status;
  return (status === 'planned' || status === 'scheduled') && meeting.day !== undefined && meeting.day < asOf;
}

/** The day a meeting was called off: its report to stop or postpone it, or an earlier postponement notice. */
export function callOffDate(meeting: Meeting): IsoDate | undefined {
  if (!CALLED_OFF.includes(meeting.data.status)) return undefined;
  const notices = meeting.notices.filter((e) => e.data.kind === 'postponement').map((e) => e.data.published);
  return earliest([meeting.data.postponement?.reportDate, ...notices]) ?? undefined;
}

/**
 * The day that decides which rules judge a meeting: its day, else its plan's date, else the day it was
 * called off (a cancelled meeting known only by its month); undefined when the source gives none.
 */
export function meetingRulesDay(meeting: Meeting): IsoDate | undefined {
  return meeting.day ?? meeting.data.plan?.date ?? callOffDate(meeting);
}

/**
 * The day a petition's written answer is counted from: the meeting's day, or its receipt when it came
 * after the meeting (the project's reading: a petition is never due before it was received).
 */
export function answerCountedFrom(day: IsoDate, received: IsoDate): IsoDate {
  return received > day ? received : day;
}

/**
 * Every deadline of a meeting as of `asOf`. A meeting with no day yet (planned) has none. A held meeting,
 * or one whose day has passed while its status still says `planned`/`scheduled` (stale), has the
 * post-meeting deadlines counted from its day. A postponed or cancelled one keeps only the deadlines that
 * fell due before it was called off (`callOffDate`), the quorum aside (its failure is why it was called off).
 */
export function meetingDeadlines(meeting: Meeting, rules: RulesProfile, calendar: WorkingCalendar, asOf: IsoDate): Deadline[] {
  const day = meeting.day;
  if (!day) return [];
  const n = rules.numbers;
  const status = meeting.data.status;
  const held = status === 'held';
  const afterMeeting = held || isStale(meeting, asOf);
  if (CALLED_OFF.includes(status)) {
    const calledOff = callOffDate(meeting);
    if (!calledOff) return [];
    return meetingDeadlines({ ...meeting, data: { ...meeting.data, status: 'scheduled' } }, rules, calendar, asOf).filter(
      (d) => d.rule !== 'quorum' && d.due !== undefined && d.due < calledOff && d.due < day,
    );
  }
  const deadlines: Deadline[] = [];
  const announcing = meeting.notices.filter((e) => ANNOUNCING_KINDS.includes(e.data.kind));
  const meetingFile = meeting.file;

  /** "At least N working days before", strictly: the last working day that still leaves N; with no N, the day before. */
  const countBack = (n: number) => calendar.lastWorkingDayOnOrBefore(calendar.latestPostingDate(day, n));
  const before = (rule: RuleNumber) => (rule.value ? countBack(rule.value) : addDays(day, -1));
  /** "Within N after": the N-th working day after the meeting's last day (KH 80/2026: "kể từ ngày kết thúc"). */
  const end = meeting.endDay ?? day;
  const after = (rule: RuleNumber) => (rule.value ? calendar.addWorkingDays(end, rule.value) : undefined);

  // 1. The notice, on the portal and at the one-stop desk: the earliest announcing document counts
  // (a plan posted in place of a notice, then the notice with the exact time, both announce it).
  for (const [rule, key, dateOf] of [
    ['notice-lead', 'noticeLeadDays', (e: (typeof announcing)[number]) => e.data.published as IsoDate | null],
    ['notice-desk', 'deskLeadDays', (e: (typeof announcing)[number]) => e.data.postedAtDesk],
  ] as const) {
    const number = n[key];
    const due = before(number);
    const done = earliest(announcing.map(dateOf));
    const file = (done ? announcing.find((e) => dateOf(e) === done) : announcing[0])?.file ?? meetingFile;
    deadlines.push({
      rule,
      file,
      days: number.value,
      due,
      done: done ?? undefined,
      ...stateOf(calendar, due, done, asOf),
      source: number.source,
    });
  }

  // 2. The petitions' cut-off: the announced registration deadline must leave N working days.
  const cutoffRule = n.petitionCutoffDays;
  const announced = meeting.data.registrationDeadline;
  const cutoff = cutoffRule.value ? countBack(cutoffRule.value) : announced;
  if (cutoffRule.value && cutoff) {
    deadlines.push({
      rule: 'petition-cutoff',
      file: meetingFile,
      days: cutoffRule.value,
      due: cutoff,
      done: announced ?? undefined,
      ...stateOf(calendar, cutoff, announced, asOf),
      source: cutoffRule.source,
    });
  }

  // 3. The quorum, counted at the cut-off (registrations and petitions received by then), and attendance.
  const quorumDay = announced && cutoff ? (announced < cutoff ? announced : cutoff) : (announced ?? cutoff ?? undefined);
  if (quorumDay && (n.quorumRegistered.value || n.quorumPetitions.value || n.minAttendees.value)) {
    const petitions = petitionsByCutoff(meeting, quorumDay);
    const registered = countValue(meeting.data.registeredCount);
    const attended = countValue(meeting.data.attendedCount);
    const unknownReceipts = petitionsOfUnknownReceipt(meeting);
    const petitionsShort = n.quorumPetitions.value !== null && petitions < n.quorumPetitions.value && quorumDay < asOf;
    const short =
      (n.quorumRegistered.value !== null && registered != null && registered < n.quorumRegistered.value) ||
      (n.quorumRegistered.value !== null && registered === undefined && quorumDay < asOf) ||
      (petitionsShort && unknownReceipts === 0) ||
      (n.minAttendees.value !== null && held && attended != null && attended < n.minAttendees.value);
    // A count the content writes `unknown`, or petitions of unknown receipt that could make up the number.
    const cannotJudge =
      (petitionsShort && unknownReceipts > 0) || (n.minAttendees.value !== null && held && attended === null) || announced === null;
    const source =
      n.quorumRegistered.value !== null
        ? n.quorumRegistered.source
        : n.quorumPetitions.value !== null
          ? n.quorumPetitions.source
          : n.minAttendees.source;
    deadlines.push({
      rule: 'quorum',
      file: meetingFile,
      days: null,
      due: quorumDay,
      state: short ? 'unmet' : cannotJudge ? 'unknown' : quorumDay < asOf || held ? 'done' : 'not-yet-due',
      counts: {
        registered,
        registeredMin: n.quorumRegistered.value,
        petitions,
        petitionsMin: n.quorumPetitions.value,
        attended,
        attendedMin: n.minAttendees.value,
      },
      source,
    });
  }

  if (!afterMeeting) return deadlines;

  // 4. Each written answer: N working days after the meeting, longer when agencies must coordinate.
  for (const p of meeting.petitions) {
    // Answered at the meeting, or declined as out of the meeting's scope: no written answer is due in N days.
    if (p.data.status === ANSWERED_AT_MEETING || p.data.status === 'declined') continue;
    // A petition carried over is answered after the last meeting it was carried to, not the first.
    if (petitionMeetings(p.data).at(-1) !== meeting.id) continue;
    const number = p.data.coordination ? n.answerCoordinationDays : n.answerDays;
    // An unknown receipt day: counted from the meeting's (last) day, as for a petition received before it.
    const from = answerCountedFrom(end, p.data.received ?? end);
    const due = number.value ? calendar.addWorkingDays(from, number.value) : undefined;
    if (!due) continue;
    const done = finalAnswer(p.data)?.date;
    deadlines.push({
      rule: 'answer',
      subject: p.data.code,
      file: p.file,
      days: number.value,
      due,
      done: done ?? undefined,
      ...stateOf(calendar, due, done, asOf),
      source: number.source,
    });
  }

  // 5. The conclusion notice, 6. the report to the city.
  const conclusionRule = n.conclusionDays;
  const conclusionDone = earliest(meeting.conclusions.map((c) => c.data.published));
  const conclusionDue = after(conclusionRule);
  const conclusionFile = meeting.conclusions.find((c) => c.data.published === conclusionDone)?.file ?? meetingFile;
  deadlines.push(
    conclusionDue
      ? {
          rule: 'conclusion',
          file: conclusionFile,
          days: conclusionRule.value,
          due: conclusionDue,
          done: conclusionDone ?? undefined,
          ...stateOf(calendar, conclusionDue, conclusionDone, asOf),
          source: conclusionRule.source,
        }
      : {
          rule: 'conclusion',
          file: conclusionFile,
          days: null,
          done: conclusionDone ?? undefined,
          state: conclusionDone === null ? 'unknown' : conclusionDone ? 'done' : 'not-yet-due',
          source: conclusionRule.source,
        },
  );
  const reportRule = n.reportDays;
  const reportDue = after(reportRule);
  if (reportDue) {
    const done = meeting.data.report?.date;
    deadlines.push({
      rule: 'report-due',
      file: meetingFile,
      days: reportRule.value,
      due: reportDue,
      done: done ?? undefined,
      ...stateOf(calendar, reportDue, done, asOf),
      source: reportRule.source,
    });
    // Where the report's recipients are recorded (0.3.0), each one's date against the same deadline.
    for (const sent of meeting.data.report?.recipients ?? [])
      deadlines.push({
        rule: 'report-due',
        subject: sent.to,
        file: meetingFile,
        days: reportRule.value,
        due: reportDue,
        done: sent.date,
        ...stateOf(calendar, reportDue, sent.date, asOf),
        source: reportRule.source,
      });
  }
  return deadlines;
}
