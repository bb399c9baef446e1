/** Per-meeting deadlines from the rules profile, in working days. */
export {
  ANNOUNCING_KINDS,
  DEADLINE_RULE_KEY,
  meetingDeadlines,
  petitionsByCutoff,
  type Deadline,
  type DeadlineRule,
  type DeadlineState,
} from './meeting-deadlines.ts';
export { planDeadlines } from './plan-deadlines.ts';
