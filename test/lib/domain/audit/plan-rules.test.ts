/**
 * The plans' own kinds of rule in the audit: invitation counts (KH 85's 20, Hà Đông's 15) as warnings,
 * never "not enough to hold the meeting"; KH 85's stop condition; Nghi Dương's fixed dates.
 */
import { describe, expect, it } from 'vitest';
import { auditSite, type AuditResult, type Finding } from '../../../../src/lib/domain/audit/index.ts';
import { replace, type Change } from '../../../helpers/content-root.ts';
import { siteAfter } from '../../../helpers/site.ts';

const findingsOf = (result: AuditResult, rule: string): Finding[] =>
  [...result.findings, ...result.meetings.flatMap((m) => m.findings)].filter((f) => f.rule === rule);
const onPlan = (rules: string, unitPlan?: string) => (text: string) =>
  text.replace('rules: kh-82-2026\n', `rules: ${rules}\n`).replace(/unitPlan: .*\n/, unitPlan ? `unitPlan: ${unitPlan}\n` : '');
async function audit(changes: Record<string, Change>, asOf = '2026-07-01') {
  return auditSite(await siteAfter(changes), asOf);
}

describe('invitations are a count to invite, not a quorum', () => {
  it('KH 85: 12 businesses attended and the invitations are not recorded → an invitations warning, no quorum finding', async () => {
    const result = await audit({
      'don-vi.yaml': onPlan('kh-85-2024'),
      'hoi-nghi/2026-quy-ii.yaml': replace('attendedCount: 41', 'attendedCount: 12'),
    });
    expect(findingsOf(result, 'quorum')).toEqual([]);
    expect(findingsOf(result, 'invitations')).toMatchObject([
      { severity: 'warning', file: 'hoi-nghi/2026-quy-ii.yaml', source: { section: '§IV.1, §IV.2' } },
    ]);
    expect(findingsOf(result, 'invitations')[0]!.message).toContain('tối thiểu 20');
    expect(findingsOf(result, 'invitations')[0]!.source.quote).toContain('(tối thiểu 20 doanh nghiệp)');
  });

  it('KH 85: 25 invited, 12 attended → nothing to say about invitations or the quorum', async () => {
    const result = await audit({
      'don-vi.yaml': onPlan('kh-85-2024'),
      'hoi-nghi/2026-quy-ii.yaml': replace('attendedCount: 41', 'invitedCount: 25\nattendedCount: 12'),
    });
    expect([...findingsOf(result, 'quorum'), ...findingsOf(result, 'invitations')]).toEqual([]);
  });

  it('Hà Đông: 10 invited against its 15 → a warning citing its plan §II.5', async () => {
    const result = await audit({
      'don-vi.yaml': onPlan('kh-82-2026', 'ha-dong-2026'),
      'hoi-nghi/2026-quy-ii.yaml': replace('attendedCount: 41', 'invitedCount: 10\nattendedCount: 41'),
    });
    expect(findingsOf(result, 'invitations')).toMatchObject([{ severity: 'warning', source: { section: '§II.5' } }]);
    expect(findingsOf(result, 'invitations')[0]!.message).toBe(
      'Mời 10 đơn vị; kế hoạch yêu cầu mời tối thiểu 15 doanh nghiệp, hợp tác xã, hộ kinh doanh (số mời, không phải điều kiện tổ chức).',
    );
  });
});

describe('KH 85’s stop condition: no petition and no registration by the announced deadline', () => {
  const scheduled = (registered: number, status = 'scheduled') =>
    replace(
      'status: planned',
      `status: ${status}\nstart: 2026-12-10T08:00\nregistrationDeadline: 2026-11-03\nregisteredCount: ${registered}` +
        (status === 'postponed' ? '\npostponement: { reason: Không có đăng ký, reportNumber: 260/BC-UBND, reportDate: 2026-11-05 }' : ''),
    );

  it('still announced after such a deadline → quorum warning citing §IV.1, §IV.2 (the only petition came after it)', async () => {
    const result = await audit({ 'don-vi.yaml': onPlan('kh-85-2024'), 'hoi-nghi/2026-quy-iv.yaml': scheduled(0) }, '2026-11-20');
    const stop = findingsOf(result, 'quorum');
    expect(stop).toMatchObject([{ severity: 'warning', file: 'hoi-nghi/2026-quy-iv.yaml', source: { section: '§IV.1, §IV.2' } }]);
    expect(stop[0]!.message).toContain('dừng hoặc hoãn');
    expect(stop[0]!.source.quote).toContain('không nhận được kiến nghị và đăng ký tham dự');
  });

  it('one registration is enough to hold it; a postponed meeting is the condition handled', async () => {
    expect(
      findingsOf(await audit({ 'don-vi.yaml': onPlan('kh-85-2024'), 'hoi-nghi/2026-quy-iv.yaml': scheduled(1) }, '2026-11-20'), 'quorum'),
    ).toEqual([]);
    expect(
      findingsOf(
        await audit({ 'don-vi.yaml': onPlan('kh-85-2024'), 'hoi-nghi/2026-quy-iv.yaml': scheduled(0, 'postponed') }, '2026-11-20'),
        'quorum',
      ),
    ).toEqual([]);
  });
});

describe('Nghi Dương’s fixed dates: petitions by 30/10/2025, the meeting before 15/11/2025', () => {
  const meeting = (deadline: string, start: string) =>
    [
      'title: Hội nghị đối thoại trực tiếp năm 2025',
      'plan: { number: 95/KH-UBND, date: 2025-10-01 }',
      'status: held',
      `start: ${start}T08:00`,
      `registrationDeadline: ${deadline}`,
      'registeredCount: 50',
      'attendedCount: 130',
      'venue: Hội trường UBND xã Nghi Dương',
      'format: in-person',
      'chair: Chủ tịch UBND xã',
      '',
    ].join('\n');

  it('a cut-off announced for 03/11 and a meeting on 20/11/2025 → petition-cutoff and meeting-date, citing the plan', async () => {
    const result = await audit({
      'don-vi.yaml': onPlan('kh-121-2025', 'nghi-duong-2025'),
      'hoi-nghi/2025-quy-iv.yaml': meeting('2025-11-03', '2025-11-20'),
    });
    const m = result.meetings.find((x) => x.id === '2025-quy-iv')!;
    expect(m.unitPlan).toBe('nghi-duong-2025');
    const cutoff = m.findings.filter((f) => f.rule === 'petition-cutoff');
    expect(cutoff).toMatchObject([{ severity: 'error', source: { section: '§III.3' } }]);
    expect(cutoff[0]!.message).toBe('Hạn nhận kiến nghị đã thông báo là 03/11/2025, sau ngày 30/10/2025 mà kế hoạch ấn định.');
    const day = m.findings.filter((f) => f.rule === 'meeting-date');
    expect(day).toMatchObject([{ severity: 'error', source: { section: '§II.6' } }]);
    expect(day[0]!.message).toBe('Hội nghị họp ngày 20/11/2025; kế hoạch yêu cầu tổ chức chậm nhất ngày 14/11/2025.');
  });

  it('a cut-off of 30/10 and a meeting on 14/11/2025 meet both', async () => {
    const result = await audit({
      'don-vi.yaml': onPlan('kh-121-2025', 'nghi-duong-2025'),
      'hoi-nghi/2025-quy-iv.yaml': meeting('2025-10-30', '2025-11-14'),
    });
    const m = result.meetings.find((x) => x.id === '2025-quy-iv')!;
    expect(m.findings.filter((f) => f.rule === 'petition-cutoff' || f.rule === 'meeting-date')).toEqual([]);
    expect(m.deadlines.find((d) => d.rule === 'meeting-before')).toMatchObject({ due: '2025-11-14', done: '2025-11-14', state: 'on-time' });
  });
});
