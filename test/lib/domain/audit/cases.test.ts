/**
 * Issue 11: the cases the audit got wrong, each on a copy of the demo with one thing changed. Every test here
 * failed on the code before the change (no finding, a due date before receipt, deadlines dropped).
 */
import { describe, expect, it } from 'vitest';
import { auditSite, type AuditResult, type Finding, type MeetingAudit } from '../../../../src/lib/domain/audit/index.ts';
import { replace } from '../../../helpers/content-root.ts';
import { siteAfter } from '../../../helpers/site.ts';

const QII = 'hoi-nghi/2026-quy-ii.yaml';
const QIV = 'hoi-nghi/2026-quy-iv.yaml';
const audit = async (changes: Parameters<typeof siteAfter>[0], asOf: string) => auditSite(await siteAfter(changes), asOf);
const meeting = (result: AuditResult, id: string): MeetingAudit => result.meetings.find((m) => m.id === id)!;
const rules = (findings: Finding[]) => findings.map((f) => f.rule);

/** Quý IV made a meeting with a day: `status` and the lines that status needs. */
const quarterFour = (status: string, extra: string) => (text: string) => text.replace('status: planned', `status: ${status}\n${extra}`);

describe('a meeting whose day has passed while its status is still planned or scheduled: status-stale', () => {
  it('the demo meeting set back to scheduled: status-stale, and the post-meeting deadlines from its day', async () => {
    const result = await audit({ [QII]: replace('status: held', 'status: scheduled') }, '2026-07-01');
    const m = meeting(result, '2026-quy-ii');
    expect(m.findings[0]).toMatchObject({ rule: 'status-stale', severity: 'error', file: QII });
    expect(m.findings[0]!.message).toContain('21/05/2026');
    // The answers, the conclusion and the report are computed from the announced day, as for a held meeting.
    expect(m.deadlines.filter((d) => d.rule === 'answer')).toHaveLength(7);
    expect(m.deadlines.find((d) => d.rule === 'report-due')).toMatchObject({ due: '2026-06-01', state: 'on-time' });
    expect(rules(m.findings)).toContain('answer-late');
  });

  it('a stale meeting with a pending petition: the answer is overdue, the report and content missing', async () => {
    const result = await audit(
      { [QIV]: quarterFour('scheduled', 'start: 2026-11-26T08:00\nregistrationDeadline: 2026-11-05') },
      '2026-12-31',
    );
    const m = meeting(result, '2026-quy-iv');
    expect(rules(m.findings)).toEqual(expect.arrayContaining(['status-stale', 'answer-overdue', 'content-missing', 'report-due']));
    expect(m.findings.find((f) => f.rule === 'answer-overdue')).toMatchObject({ subject: 'KN-2026-12', severity: 'error' });
  });

  it('a meeting still ahead, or on its day, is not stale', async () => {
    const ahead = await audit(
      { [QIV]: quarterFour('scheduled', 'start: 2026-11-26T08:00\nregistrationDeadline: 2026-11-05') },
      '2026-11-26',
    );
    expect(rules(meeting(ahead, '2026-quy-iv').findings)).not.toContain('status-stale');
  });
});

describe('a petition received after the meeting is never due before its receipt', () => {
  it('its answer is due N working days after it was received', async () => {
    const result = await audit(
      {
        [QIV]: quarterFour('held', 'start: 2026-10-29T08:00\nregistrationDeadline: 2026-10-22\nattendedCount: 30'),
        'kien-nghi/kn-2026-12.md': replace('received: 2026-11-04', 'received: 2026-12-01'),
      },
      '2026-12-05',
    );
    const answer = meeting(result, '2026-quy-iv').deadlines.find((d) => d.rule === 'answer')!;
    // 15 working days (coordination) after Tuesday 1/12/2026, not after the meeting (19/11, before the receipt).
    expect(answer).toMatchObject({ subject: 'KN-2026-12', due: '2026-12-22', state: 'not-yet-due' });
    expect(rules(meeting(result, '2026-quy-iv').findings)).not.toContain('answer-overdue');
  });
});

describe('a postponed or cancelled meeting', () => {
  const postponed = (reportDate: string, extra = '') =>
    quarterFour(
      'postponed',
      `start: 2026-12-10T08:00\nregistrationDeadline: 2026-11-30\npostponement: { reason: Chưa đủ số doanh nghiệp đăng ký, reportNumber: 260/BC-UBND, reportDate: ${reportDate}${extra} }`,
    );
  const notice = [
    '---',
    'meeting: 2026-quy-iv',
    'kind: postponement',
    'title: Thông báo hoãn tổ chức hội nghị đối thoại chuyên đề quý IV năm 2026',
    'number: 270/TB-UBND',
    'issued: 2026-12-02',
    'published: 2026-12-02',
    '---',
    '',
    'Ủy ban nhân dân phường Kinh Môn thông báo hoãn tổ chức Hội nghị.',
    '',
  ].join('\n');
  const recipients =
    ', recipients: [{ to: Ủy ban nhân dân thành phố Hải Phòng, date: 2026-12-02 }, { to: Sở Tài chính thành phố Hải Phòng, date: 2026-12-02 }]';

  it('keeps the deadlines that fell due before the call-off (the cut-off announced too late), drops the later ones', async () => {
    const result = await audit({ [QIV]: postponed('2026-12-02', recipients), 'thong-bao/tb-270-2026-hoan.md': notice }, '2026-12-20');
    const m = meeting(result, '2026-quy-iv');
    // Cut-off 15 working days before Thursday 10/12: Wednesday 18/11; announced 30/11, fell due before the call-off 2/12.
    expect(m.findings.map((f) => f.rule)).toEqual(['petition-cutoff']);
    expect(m.deadlines.every((d) => d.due! < '2026-12-02')).toBe(true);
    // The timeline shows what the findings say: nothing after the call-off is "late" or "overdue".
    expect(m.deadlines.map((d) => d.rule)).toEqual(['petition-cutoff']);
  });

  it('needs a postponement notice in part 1', async () => {
    const result = await audit({ [QIV]: postponed('2026-12-02', recipients) }, '2026-12-20');
    expect(meeting(result, '2026-quy-iv').findings.filter((f) => f.rule === 'notice-missing')).toMatchObject([
      { severity: 'error', file: QIV, message: expect.stringContaining('thông báo hoãn') },
    ]);
  });

  it('checks the report that stops or postpones it: after the cut-off, before the announced day, both recipients', async () => {
    const files = { 'thong-bao/tb-270-2026-hoan.md': notice };
    const early = await audit({ ...files, [QIV]: postponed('2026-11-20', recipients) }, '2026-12-20');
    expect(meeting(early, '2026-quy-iv').findings.filter((f) => f.rule === 'postponement-report')).toMatchObject([
      { severity: 'error', message: expect.stringContaining('trước hạn nhận kiến nghị') },
    ]);
    const late = await audit({ ...files, [QIV]: postponed('2026-12-11', recipients) }, '2026-12-20');
    expect(meeting(late, '2026-quy-iv').findings.filter((f) => f.rule === 'postponement-report')).toMatchObject([
      { severity: 'error', message: expect.stringContaining('không trước ngày họp') },
    ]);
    const one = await audit(
      { ...files, [QIV]: postponed('2026-12-02', ', recipients: [{ to: Sở Tài chính thành phố Hải Phòng, date: 2026-12-02 }]') },
      '2026-12-20',
    );
    expect(meeting(one, '2026-quy-iv').findings.filter((f) => f.rule === 'postponement-report')).toMatchObject([
      { severity: 'error', message: expect.stringContaining('Ủy ban nhân dân thành phố') },
    ]);
    const unrecorded = await audit({ ...files, [QIV]: postponed('2026-12-02') }, '2026-12-20');
    expect(meeting(unrecorded, '2026-quy-iv').findings.filter((f) => f.rule === 'postponement-report')).toMatchObject([
      { severity: 'warning' },
    ]);
  });

  it('a cancelled meeting lists its petitions still unanswered', async () => {
    const result = await audit(
      {
        'thong-bao/tb-270-2026-hoan.md': notice.replace('hoãn tổ chức', 'dừng tổ chức'),
        [QIV]: (text) => postponed('2026-12-02', recipients)(text).replace('status: postponed', 'status: cancelled'),
      },
      '2026-12-20',
    );
    const listed = meeting(result, '2026-quy-iv').findings.filter((f) => f.subject === 'KN-2026-12');
    expect(listed).toMatchObject([{ rule: 'answer-overdue', severity: 'warning', message: expect.stringContaining('dừng tổ chức') }]);
  });
});
