import { beforeAll, describe, expect, it } from 'vitest';
import { siteCalendar } from '../../../../src/lib/domain/audit/audit.ts';
import { meetingDeadlines, type Deadline } from '../../../../src/lib/domain/deadlines/index.ts';
import type { Site } from '../../../../src/lib/domain/model/site.ts';
import { resolveRules } from '../../../../src/lib/law/rules/profiles.ts';
import { DEMO } from '../../../helpers/content-root.ts';
import { siteOf } from '../../../helpers/site.ts';

let site: Site;
beforeAll(async () => {
  site = await siteOf(DEMO);
});

function deadlines(asOf: string, rules = site.rules, meetingId = '2026-quy-ii'): Deadline[] {
  return meetingDeadlines(site.meetingById.get(meetingId)!, rules, siteCalendar(site), asOf);
}
const one = (list: Deadline[], rule: string, subject?: string) => list.find((d) => d.rule === rule && d.subject === subject)!;

describe('the deadlines of the demo meeting (Thursday 21/5/2026, profile kh-82-2026)', () => {
  it('notice: the plan sets no number of days, so the portal and the desk are due the day before the meeting', () => {
    const list = deadlines('2026-07-01');
    expect(one(list, 'notice-lead')).toMatchObject({
      days: null,
      due: '2026-05-20',
      done: '2026-03-20',
      state: 'on-time',
      file: 'thong-bao/kh-80-2026-ke-hoach-doi-thoai.md',
    });
    expect(one(list, 'notice-desk')).toMatchObject({ days: null, due: '2026-05-20', done: '2026-03-20', state: 'on-time' });
  });

  it('petition cut-off: 15 full working days before 21/5 is Friday 24/4, the last working day before the day off 27/4', () => {
    // Working days strictly between 27/4 and 21/5: 28–29/4, 4–8/5, 11–15/5, 18–20/5 = 15 (30/4 and 1/5 are off).
    // 27/4 is Hùng Kings' day off: the deadline is shown on the last working day on or before it, as the unit's
    // own notice says ("hết ngày 24/4/2026"). Issue 11: this used to read 27/04 and "early by 1" for 24/4.
    expect(one(deadlines('2026-07-01'), 'petition-cutoff')).toMatchObject({
      days: 15,
      due: '2026-04-24',
      done: '2026-04-24',
      state: 'on-time',
      workingDaysLate: 0,
    });
  });

  it('quorum: registrations and petitions received by the cut-off, not those raised at the meeting', () => {
    expect(one(deadlines('2026-07-01'), 'quorum')).toMatchObject({
      due: '2026-04-24',
      state: 'done',
      counts: { registered: 46, registeredMin: 15, petitions: 9, petitionsMin: 5 },
    });
  });

  it('answers: 7 working days after the meeting (Monday 1/6), 15 with coordination (Thursday 11/6); none for answers at the meeting', () => {
    const answers = deadlines('2026-07-01').filter((d) => d.rule === 'answer');
    expect(answers.map((d) => [d.subject, d.days, d.due])).toEqual([
      ['KN-2026-02', 7, '2026-06-01'],
      ['KN-2026-03', 15, '2026-06-11'],
      ['KN-2026-05', 7, '2026-06-01'],
      ['KN-2026-06', 7, '2026-06-01'],
      ['KN-2026-07', 7, '2026-06-01'],
      ['KN-2026-08', 15, '2026-06-11'],
      ['KN-2026-10', 7, '2026-06-01'],
    ]);
    expect(one(answers, 'answer', 'KN-2026-06')).toMatchObject({ done: '2026-06-05', state: 'late', workingDaysLate: 4 });
    expect(one(answers, 'answer', 'KN-2026-03')).toMatchObject({ done: '2026-06-09', state: 'on-time', workingDaysLate: -2 });
  });

  it('conclusion with no number of days is only "done"; with a number it has a due date', () => {
    const conclusion = one(deadlines('2026-07-01'), 'conclusion');
    expect(conclusion).toMatchObject({ days: null, done: '2026-05-27', state: 'done' });
    expect(conclusion.due).toBeUndefined();
    const tenDays = resolveRules('kh-82-2026', 'commune', { conclusionDays: 10 });
    // 10 working days after Thursday 21/5/2026: 22, 25–29/5, 1–4/6 → Thursday 4/6.
    expect(one(deadlines('2026-07-01', tenDays), 'conclusion')).toMatchObject({ days: 10, due: '2026-06-04', state: 'on-time' });
  });

  it('report to the city: 7 working days after the meeting', () => {
    expect(one(deadlines('2026-07-01'), 'report-due')).toMatchObject({ days: 7, due: '2026-06-01', done: '2026-05-29', state: 'on-time' });
  });

  it('before the due dates nothing is overdue', () => {
    const list = deadlines('2026-05-25', resolveRules('kh-82-2026', 'commune', { conclusionDays: 10 }));
    expect(one(list, 'conclusion').state).toBe('on-time');
    expect(list.filter((d) => d.state === 'overdue')).toEqual([]);
  });

  it('a notice lead of 7 working days (KH 85/2024) counts strictly: posted by Monday 11/5 for Thursday 21/5', () => {
    // Strictly between 11/5 and 21/5: 12–15/5, 18–20/5 = 7 working days.
    const kh85 = resolveRules('kh-85-2024', 'district');
    expect(one(deadlines('2026-07-01', kh85), 'notice-lead')).toMatchObject({ days: 7, due: '2026-05-11', state: 'on-time' });
    expect(one(deadlines('2026-07-01', kh85), 'answer', 'KN-2026-03')).toMatchObject({ days: 14, due: '2026-06-10' });
  });

  it('a planned meeting with no day has no deadline yet', () => {
    expect(deadlines('2026-07-01', site.rules, '2026-quy-iv')).toEqual([]);
  });
});

describe('the Economic Zone example (Thursday 18/9/2025, profile kh-121-2025)', () => {
  it('notice ≥ 7 and petitions ≥ 5 working days before, strictly; answers within 7, or 14 with coordination', async () => {
    const bql = await siteOf(`${DEMO}/../examples/bql-kkt-hai-phong`);
    const list = meetingDeadlines(bql.meetingById.get('2025-quy-iii')!, bql.rules, siteCalendar(bql), '2025-12-31');
    // Strictly between Monday 8/9 and Thursday 18/9: 9–12/9, 15–17/9 = 7 working days.
    expect(one(list, 'notice-lead')).toMatchObject({ days: 7, due: '2025-09-08', done: '2025-08-27', state: 'on-time' });
    // Strictly between Wednesday 10/9 and 18/9: 11–12/9, 15–17/9 = 5.
    expect(one(list, 'petition-cutoff')).toMatchObject({
      days: 5,
      due: '2025-09-10',
      done: '2025-09-10',
      state: 'on-time',
      workingDaysLate: 0,
    });
    const answers = list.filter((d) => d.rule === 'answer');
    expect(new Set(answers.filter((d) => d.days === 7).map((d) => d.due))).toEqual(new Set(['2025-09-29']));
    expect(new Set(answers.filter((d) => d.days === 14).map((d) => d.due))).toEqual(new Set(['2025-10-08']));
    expect(one(list, 'report-due')).toMatchObject({ due: '2025-09-29', done: '2025-09-26', state: 'on-time' });
  });
});
