/**
 * A meeting's deadlines from its unit's rules profile, counted in working days (RULES.md, "Counting
 * working days"): the notice's lead on the portal and at the one-stop desk, the petitions' cut-off,
 * the quorum at the cut-off, each petition's written answer, the conclusion and the report to the city.
 *
 * "Within N working days after the meeting" ends on the N-th working day after it (Civil Code 2015,
 * Art. 147–148). "At least N working days before the meeting" takes the strict reading: N full working
 * days strictly between the posting (or receipt) and the meeting.
 *
 * Pure: the site model, the calendar and "today" in, plain data out; linear in the meeting's petitions.
 */
import type { WorkingCalendar } from '../calendar/working-days.ts';
import { addDays, type IsoDate } from '../../base/dates/civil.ts';
import type { Meeting } from '../model/site.ts';
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
 * `unmet` a count (quorum) below the plan's minimum.
 */
export type DeadlineState = 'on-time' | 'late' | 'overdue' | 'not-yet-due' | 'done' | 'unmet';

export interface Deadline {
  rule: DeadlineRule;
  /** The petition's code, for `answer` */
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
    registered?: number;
    registeredMin?: number | null;
    petitions: number;
    petitionsMin?: number | null;
    attended?: number;
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

/** The earliest of some dates, or undefined. */
function earliest(dates: (IsoDate | undefined)[]): IsoDate | undefined {
  let found: IsoDate | undefined;
  for (const date of dates) if (date && (!found || date < found)) found = date;
  return found;
}

/** The state of a deadline with a due date. */
function stateOf(
  calendar: WorkingCalendar,
  due: IsoDate,
  done: IsoDate | undefined,
  asOf: IsoDate,
): Pick<Deadline, 'state' | 'workingDaysLate'> {
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

/** The petitions received by the cut-off that count towards the quorum (not those raised at the meeting). */
export function petitionsByCutoff(meeting: Meeting, cutoff: IsoDate): number {
  let count = 0;
  for (const p of meeting.petitions) if (p.data.channel !== 'at-meeting' && p.data.received <= cutoff) count++;
  return count;
}

/**
 * Every deadline of a meeting as of `asOf`. A meeting with no day yet (planned) has none; a postponed or
 * cancelled one keeps only what was due before it was called off (the notice's lead).
 */
export function meetingDeadlines(meeting: Meeting, rules: RulesProfile, calendar: WorkingCalendar, asOf: IsoDate): Deadline[] {
  const day = meeting.day;
  if (!day) return [];
  const n = rules.numbers;
  const status = meeting.data.status;
  const held = status === 'held';
  const deadlines: Deadline[] = [];
  const announcing = meeting.notices.filter((e) => ANNOUNCING_KINDS.includes(e.data.kind));
  const meetingFile = meeting.file;

  /** Strict "at least N before": the latest day that still leaves N working days; with no N, the day before. */
  const before = (rule: RuleNumber) => (rule.value ? calendar.latestPostingDate(day, rule.value) : addDays(day, -1));
  /** "Within N after": the N-th working day after the meeting. */
  const after = (rule: RuleNumber) => (rule.value ? calendar.addWorkingDays(day, rule.value) : undefined);

  // 1. The notice, on the portal and at the one-stop desk: the earliest announcing document counts
  // (a plan posted in place of a notice, then the notice with the exact time, both announce it).
  for (const [rule, key, dateOf] of [
    ['notice-lead', 'noticeLeadDays', (e: (typeof announcing)[number]) => e.data.published],
    ['notice-desk', 'deskLeadDays', (e: (typeof announcing)[number]) => e.data.postedAtDesk],
  ] as const) {
    const number = n[key];
    const due = before(number);
    const done = earliest(announcing.map(dateOf));
    const file = (done ? announcing.find((e) => dateOf(e) === done) : announcing[0])?.file ?? meetingFile;
    deadlines.push({ rule, file, days: number.value, due, done, ...stateOf(calendar, due, done, asOf), source: number.source });
  }

  // 2. The petitions' cut-off: the announced registration deadline must leave N working days.
  const cutoffRule = n.petitionCutoffDays;
  const announced = meeting.data.registrationDeadline;
  const cutoff = cutoffRule.value ? calendar.latestPostingDate(day, cutoffRule.value) : announced;
  if (cutoffRule.value && cutoff) {
    deadlines.push({
      rule: 'petition-cutoff',
      file: meetingFile,
      days: cutoffRule.value,
      due: cutoff,
      done: announced,
      ...stateOf(calendar, cutoff, announced, asOf),
      source: cutoffRule.source,
    });
  }

  // 3. The quorum, counted at the cut-off (registrations and petitions received by then), and attendance.
  const quorumDay = announced && cutoff ? (announced < cutoff ? announced : cutoff) : (announced ?? cutoff);
  if (quorumDay && (n.quorumRegistered.value || n.quorumPetitions.value || n.minAttendees.value)) {
    const petitions = petitionsByCutoff(meeting, quorumDay);
    const registered = meeting.data.registeredCount;
    const attended = meeting.data.attendedCount;
    const short =
      (n.quorumRegistered.value !== null && registered !== undefined && registered < n.quorumRegistered.value) ||
      (n.quorumRegistered.value !== null && registered === undefined && quorumDay < asOf) ||
      (n.quorumPetitions.value !== null && petitions < n.quorumPetitions.value && quorumDay < asOf) ||
      (n.minAttendees.value !== null && held && attended !== undefined && attended < n.minAttendees.value);
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
      state: short ? 'unmet' : quorumDay < asOf || held ? 'done' : 'not-yet-due',
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

  if (!held) return deadlines;

  // 4. Each written answer: N working days after the meeting, longer when agencies must coordinate.
  for (const p of meeting.petitions) {
    if (p.data.status === ANSWERED_AT_MEETING) continue;
    const number = p.data.coordination ? n.answerCoordinationDays : n.answerDays;
    const due = after(number);
    if (!due) continue;
    const done = p.data.answer?.date;
    deadlines.push({
      rule: 'answer',
      subject: p.data.code,
      file: p.file,
      days: number.value,
      due,
      done,
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
          done: conclusionDone,
          ...stateOf(calendar, conclusionDue, conclusionDone, asOf),
          source: conclusionRule.source,
        }
      : {
          rule: 'conclusion',
          file: conclusionFile,
          days: null,
          done: conclusionDone,
          state: conclusionDone ? 'done' : 'not-yet-due',
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
      done,
      ...stateOf(calendar, reportDue, done, asOf),
      source: reportRule.source,
    });
  }
  return deadlines;
}
