/** Pages for officers: the audit and a held meeting's report. Neither is indexed for search. */
import { t } from '../../../i18n/index.ts';
import type { AuditResult, Finding, MeetingAudit } from '../../domain/audit/index.ts';
import type { Deadline } from '../../domain/deadlines/index.ts';
import { meetingReport, type MeetingReport } from '../../domain/report/index.ts';
import type { Meeting } from '../../domain/model/site.ts';
import { formatShortDate } from '../view/format.ts';
import { frameOf, type Crumb, type PageFrame } from '../view/frame.ts';
import type { SiteView } from '../view/site-view.ts';

/** A deadline in a timeline, with the link to its petition when it is one's answer. */
export type TimelineRow = Deadline & { subjectHref?: string };

/** A meeting's deadlines as timeline rows. */
export function timelineRows(view: SiteView, audit: MeetingAudit): TimelineRow[] {
  const petitionSlug = (file: string) => file.replace(/^kien-nghi\//, '').replace(/\.md$/, '');
  return audit.deadlines.map((d) => (d.subject ? { ...d, subjectHref: view.urls.doc('kien-nghi', petitionSlug(d.file)) } : d));
}

export interface AuditPage {
  frame: PageFrame;
  title: string;
  crumbs: Crumb[];
  intro: string;
  /** Said when some meetings are before the city plan took effect */
  notJudged?: string;
  summary: string;
  result: AuditResult;
  /** Findings about the unit as a whole (meetings per year) */
  findings: Finding[];
  meetings: {
    id: string;
    title: string;
    href: string;
    caption: string;
    rows: TimelineRow[];
    findings: Finding[];
    reportHref?: string;
  }[];
}

/** The audit page: the matrix, how deadlines are counted, the findings, each meeting's timeline. */
export function auditPage(view: SiteView): AuditPage {
  const { audit: result, urls } = view;
  const rules = view.site.rules;
  const title = t('audit.page.title');
  return {
    frame: frameOf(view),
    title,
    crumbs: [{ label: title }],
    intro: t('audit.page.intro', {
      asOf: formatShortDate(result.asOf),
      rules: rules.unitPlan ? t('audit.page.rulesLayers', { unitPlan: rules.unitPlan.title, rules: rules.title }) : rules.title,
    }),
    notJudged: result.meetings.some((m) => m.rules === null)
      ? t('audit.page.notJudged', { date: formatShortDate(rules.effectiveFrom), rules: rules.title })
      : undefined,
    summary: t('audit.page.summary', result.summary),
    result,
    findings: result.findings,
    meetings: result.meetings.map((m) => ({
      id: m.id,
      title: m.title,
      href: urls.meeting(m.id),
      caption: t('audit.page.timelineCaption', { meeting: m.title }),
      rows: timelineRows(view, m),
      findings: m.findings,
      reportHref: m.status === 'held' ? urls.report(m.id) : undefined,
    })),
  };
}

/** The meetings that have a report: the held ones. */
function heldMeetings(view: SiteView): Meeting[] {
  return view.site.meetings.filter((m) => m.data.status === 'held');
}

/** The static paths of the report pages and files. */
export function reportPaths(view: SiteView) {
  return heldMeetings(view).map((m) => ({ params: { meeting: m.id } }));
}

/** The report of a held meeting, by its id (for the page and its CSV and XLSX files). */
export function reportOf(view: SiteView, id: string): MeetingReport {
  const meeting = view.site.meetingById.get(id);
  if (!meeting || meeting.data.status !== 'held') throw new Error(`no held meeting "${id}"`);
  // As sent (the report's date), else as of the build's day.
  return meetingReport(view.site, meeting, { today: view.asOf });
}

export interface ReportPage {
  frame: PageFrame;
  title: string;
  crumbs: Crumb[];
  report: MeetingReport;
  xlsxHref: string;
  csvHref: string;
}

/** A held meeting's report page, printable on A4, with its spreadsheet and CSV. */
export function reportPage(view: SiteView, id: string): ReportPage {
  const { urls } = view;
  const report = reportOf(view, id);
  const meeting = view.site.meetingById.get(id)!;
  return {
    frame: frameOf(view),
    title: t('report.page.title', { meeting: meeting.data.title }),
    crumbs: [
      { label: t('audit.page.title'), href: urls.audit },
      { label: meeting.data.title, href: urls.meeting(meeting.id) },
      { label: report.name },
    ],
    report,
    xlsxHref: `${urls.report(meeting.id)}phu-luc.xlsx`,
    csvHref: `${urls.report(meeting.id)}phu-luc.csv`,
  };
}
