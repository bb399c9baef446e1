import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../../../../src/lib/base/dates/civil.ts';
import { loadContentRoot } from '../../../../src/lib/ingest/root/load.ts';
import { DEMO } from '../../../helpers/content-root.ts';
import { officialYear, rawCalendarFile } from './official-calendars.ts';

const dates = (days: { date: string }[] = []) => days.map((day) => day.date);

describe('content/lich-nghi files', () => {
  it('keep unquoted dates as YYYY-MM-DD strings', () => {
    const raw = rawCalendarFile(2026) as { daysOff: { date: unknown }[] };
    expect(raw.daysOff[0]!.date).toBe('2026-01-01');
  });

  it('2025 lists the announced days off and the worked Saturday', () => {
    const year = officialYear(2025);
    expect(year.confirmed).toBe(true);
    expect(year.source).toMatch(/Thông báo/);
    expect(dates(year.daysOff)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(dates(year.workedSaturdays)).toEqual(['2025-04-26']);
  });

  it("2024 (KH 85/2024's first year) lists the announced days off and the worked Saturday 4/5", () => {
    const year = officialYear(2024);
    expect(year.confirmed).toBe(true);
    expect(year.source).toMatch(/2450\/VPCP-KGVX/);
    expect(dates(year.daysOff)).toEqual([
      '2024-01-01',
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ]);
    expect(dates(year.workedSaturdays)).toEqual(['2024-05-04']);
  });

  it('2026 marks the 31/8 ↔ 22/8 swap its note asks to confirm as unconfirmed, entry by entry', () => {
    const year = officialYear(2026);
    const unconfirmed = [...(year.daysOff ?? []), ...(year.workedSaturdays ?? [])].filter((d) => d.unconfirmed).map((d) => d.date);
    expect(unconfirmed.sort()).toEqual(['2026-08-22', '2026-08-31']);
  });

  it('2026 lists the announced days off, worked Saturdays, and asks to confirm the 31/8 swap', () => {
    const year = officialYear(2026);
    expect(year.confirmed).toBe(true);
    expect(dates(year.daysOff)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(dates(year.workedSaturdays)).toEqual(['2026-01-10', '2026-08-22']);
    expect(year.note).toMatch(/31\/8\/2026/);
  });

  it('list only weekdays off and only Saturdays worked', () => {
    for (const year of [officialYear(2024), officialYear(2025), officialYear(2026)]) {
      for (const day of year.daysOff ?? []) expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(day.date));
      for (const day of year.workedSaturdays ?? []) expect(dayOfWeek(day.date)).toBe(6);
    }
  });

  it('load together from the demo content root, through the content checks', async () => {
    const content = await loadContentRoot(DEMO);
    expect(content.problems).toEqual([]);
    const years = content.entries.filter((e) => e.collection === 'lich-nghi').map((e) => e.data.year);
    expect(years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
  });
});
