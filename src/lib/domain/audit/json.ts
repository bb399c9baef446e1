/** The audit as OUTPUTS.md publishes it (`npm run audit -- --json`), and the command's exit code. */
import type { AuditResult } from './audit.ts';

/**
 * The audit's JSON: OUTPUTS.md's shape, each deadline with `ok` (true on time or done, false late,
 * overdue or short of the quorum, null while not yet due) beside the fuller `state`.
 */
export function auditJson(result: AuditResult): unknown {
  return {
    ...result,
    meetings: result.meetings.map((m) => ({
      ...m,
      deadlines: m.deadlines.map((d) => ({
        rule: d.rule,
        ...(d.subject ? { subject: d.subject } : {}),
        due: d.due ?? null,
        done: d.done ?? null,
        ok: d.state === 'not-yet-due' ? null : d.state === 'on-time' || d.state === 'done',
        state: d.state,
        ...(d.workingDaysLate !== undefined ? { workingDaysLate: d.workingDaysLate } : {}),
        days: d.days,
        ...(d.counts ? { counts: d.counts } : {}),
        file: d.file,
        source: d.source,
      })),
    })),
  };
}

/** 0 when nothing is wrong, 1 when a finding is an error (warnings alone do not fail). */
export function auditExitCode(result: AuditResult): 0 | 1 {
  return result.summary.errors > 0 ? 1 : 0;
}
