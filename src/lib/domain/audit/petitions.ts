/**
 * Petitions handed over (issue 11, rule `transfer`): a transferred or escalated petition is recorded with the
 * document that hands it over (`answer.number`, `answer.date`) and its recipient (`transferredTo`); it is not
 * resolved by the unit, and a petition within the unit's own competence is not handed over.
 */
import { t, type MessageKey, type MessageParams } from '../../../i18n/index.ts';
import type { RuleSource } from '../../law/rules/profiles.ts';
import type { Meeting } from '../model/site.ts';
import type { Finding } from './audit.ts';

/** KH 85/2024 §IV.1: what the unit does with a petition beyond its competence. */
export const TRANSFER_SOURCE: RuleSource = {
  plan: 'KH 85/KH-UBND ngày 05/4/2024 của UBND thành phố Hải Phòng',
  section: '§IV.1',
  quote:
    'Trường hợp các kiến nghị nằm ngoài thẩm quyền, không thuộc chức năng nhiệm vụ của đơn vị, báo cáo Ủy ban nhân dân thành phố chỉ đạo cơ quan, đơn vị có chức năng và thẩm quyền xem xét, giải quyết kiến nghị.',
};

const HANDED_OVER = ['transferred', 'escalated'];

function finding(key: MessageKey, params: MessageParams, file: string, subject: string, severity: Finding['severity']): Finding {
  return { rule: 'transfer', severity, message: t(key, params), file, source: TRANSFER_SOURCE, subject };
}

/** The `transfer` findings of a meeting's petitions. */
export function transferFindings(meeting: Meeting): Finding[] {
  const findings: Finding[] = [];
  for (const p of meeting.petitions) {
    const d = p.data;
    if (!HANDED_OVER.includes(d.status)) continue;
    const params = { code: d.code, to: d.transferredTo ?? '' };
    if (d.resolved) findings.push(finding('audit.finding.transfer.resolved', params, p.file, d.code, 'error'));
    if (!d.answer?.number || !d.answer?.date) findings.push(finding('audit.finding.transfer.document', params, p.file, d.code, 'warning'));
    if (d.scope === 'in-competence') findings.push(finding('audit.finding.transfer.scope', params, p.file, d.code, 'warning'));
  }
  return findings;
}
