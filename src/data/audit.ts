/** The audit of the site as of the build's "today" (AS_OF), computed once per site model. */
import { auditSite, siteCalendar, type AuditResult, type MeetingAudit } from '../lib/domain/audit/index.ts';
import type { Deadline } from '../lib/domain/deadlines/index.ts';
import type { Site } from '../lib/domain/model/site.ts';
import { asOf } from './env.ts';
import { getSite } from './site.ts';

interface SiteAudit {
  result: AuditResult;
  byMeeting: ReadonlyMap<string, MeetingAudit>;
  /** Each petition's written-answer deadline, by the petition's file */
  answerByFile: ReadonlyMap<string, Deadline>;
}

let cached: (SiteAudit & { site: Site; day: string }) | undefined;

/** The audit of every meeting, each meeting's audit by id, each answer's deadline by petition file. */
export async function getAudit(): Promise<SiteAudit> {
  const site = await getSite();
  const day = asOf();
  if (!cached || cached.site !== site || cached.day !== day) {
    const result = auditSite(site, day, siteCalendar(site));
    const answerByFile = new Map<string, Deadline>();
    for (const m of result.meetings) for (const d of m.deadlines) if (d.rule === 'answer') answerByFile.set(d.file, d);
    cached = { site, day, result, byMeeting: new Map(result.meetings.map((m) => [m.id, m])), answerByFile };
  }
  return cached;
}
