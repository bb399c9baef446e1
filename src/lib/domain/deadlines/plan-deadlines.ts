/**
 * The deadlines that come from the plans' own kinds of rule (docs/RULES.md), beside the day counts of
 * ./meeting-deadlines.ts, in the same shape:
 * - `invitations`: the number of businesses to invite (KH 85 "tối thiểu 20 doanh nghiệp", Hà Đông 15): an
 *   invitation count, never an attendance; judged from `invitedCount`, or from the attendance when it alone
 *   shows enough were invited;
 * - `petition-cutoff-date`: a fixed cut-off (Nghi Dương: by 30/10/2025): the announced registration
 *   deadline must not be after it;
 * - `meeting-before`: a fixed day the meeting must be held before (Nghi Dương: before 15/11/2025);
 * - `stop`: the stop condition (KH 85 §IV.1–2, seed 004 §III.1): no petition and no registration by the
 *   announced deadline, so the unit reports that it stops or postpones; a meeting held or still announced
 *   then is `unmet`, a postponed or cancelled one `done`.
 */
import type { WorkingCalendar } from '../calendar/working-days.ts';
import { addDays, isValidIsoDate, type IsoDate } from '../../base/dates/civil.ts';
import type { Meeting } from '../model/site.ts';
import { countValue, petitionWeight } from '../model/facts.ts';
import type { RulesProfile } from '../../law/rules/profiles.ts';
import type { Deadline, DeadlineState } from './meeting-deadlines.ts';

const ANNOUNCED = ['scheduled', 'held'];

function judged(
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

/** Petitions received by a day, not counting those raised at the meeting (an aggregate by its count; an unknown receipt not). */
function receivedBy(meeting: Meeting, day: IsoDate): number {
  let count = 0;
  for (const p of meeting.petitions)
    if (p.data.channel !== 'at-meeting' && p.data.received !== null && p.data.received <= day) count += petitionWeight(p.data);
  return count;
}

/** The plan-kind deadlines of a meeting as of `asOf`. */
export function planDeadlines(meeting: Meeting, rules: RulesProfile, calendar: WorkingCalendar, asOf: IsoDate): Deadline[] {
  const out: Deadline[] = [];
  const d = meeting.data;
  const day = meeting.day;
  const status = d.status;
  const announced = ANNOUNCED.includes(status);

  // Invitations: how many businesses were invited, against the plan's minimum (a warning, never a quorum).
  const invitations = rules.numbers.invitations;
  if (invitations.value && day && announced) {
    const min = invitations.value;
    const invited = d.invitedCount;
    // null: the content writes it `unknown`, which shows nothing either way.
    const attended = countValue(d.attendedCount);
    let state: DeadlineState;
    if (invited !== undefined) state = invited < min ? 'unmet' : 'done';
    else if (status === 'held' && typeof attended === 'number' && attended >= min) state = 'done';
    else state = day < asOf ? 'unmet' : 'not-yet-due';
    const counts: NonNullable<Deadline['counts']> = { petitions: receivedBy(meeting, day), invitedMin: min };
    if (invited !== undefined) counts.invited = invited;
    if (attended !== undefined) counts.attended = attended;
    out.push({ rule: 'invitations', file: meeting.file, days: null, due: day, state, counts, source: invitations.source });
  }

  // A fixed cut-off: the announced registration deadline by the plan's day.
  const cutoff = rules.dates.petitionCutoffDate.value;
  if (cutoff && isValidIsoDate(cutoff) && d.registrationDeadline) {
    out.push({
      rule: 'petition-cutoff-date',
      file: meeting.file,
      days: null,
      due: cutoff,
      done: d.registrationDeadline,
      ...judged(calendar, cutoff, d.registrationDeadline, asOf),
      source: rules.dates.petitionCutoffDate.source,
    });
  }

  // A fixed day the meeting must be held before.
  const before = rules.dates.meetingBefore.value;
  if (before && isValidIsoDate(before) && status !== 'postponed' && status !== 'cancelled') {
    const due = addDays(before, -1);
    out.push({
      rule: 'meeting-before',
      file: meeting.file,
      days: null,
      due,
      ...(day ? { done: day } : {}),
      ...judged(calendar, due, day, asOf),
      source: rules.dates.meetingBefore.source,
    });
  }

  // The stop condition, once the announced deadline has passed with what was received by it.
  const deadline = d.registrationDeadline;
  const registered = countValue(d.registeredCount);
  if (rules.stop && deadline && deadline < asOf && typeof registered === 'number' && status !== 'planned') {
    const petitions = receivedBy(meeting, deadline);
    const met = petitions === 0 && registered === 0;
    out.push({
      rule: 'stop',
      file: meeting.file,
      days: null,
      due: deadline,
      state: met && announced ? 'unmet' : 'done',
      counts: { registered, petitions },
      source: rules.stop.source,
    });
  }
  return out;
}
