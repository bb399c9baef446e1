import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../../../../src/lib/base/dates/civil.ts';
import { loadCalendarYears } from '../../../../src/lib/domain/calendar/load.ts';
import { CALENDAR_DIRECTORY, officialYear, rawCalendarFile } from './official-calendars.ts';

const dates = (days: { date: string }[]) => days.map((day) => day.date);

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
    for (const year of [officialYear(2025), officialYear(2026)]) {
      for (const day of year.daysOff) expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(day.date));
      for (const day of year.workedSaturdays) expect(dayOfWeek(day.date)).toBe(6);
    }
  });

  it('load together from the folder', () => {
    expect(loadCalendarYears(CALENDAR_DIRECTORY).map((year) => year.year)).toEqual(expect.arrayContaining([2025, 2026]));
  });
});
