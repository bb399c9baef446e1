/** The compliance audit: findings with stable rule ids, their files and sources; the JSON of OUTPUTS.md. */
export {
  AUDIT_PARTS,
  AUDIT_RULES,
  auditMeeting,
  auditSite,
  frequencyFindings,
  siteCalendar,
  type AuditPart,
  type AuditResult,
  type AuditRule,
  type Finding,
  type MeetingAudit,
  type PartAudit,
  type PartState,
} from './audit.ts';
export { auditJson, auditExitCode } from './json.ts';
export { CALENDAR_SOURCE, folderSource, registrationFormSource } from './sources.ts';
