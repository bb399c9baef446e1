/**
 * Issue 11, step C: quorum, declined and transferred petitions, one horizon for the parts without a day
 * count, the notice against the registration deadline it announces. Each test failed on the code before.
 */
import { describe, expect, it } from 'vitest';
import { auditSite, type AuditResult, type Finding } from '../../../../src/lib/domain/audit/index.ts';
import { meetingReport } from '../../../../src/lib/domain/report/index.ts';
import { replace } from '../../../helpers/content-root.ts';
import { siteAfter } from '../../../helpers/site.ts';

const audit = async (changes: Parameters<typeof siteAfter>[0], asOf = '2026-07-01') => auditSite(await siteAfter(changes), asOf);
const all = (result: AuditResult): Finding[] => [...result.findings, ...result.meetings.flatMap((m) => m.findings)];
const of = (result: AuditResult, rule: string) => all(result).filter((f) => f.rule === rule);
const qii = (result: AuditResult) => result.meetings.find((m) => m.id === '2026-quy-ii')!;

describe('petitions that do not count, or are not answered in 7 days', () => {
  it('the quorum counts no out-of-scope petition', async () => {
    const result = await audit({ 'kien-nghi/kn-2026-05.md': replace('scope: in-competence', 'scope: out-of-scope') });
    // 8 in the demo (KN-2026-10, out of scope, is not counted), 7 once KN-2026-05 is out of scope too.
    expect(qii(result).deadlines.find((d) => d.rule === 'quorum')!.counts!.petitions).toBe(7);
  });

  it('a declined petition gets no 7-day answer deadline, so no answer-overdue', async () => {
    const result = await audit({ 'kien-nghi/kn-2026-10.md': (text) => text.replace(/answer:\n[\s\S]*?\n---\n/, '---\n') });
    expect(qii(result).deadlines.filter((d) => d.subject === 'KN-2026-10')).toEqual([]);
    expect(of(result, 'answer-overdue')).toEqual([]);
  });
});

describe('transfer: a transferred or escalated petition', () => {
  it('marked resolved is a finding, and the report does not count it resolved', async () => {
    const site = await siteAfter({ 'kien-nghi/kn-2026-07.md': replace('resolved: false', 'resolved: true') });
    const result = auditSite(site, '2026-07-01');
    expect(of(result, 'transfer')).toMatchObject([{ severity: 'error', subject: 'KN-2026-07', file: 'kien-nghi/kn-2026-07.md' }]);
    const resolved = (s: typeof site) =>
      meetingReport(s, s.meetingById.get('2026-quy-ii')!).rows.reduce((sum, row) => sum + row.resolved, 0);
    expect(resolved(site)).toBe(resolved(await siteAfter({})));
  });

  it('without the document that hands it over (number and date): a warning', async () => {
    const result = await audit({ 'kien-nghi/kn-2026-07.md': replace('  number: 119/UBND-KT\n', '') });
    expect(of(result, 'transfer')).toMatchObject([{ severity: 'warning', subject: 'KN-2026-07' }]);
  });

  it("within the unit's own competence: a warning", async () => {
    const result = await audit({ 'kien-nghi/kn-2026-07.md': replace('scope: beyond-competence', 'scope: in-competence') });
    expect(of(result, 'transfer')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('thẩm quyền') }]);
  });
});

describe('parts without a day count: one horizon, the report deadline, and warnings', () => {
  it('a conclusion posted six months late does not pass silently', async () => {
    const result = await audit(
      {
        'ket-luan/tb-95-2026-ket-luan-hoi-nghi.md': (text) =>
          text.replace('issued: 2026-05-26', 'issued: 2026-11-26').replace('published: 2026-05-27', 'published: 2026-11-27'),
      },
      '2026-12-31',
    );
    expect(of(result, 'conclusion-late')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('01/06/2026') }]);
  });

  it('missing content is a warning once the report deadline has passed, not the day after the meeting', async () => {
    const changes = {
      'noi-dung/chuong-trinh-hoi-nghi-2026.md': null,
      'noi-dung/bien-ban-hoi-nghi-2026.md': null,
      'noi-dung/bao-cao-kinh-te-xa-hoi-va-tong-hop-kien-nghi-2026.md': null,
    };
    expect(of(await audit(changes, '2026-05-25'), 'content-missing')).toEqual([]);
    expect(of(await audit(changes, '2026-07-01'), 'content-missing')).toMatchObject([{ severity: 'warning' }]);
  });
});

describe('notice-after-deadline', () => {
  it('a notice published after the registration deadline it announces', async () => {
    const result = await audit({
      'thong-bao/tb-62-2026-thoi-gian-hoi-nghi.md': (text) =>
        text.replace('published: 2026-04-03', 'published: 2026-04-28').replace('postedAtDesk: 2026-04-06', 'postedAtDesk: 2026-04-28'),
    });
    expect(of(result, 'notice-after-deadline')).toMatchObject([
      { severity: 'error', file: 'thong-bao/tb-62-2026-thoi-gian-hoi-nghi.md', message: expect.stringContaining('24/04/2026') },
    ]);
  });
});

describe('multi-day meetings and the report to two recipients (item 10)', () => {
  const quarterFour = (extra: string) => (text: string) =>
    text.replace('status: planned', `status: held\nstart: 2026-10-29T08:00\n${extra}registrationDeadline: 2026-10-22\nattendedCount: 30`);

  it('deadlines after the meeting count from its last day ("kể từ ngày kết thúc")', async () => {
    const one = await audit({ 'hoi-nghi/2026-quy-iv.yaml': quarterFour('') }, '2026-12-31');
    const two = await audit({ 'hoi-nghi/2026-quy-iv.yaml': quarterFour('end: 2026-10-30\n') }, '2026-12-31');
    const due = (r: AuditResult) => r.meetings.find((m) => m.id === '2026-quy-iv')!.deadlines.find((d) => d.rule === 'report-due')!.due;
    expect(due(one)).toBe('2026-11-09'); // 7 working days after Thursday 29/10
    expect(due(two)).toBe('2026-11-10'); // after Friday 30/10, the last day
  });

  it('each recipient of the report is checked against the report deadline, and both are needed', async () => {
    const recipients = (list: string) =>
      replace(
        'report: { number: 104/BC-UBND, date: 2026-05-29 }',
        `report: { number: 104/BC-UBND, date: 2026-05-29, recipients: [${list}] }`,
      );
    const late = await audit({
      'hoi-nghi/2026-quy-ii.yaml': recipients(
        '{ to: Ủy ban nhân dân thành phố Hải Phòng, date: 2026-05-29 }, { to: Sở Tài chính thành phố Hải Phòng, date: 2026-06-03 }',
      ),
    });
    expect(of(late, 'report-due')).toMatchObject([
      { severity: 'error', message: expect.stringContaining('Sở Tài chính thành phố Hải Phòng ngày 03/06/2026, muộn 2 ngày làm việc') },
    ]);
    const one = await audit({ 'hoi-nghi/2026-quy-ii.yaml': recipients('{ to: Sở Tài chính thành phố Hải Phòng, date: 2026-05-29 }') });
    expect(of(one, 'report-due')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('Ủy ban nhân dân thành phố') }]);
  });
});
