/** The audit for a person at a terminal: one table of parts and one of deadlines per meeting, then the findings. */
import { t, type MessageKey } from '../../../i18n/index.ts';
import { meetingStatusLabel } from '../view/labels.ts';
import { formatShortDate } from '../../base/text/date-line.ts';
import { datePart } from '../../base/dates/civil.ts';
import type { Deadline } from '../../domain/deadlines/meeting-deadlines.ts';
import { AUDIT_PARTS, type AuditResult, type Finding } from '../../domain/audit/audit.ts';
import { partRow } from '../../domain/model/parts.ts';

/** Display width of NFC Vietnamese text: one column per code point. */
const width = (text: string) => [...text].length;

/** A plain-text table with aligned columns and a rule under the header. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - width(c)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** "muộn 4 ngày làm việc", "sớm 2 ngày làm việc", "đúng ngày hạn". */
export function workingDaysText(late: number | undefined): string {
  if (late === undefined) return '';
  if (late === 0) return t('audit.wdOnDay');
  return late > 0 ? t('audit.wdLate', { days: late }) : t('audit.wdEarly', { days: -late });
}

/** The rule's name for a deadline row. */
export function deadlineLabel(d: Deadline): string {
  return t(`audit.rule.${d.rule}` as MessageKey);
}

/** The state of a deadline in words, with how many working days early or late. */
export function deadlineStateText(d: Deadline): string {
  if (d.state === 'late' && d.workingDaysLate) return t('audit.lateBy', { days: d.workingDaysLate });
  const state = t(`audit.state.${d.state}` as MessageKey);
  const by = workingDaysText(d.workingDaysLate);
  return by ? `${state} (${by})` : state;
}

function findingLines(findings: Finding[]): string[] {
  return findings.map((f) => {
    const mark = f.severity === 'error' ? '✗' : '!';
    return `  ${mark} [${f.rule}] ${f.file}: ${f.message}\n      ${t('audit.cli.source')}: ${f.source.plan}${f.source.section ? `, ${f.source.section}` : ''}`;
  });
}

/** The whole audit as text for the terminal. */
export function formatAudit(result: AuditResult): string {
  const out: string[] = [
    t('audit.cli.heading', {
      unit: result.unit,
      rules: result.unitPlan ? `${result.rules} + ${result.unitPlan}` : result.rules,
      asOf: formatShortDate(result.asOf),
    }),
    '',
  ];
  for (const m of result.meetings) {
    const day = m.start ? `, ${formatShortDate(datePart(m.start))}` : '';
    out.push(t('audit.cli.meeting', { id: m.id, status: meetingStatusLabel(m.status), day }));
    out.push(
      textTable(
        [t('audit.cli.col.part'), t('audit.cli.col.documents'), t('audit.cli.col.state')],
        AUDIT_PARTS.map((p) => [
          t(partRow('audit', p).label),
          String(m.parts[p].documents),
          t(`audit.state.${m.parts[p].state}` as MessageKey),
        ]),
      ),
    );
    if (m.deadlines.length > 0) {
      out.push('');
      out.push(
        textTable(
          [t('audit.cli.col.rule'), t('audit.cli.col.subject'), t('audit.cli.col.due'), t('audit.cli.col.done'), t('audit.cli.col.state')],
          m.deadlines.map((d) => [
            deadlineLabel(d),
            d.subject ?? '',
            d.due ? formatShortDate(d.due) : '—',
            d.done ? formatShortDate(d.done) : '—',
            deadlineStateText(d),
          ]),
        ),
      );
    }
    out.push('', `${t('audit.cli.findings')}:`);
    out.push(...(m.findings.length ? findingLines(m.findings) : [`  ${t('audit.cli.noFindings')}`]), '');
  }
  if (result.findings.length > 0) out.push(`${t('audit.cli.unitFindings')}:`, ...findingLines(result.findings), '');
  out.push(t('audit.cli.summary', result.summary));
  return out.join('\n');
}
