/**
 * A meeting called off (postponed or cancelled, issue 11): the postponement notice in part 1, the report or
 * decision that stops or postpones it (after the petitions' cut-off, before the announced day, to both the
 * city's People's Committee and the department that compiles the reports), and, when cancelled, the
 * petitions it leaves unanswered.
 */
import { isTopUnit } from '../model/facts.ts';
import { t, type MessageKey, type MessageParams } from '../../../i18n/index.ts';
import type { IsoDate } from '../../base/dates/civil.ts';
import { formatShortDate } from '../../base/text/date-line.ts';
import type { RuleSource, RulesProfile } from '../../law/rules/profiles.ts';
import type { WorkingCalendar } from '../calendar/working-days.ts';
import type { Meeting, Site } from '../model/site.ts';
import { folderSource } from './sources.ts';
import type { Finding } from './audit.ts';

const POSTPONE_85: RuleSource = {
  plan: 'KH 85/KH-UBND ngày 05/4/2024 của UBND thành phố Hải Phòng',
  section: '§IV.1',
  quote:
    'Trường hợp quá thời hạn tiếp nhận kiến nghị theo thông báo, đơn vị vẫn không nhận được kiến nghị và đăng ký tham dự Hội nghị của doanh nghiệp. Đơn vị có văn bản báo cáo Ủy ban nhân dân thành phố về việc dừng hoặc hoãn việc tổ chức Hội nghị, đồng thời gửi văn bản về Sở Kế hoạch và Đầu tư để tổng hợp, báo cáo Ủy ban nhân dân thành phố.',
};
const POSTPONE_121: RuleSource = {
  plan: 'Kế hoạch năm 2025 của Ban Quản lý Khu kinh tế Hải Phòng (theo KH 121/KH-UBND ngày 19/5/2025)',
  section: '§III.1',
  quote: 'dự thảo văn bản báo cáo Ủy ban nhân dân thành phố và Sở Tài chính về việc dừng hoặc hoãn việc tổ chức Hội nghị',
};

/** The source of the rule on stopping or postponing a meeting. */
export function postponementSource(rules: RulesProfile): RuleSource {
  return rules.id === 'kh-121-2025' ? POSTPONE_121 : POSTPONE_85;
}

/** The city's People's Committee, as recipients are written ("Ủy ban nhân dân thành phố …", "UBND thành phố …"). */
const CITY = /(ủy|uỷ) ban nhân dân thành phố|ubnd thành phố|ubnd tp/u;
const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function finding(
  rule: Finding['rule'],
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

/** Which of the two recipients the plans name (the city's People's Committee, the unit's `reportTo`) a list lacks. */
export function missingRecipients(recipients: readonly { to: string }[], reportTo: string): string[] {
  const names = recipients.map((r) => fold(r.to));
  const missing: string[] = [];
  if (!names.some((n) => CITY.test(n))) missing.push(t('audit.calledOff.city'));
  if (!names.some((n) => n.includes(fold(reportTo)) || fold(reportTo).includes(n))) missing.push(reportTo);
  return missing;
}

/** The findings of a postponed or cancelled meeting, besides the deadlines that fell due before the call-off. */
export function postponementFindings(
  meeting: Meeting,
  rules: RulesProfile,
  site: Site,
  calendar: WorkingCalendar,
  calledOff: IsoDate | undefined,
  asOf: IsoDate,
): Finding[] {
  const findings: Finding[] = [];
  const cancelled = meeting.data.status === 'cancelled';
  const source = postponementSource(rules);
  const file = meeting.file;
  const what = t(cancelled ? 'audit.calledOff.cancelled' : 'audit.calledOff.postponed');

  // Part 1 tells businesses the meeting will not take place.
  if (!meeting.notices.some((e) => e.data.kind === 'postponement'))
    findings.push(
      finding('notice-missing', 'audit.finding.notice-missing.postponement', { meeting: meeting.id, what }, file, folderSource(rules)),
    );

  // The report (or decision) that stops or postpones it: after the cut-off, before the announced day, both recipients.
  const report = meeting.data.postponement;
  const day = meeting.day;
  if (report) {
    const cutoffDays = rules.numbers.petitionCutoffDays.value;
    const cutoff =
      meeting.data.registrationDeadline ??
      (day && cutoffDays ? calendar.lastWorkingDayOnOrBefore(calendar.latestPostingDate(day, cutoffDays)) : undefined);
    const recipients = report.recipients ?? [];
    // A day the content writes `unknown` cannot be judged early or late (the `unknown` rule says so).
    const dated = [{ to: '', date: report.reportDate }, ...recipients].filter((r): r is { to: string; date: string } => r.date !== null);
    const number = report.reportNumber ?? t('fact.unknown');
    for (const sent of dated) {
      const params = { number, done: formatShortDate(sent.date), to: sent.to, what };
      const early = sent.to ? 'audit.finding.postponement-report.early.to' : 'audit.finding.postponement-report.early';
      const late = sent.to ? 'audit.finding.postponement-report.late.to' : 'audit.finding.postponement-report.late';
      if (cutoff && sent.date <= cutoff)
        findings.push(finding('postponement-report', early, { ...params, cutoff: formatShortDate(cutoff) }, file, source));
      if (day && sent.date >= day)
        findings.push(finding('postponement-report', late, { ...params, meetingDay: formatShortDate(day) }, file, source));
    }
    const reportTo = site.unit.reportTo ?? '';
    // A city or province reports to no one above it: its decision stands for the report.
    if (isTopUnit(site.unit.kind)) {
      /* nothing to send */
    } else if (recipients.length === 0)
      findings.push(
        finding('postponement-report', 'audit.finding.postponement-report.recipients', { number, reportTo }, file, source, 'warning'),
      );
    else {
      const missing = missingRecipients(recipients, reportTo);
      if (missing.length > 0)
        findings.push(
          finding(
            'postponement-report',
            'audit.finding.postponement-report.recipient',
            { number, missing: missing.join('; ') },
            file,
            source,
          ),
        );
    }
  }

  // A cancelled meeting leaves its petitions to be answered all the same: list the ones still unanswered.
  if (cancelled && calledOff && calledOff < asOf)
    for (const p of meeting.petitions)
      if (p.data.status === 'pending')
        findings.push(
          finding(
            'answer-overdue',
            'audit.finding.answer-cancelled',
            { code: p.data.code, meeting: meeting.id, received: p.data.received ? formatShortDate(p.data.received) : t('fact.unknown') },
            p.file,
            source,
            'warning',
            p.data.code,
          ),
        );
  return findings;
}
