/** The audit of the site as of the build's "today" (AS_OF), computed once per site model. */
import { auditSite, siteCalendar, type AuditResult, type MeetingAudit } from '../lib/audit/index.ts';
import type { Site } from '../lib/model/site.ts';
import { asOf } from './env.ts';
import { getSite } from './site.ts';

let cached: { site: Site; day: string; result: AuditResult; byMeeting: Map<string, MeetingAudit> } | undefined;

/** The audit of every meeting, and each meeting's audit by id. */
export async function getAudit(): Promise<{ result: AuditResult; byMeeting: ReadonlyMap<string, MeetingAudit> }> {
  const site = await getSite();
  const day = asOf();
  if (!cached || cached.site !== site || cached.day !== day) {
    const result = auditSite(site, day, siteCalendar(site));
    cached = { site, day, result, byMeeting: new Map(result.meetings.map((m) => [m.id, m])) };
  }
  return cached;
}
