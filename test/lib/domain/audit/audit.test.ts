import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_PARTS, auditJson, auditSite, type AuditResult, type Finding } from '../../../../src/lib/domain/audit/index.ts';
import { DEMO, replace } from '../../../helpers/content-root.ts';
import { siteAfter, siteOf } from '../../../helpers/site.ts';

const MEETING = 'hoi-nghi/2026-quy-ii.yaml';
const rulesOf = (result: AuditResult, meeting = '2026-quy-ii') =>
  result.meetings.find((m) => m.id === meeting)!.findings.map((f) => f.rule);
const findingsOf = (result: AuditResult, rule: string): Finding[] =>
  [...result.findings, ...result.meetings.flatMap((m) => m.findings)].filter((f) => f.rule === rule);

describe('the demo content audited after its meeting (as of 2026-07-01)', () => {
  let result: AuditResult;
  let json: any;
  beforeAll(async () => {
    result = auditSite(await siteOf(DEMO), '2026-07-01');
    json = JSON.parse(JSON.stringify(auditJson(result)));
  });

  it('has the header of OUTPUTS.md', () => {
    expect(json).toMatchObject({ asOf: '2026-07-01', unit: 'UBND phường Kinh Môn', rules: 'kh-82-2026' });
    expect(json.summary).toEqual({ meetings: 2, complete: 1, errors: 1, warnings: 0 });
  });

  it('reports each part of the held meeting present, with its documents', () => {
    const m = json.meetings.find((x: any) => x.id === '2026-quy-ii');
    expect(m).toMatchObject({ status: 'held', start: '2026-05-21T08:00', file: MEETING });
    for (const part of AUDIT_PARTS) expect(m.parts[part].present).toBe(true);
    expect(Object.fromEntries(AUDIT_PARTS.map((p) => [p, m.parts[p].documents]))).toEqual({
      notice: 2,
      content: 3,
      petitions: 11,
      conclusion: 1,
    });
  });

  it('gives each deadline with its due date, what was done and whether it was met', () => {
    const m = json.meetings.find((x: any) => x.id === '2026-quy-ii');
    const byRule = m.deadlines.map((d: any) => [d.rule, d.subject ?? '', d.due, d.done, d.ok]);
    expect(byRule).toEqual([
      ['notice-lead', '', '2026-05-20', '2026-03-20', true],
      ['notice-desk', '', '2026-05-20', '2026-03-20', true],
      // Issue 11: 24/04, the last working day on or before 27/04 (a day off); it read 27/04 before.
      ['petition-cutoff', '', '2026-04-24', '2026-04-24', true],
      ['quorum', '', '2026-04-24', null, true],
      ['answer', 'KN-2026-02', '2026-06-01', '2026-05-27', true],
      ['answer', 'KN-2026-03', '2026-06-11', '2026-06-09', true],
      ['answer', 'KN-2026-05', '2026-06-01', '2026-05-28', true],
      ['answer', 'KN-2026-06', '2026-06-01', '2026-06-05', false],
      ['answer', 'KN-2026-07', '2026-06-01', '2026-05-26', true],
      ['answer', 'KN-2026-08', '2026-06-11', '2026-06-10', true],
      // Issue 11: no 7-day answer for the declined KN-2026-10 (its row was here before).
      ['conclusion', '', null, '2026-05-27', true],
      ['report-due', '', '2026-06-01', '2026-05-29', true],
    ]);
    for (const d of m.deadlines) expect(d.source.plan).toMatch(/^KH 80\/KH-UBND ngày 19\/3\/2026 của UBND phường Kinh Môn/);
  });

  it('finds only the deliberately late answer, naming the file, the rule and its source', () => {
    expect(rulesOf(result)).toEqual(['answer-late']);
    expect(result.meetings[0]!.findings[0]).toEqual({
      rule: 'answer-late',
      severity: 'error',
      subject: 'KN-2026-06',
      file: 'kien-nghi/kn-2026-06.md',
      message:
        'Kiến nghị KN-2026-06 được trả lời ngày 05/06/2026, muộn 4 ngày làm việc so với hạn 01/06/2026 (7 ngày làm việc sau hội nghị).',
      source: expect.objectContaining({ section: '§II.5' }),
    });
  });

  it('shows the parts of the planned meeting as present or not yet due, never missing', () => {
    const m = result.meetings.find((x) => x.id === '2026-quy-iv')!;
    expect(Object.fromEntries(AUDIT_PARTS.map((p) => [p, m.parts[p].state]))).toEqual({
      notice: 'present',
      content: 'not-yet-due',
      petitions: 'present',
      conclusion: 'not-yet-due',
    });
    expect(m.findings).toEqual([]);
  });
});

describe('a copy of the demo with one thing broken turns on the right finding', () => {
  const audit = async (changes: Parameters<typeof siteAfter>[0], asOf = '2026-07-01') => auditSite(await siteAfter(changes), asOf);

  it('an answer dated after its due date: answer-late', async () => {
    const result = await audit({ 'kien-nghi/kn-2026-05.md': replace('date: 2026-05-28', 'date: 2026-06-03') });
    expect(findingsOf(result, 'answer-late').map((f) => f.subject)).toEqual(['KN-2026-05', 'KN-2026-06']);
    expect(findingsOf(result, 'answer-late')[0]!.message).toContain('muộn 2 ngày làm việc so với hạn 01/06/2026');
  });

  it('a petition still pending after its due date: answer-overdue', async () => {
    const result = await audit({
      'kien-nghi/kn-2026-05.md': (text) =>
        text.replace('status: answered-in-writing', 'status: pending').replace(/answer:\n[\s\S]*?\n---\n/, '---\n'),
    });
    expect(findingsOf(result, 'answer-overdue')).toMatchObject([{ subject: 'KN-2026-05', file: 'kien-nghi/kn-2026-05.md' }]);
  });

  it('a registration deadline too close to the meeting: petition-cutoff', async () => {
    const result = await audit({ [MEETING]: replace('registrationDeadline: 2026-04-24', 'registrationDeadline: 2026-04-29') });
    expect(findingsOf(result, 'petition-cutoff')).toMatchObject([{ file: MEETING, source: { section: '§II.2.a' } }]);
    // The due date is 24/4 (27/4 is a day off); 28/4 is the first working day after it, 29/4 the second.
    expect(findingsOf(result, 'petition-cutoff')[0]!.message).toContain('29/04/2026, muộn 2 ngày làm việc so với 24/04/2026');
  });

  it('too few registrations: quorum', async () => {
    const result = await audit({ [MEETING]: replace('registeredCount: 46', 'registeredCount: 12') });
    expect(findingsOf(result, 'quorum').map((f) => f.message)).toEqual([
      'Chưa đủ điều kiện tổ chức tính đến hạn nhận kiến nghị 24/04/2026: 12 đơn vị đăng ký (tối thiểu 15).',
    ]);
  });

  it('a report to the city sent late, or not recorded: report-due', async () => {
    const late = await audit({ [MEETING]: replace('date: 2026-05-29 }', 'date: 2026-06-03 }') });
    expect(findingsOf(late, 'report-due')[0]!.message).toContain('muộn 2 ngày làm việc so với hạn 01/06/2026');
    const missing = await audit({ [MEETING]: replace('report: { number: 104/BC-UBND, date: 2026-05-29 }\n', '') });
    expect(findingsOf(missing, 'report-due')).toMatchObject([{ file: MEETING }]);
    const early = await audit({ [MEETING]: replace('report: { number: 104/BC-UBND, date: 2026-05-29 }\n', '') }, '2026-05-29');
    expect(findingsOf(early, 'report-due')).toEqual([]);
  });

  it('a missing part: content-missing, conclusion-missing, with the folder rule as source', async () => {
    const result = await audit({
      'noi-dung/chuong-trinh-hoi-nghi-2026.md': null,
      'noi-dung/bien-ban-hoi-nghi-2026.md': null,
      'noi-dung/bao-cao-kinh-te-xa-hoi-va-tong-hop-kien-nghi-2026.md': null,
      'ket-luan/tb-95-2026-ket-luan-hoi-nghi.md': null,
    });
    expect(rulesOf(result)).toEqual(['content-missing', 'answer-late', 'conclusion-missing']);
    expect(findingsOf(result, 'content-missing')[0]!.source.plan).toMatch(/^KH 85\/KH-UBND/);
    const m = result.meetings[0]!;
    expect([m.parts.content.state, m.parts.conclusion.state]).toEqual(['missing', 'missing']);
  });

  it('a notice with no registration form: registration-form-missing on that notice, a warning citing KH 85 (KH 82 and KH 80 do not say)', async () => {
    const result = await audit({
      'thong-bao/tb-62-2026-thoi-gian-hoi-nghi.md': replace('  form: tep/phieu-dang-ky-doi-thoai-2026.pdf\n', ''),
    });
    expect(findingsOf(result, 'registration-form-missing')).toMatchObject([
      { file: 'thong-bao/tb-62-2026-thoi-gian-hoi-nghi.md', severity: 'warning', source: { plan: expect.stringMatching(/^KH 85/) } },
    ]);
    expect(findingsOf(result, 'registration-form-missing')[0]!.source.quote).toContain('kèm phiếu đăng ký');
  });

  it('under KH 85/2024 itself a notice with no registration form is an error', async () => {
    const result = await audit({
      'don-vi.yaml': (text: string) => text.replace('rules: kh-82-2026\n', 'rules: kh-85-2024\n').replace(/unitPlan: .*\n/, ''),
      'thong-bao/tb-62-2026-thoi-gian-hoi-nghi.md': replace('  form: tep/phieu-dang-ky-doi-thoai-2026.pdf\n', ''),
    });
    expect(findingsOf(result, 'registration-form-missing')).toMatchObject([{ severity: 'error', source: { section: '§IV.1, §IV.2' } }]);
  });

  it('a notice posted too late for a 7-day lead: notice-lead and notice-desk', async () => {
    const result = await audit({
      'don-vi.yaml': (text) =>
        `${text.trimEnd()}\nrulesOverride: { noticeLeadDays: 7, deskLeadDays: 7, source: "KH thử nghiệm, mục IV" }\n`,
      'thong-bao/kh-80-2026-ke-hoach-doi-thoai.md': (text) =>
        text.replace('published: 2026-03-20', 'published: 2026-05-13').replace('postedAtDesk: 2026-03-20', 'postedAtDesk: 2026-05-13'),
      'thong-bao/tb-62-2026-thoi-gian-hoi-nghi.md': (text) =>
        text.replace('published: 2026-04-03', 'published: 2026-05-12').replace('postedAtDesk: 2026-04-06', 'postedAtDesk: 2026-05-12'),
    });
    // Due Monday 11/5/2026 (7 working days strictly between it and Thursday 21/5); posted Tuesday 12/5.
    expect(findingsOf(result, 'notice-lead').map((f) => [f.file, f.source.plan])).toEqual([
      ['thong-bao/tb-62-2026-thoi-gian-hoi-nghi.md', 'KH thử nghiệm, mục IV'],
    ]);
    expect(findingsOf(result, 'notice-lead')[0]!.message).toContain('12/05/2026, muộn 1 ngày làm việc so với hạn 11/05/2026');
    expect(findingsOf(result, 'notice-desk')).toHaveLength(1);
    expect(result.meetings[0]!.parts.notice.state).toBe('late');
  });

  it('a scheduled meeting with no notice: notice-missing', async () => {
    const result = await audit(
      {
        'hoi-nghi/2026-quy-iv.yaml': (text) =>
          text.replace('status: planned', 'status: scheduled\nstart: 2026-12-10T08:00\nregistrationDeadline: 2026-11-12'),
        'thong-bao/kh-246-2026-doi-thoai-chuyen-de-thue-dat-dai.md': null,
      },
      '2026-11-20',
    );
    expect(findingsOf(result, 'notice-missing')).toMatchObject([{ file: 'hoi-nghi/2026-quy-iv.yaml' }]);
  });

  it('fewer meetings than the plan asks in a year that is over: frequency; the current year is not judged yet', async () => {
    const changes = { 'don-vi.yaml': (text: string) => `${text.trimEnd()}\nrulesOverride: { meetingsPerYear: 3 }\n` };
    const over = await audit(changes, '2027-01-15');
    expect(findingsOf(over, 'frequency')).toMatchObject([
      { severity: 'error', file: 'don-vi.yaml', message: 'Năm 2026 đơn vị tổ chức 1 hội nghị, kế hoạch yêu cầu ít nhất 3.' },
    ]);
    const during = await audit(changes, '2026-07-01');
    expect(findingsOf(during, 'frequency')).toEqual([]);
  });

  it('a postponed meeting reported to the city is a legitimate state: no finding, nothing missing', async () => {
    // Issue 11: a postponement notice in part 1 and both recipients of the report are now required (without
    // them this test expected no finding: that was the bug).
    const result = await audit(
      {
        'hoi-nghi/2026-quy-iv.yaml': (text) =>
          text.replace(
            'status: planned',
            'status: postponed\nstart: 2026-12-10T08:00\npostponement: { reason: Chưa đủ số doanh nghiệp đăng ký, reportNumber: 260/BC-UBND, reportDate: 2026-11-20, recipients: [{ to: Ủy ban nhân dân thành phố Hải Phòng, date: 2026-11-20 }, { to: Sở Tài chính thành phố Hải Phòng, date: 2026-11-20 }] }',
          ),
        'thong-bao/tb-262-2026-hoan.md':
          '---\nmeeting: 2026-quy-iv\nkind: postponement\ntitle: Thông báo hoãn hội nghị\nnumber: 262/TB-UBND\nissued: 2026-11-20\npublished: 2026-11-20\n---\n\nHoãn tổ chức Hội nghị.\n',
      },
      '2026-12-20',
    );
    const m = result.meetings.find((x) => x.id === '2026-quy-iv')!;
    expect(m.findings).toEqual([]);
    expect(AUDIT_PARTS.map((p) => m.parts[p].state)).not.toContain('missing');
  });

  it('a count that crosses a calendar entry marked unconfirmed: calendar-unconfirmed naming the day (issue 11)', async () => {
    const result = await audit(
      {
        'hoi-nghi/2026-quy-iv.yaml': (text) =>
          text
            .replace('date: 2026-10-20', 'date: 2026-07-01')
            .replace('status: planned', 'status: held\nstart: 2026-08-20T08:00\nregistrationDeadline: 2026-07-28\nattendedCount: 30'),
      },
      '2026-09-30',
    );
    const warnings = findingsOf(result, 'calendar-unconfirmed');
    // The report is due 7 working days after Thursday 20/8: the count crosses Saturday 22/8, worked only if the
    // unconfirmed swap with 31/8 holds; the 15-day answer of KN-2026-12 also crosses 31/8.
    expect(warnings).toMatchObject([
      { severity: 'warning', file: 'lich-nghi/2026.yaml' },
      { severity: 'warning', file: 'lich-nghi/2026.yaml' },
    ]);
    expect(warnings[0]!.message).toContain('qua ngày 22/08/2026');
    expect(warnings[1]!.message).toContain('qua ngày 31/08/2026');
  });

  it('no official calendar for 2026: calendar-unconfirmed warnings, the law counting the days', async () => {
    const result = await audit({ 'lich-nghi/2026.yaml': null });
    const warnings = findingsOf(result, 'calendar-unconfirmed');
    expect(warnings).toMatchObject([{ severity: 'warning', file: 'lich-nghi/2026.yaml' }]);
    expect(warnings[0]!.message).toContain('01/06/2026');
    expect(result.summary.warnings).toBe(1);
  });
});

describe('rules as layered plans in the audit', () => {
  it('names each meeting’s city plan and unit plan in the JSON', async () => {
    const json = JSON.parse(JSON.stringify(auditJson(auditSite(await siteOf(DEMO), '2026-07-01')))) as any;
    expect(json.unitPlan).toBe('kinh-mon-kh-80-2026');
    expect(json.meetings.map((m: any) => [m.id, m.rules, m.unitPlan])).toEqual([
      ['2026-quy-ii', 'kh-82-2026', 'kinh-mon-kh-80-2026'],
      ['2026-quy-iv', 'kh-82-2026', 'kinh-mon-kh-80-2026'],
    ]);
  });

  it('does not judge a 2023 meeting by KH 85/2024 (in force from 05/4/2024): no finding, parts "not judged", no frequency before 2024', async () => {
    const site = await siteAfter({
      'don-vi.yaml': (text) => text.replace('rules: kh-82-2026\n', 'rules: kh-85-2024\n').replace(/unitPlan: .*\n/, ''),
      'hoi-nghi/2023-quy-iv.yaml': [
        'title: Hội nghị đối thoại doanh nghiệp năm 2023',
        'plan: { number: 120/KH-UBND, date: 2023-09-01 }',
        'status: held',
        'start: 2023-11-15T08:00',
        'registrationDeadline: 2023-11-01',
        'attendedCount: 12',
        'venue: Hội trường UBND',
        'format: in-person',
        'chair: Lãnh đạo UBND',
        '',
      ].join('\n'),
    });
    const result = auditSite(site, '2026-07-01');
    const old = result.meetings.find((m) => m.id === '2023-quy-iv')!;
    expect(old.findings).toEqual([]);
    expect(old.deadlines).toEqual([]);
    expect([old.rules, old.unitPlan]).toEqual([null, null]);
    expect(AUDIT_PARTS.map((p) => old.parts[p].state)).toEqual(['not-judged', 'not-judged', 'not-judged', 'not-judged']);
    const years = findingsOf(result, 'frequency').map((f) => f.message.slice(0, 8));
    expect(years).toEqual(['Năm 2024', 'Năm 2025']);
    // The 2026 meeting is judged by KH 85 (in force), with KH 85's sources.
    expect(result.meetings.find((m) => m.id === '2026-quy-ii')!.rules).toBe('kh-85-2024');
  });

  it('frequency year by year by the plans in force: KH 80’s one meeting in 2026; 2027 under KH 82 alone is not judged (unknown)', async () => {
    const site = await siteOf(DEMO);
    expect(findingsOf(auditSite(site, '2028-01-15'), 'frequency')).toEqual([]);
    const none = await siteAfter({
      'hoi-nghi/2026-quy-ii.yaml': replace(
        'status: held',
        'status: cancelled\npostponement: { reason: Không đủ đăng ký, reportNumber: 1/BC-UBND, reportDate: 2026-05-01 }',
      ),
    });
    expect(findingsOf(auditSite(none, '2028-01-15'), 'frequency')).toMatchObject([
      { message: expect.stringMatching(/^Năm 2026/), source: { section: '§II.2.b' } },
    ]);
  });

  it('a meeting before the unit plan’s days is judged by the city plan alone', async () => {
    const site = await siteAfter({
      'hoi-nghi/2026-quy-iv.yaml': (text) =>
        text.replace('plan: { number: 246/KH-UBND, date: 2026-10-20 }', 'plan: { number: 246/KH-UBND, date: 2026-03-16 }'),
    });
    const m = auditSite(site, '2026-07-01').meetings.find((x) => x.id === '2026-quy-iv')!;
    expect([m.rules, m.unitPlan]).toEqual(['kh-82-2026', null]);
  });
});
