import { describe, expect, it } from 'vitest';
import {
  createWorkingCalendar,
  defaultCalendarYear,
  lawHolidays,
  lunarNewYear,
  lunarToIso,
  nationalDayAdjacent,
  type CalendarYearData,
} from '../../../../src/lib/domain/calendar/index.ts';
import { officialYear } from './official-calendars.ts';

const dates = (days: { date: string }[] = []) => days.map((day) => day.date);

describe('lunar dates (date-chinese, Vietnamese calendar at UTC+7)', () => {
  it('gives the known Tết days', () => {
    expect(lunarNewYear(2024)).toBe('2024-02-10');
    expect(lunarNewYear(2025)).toBe('2025-01-29');
    expect(lunarNewYear(2026)).toBe('2026-02-17');
    expect(lunarNewYear(2027)).toBe('2027-02-06');
    expect(lunarNewYear(2030)).toBe('2030-02-02'); // China: 2030-02-03
  });

  it("gives Hùng Kings' day, 10/3 lunar", () => {
    expect(lunarToIso(2023, 3, 10)).toBe('2023-04-29'); // a year with a leap 2nd month
    expect(lunarToIso(2025, 3, 10)).toBe('2025-04-07');
    expect(lunarToIso(2026, 3, 10)).toBe('2026-04-26');
  });
});

describe('the day beside 2/9', () => {
  it('follows the government practice since 2021', () => {
    expect(nationalDayAdjacent(2021)).toBe('2021-09-03'); // Thursday 2/9
    expect(nationalDayAdjacent(2022)).toBe('2022-09-01');
    expect(nationalDayAdjacent(2025)).toBe('2025-09-01');
    expect(nationalDayAdjacent(2026)).toBe('2026-09-01');
  });

  it('gives the September days off announced in 2021–2025', () => {
    const september = (year: number) => dates(defaultCalendarYear(year).daysOff).filter((date) => date.slice(5, 7) === '09');
    expect(september(2021)).toEqual(['2021-09-02', '2021-09-03']);
    expect(september(2022)).toEqual(['2022-09-01', '2022-09-02']);
    expect(september(2023)).toEqual(['2023-09-01', '2023-09-04']);
    expect(september(2024)).toEqual(['2024-09-02', '2024-09-03']);
    expect(september(2025)).toEqual(['2025-09-01', '2025-09-02']);
  });
});

describe('a year with no file: 2027 from the Labour Code', () => {
  const year = defaultCalendarYear(2027);

  it('is unconfirmed and names the law', () => {
    expect(year.confirmed).toBe(false);
    expect(year.source).toMatch(/Bộ luật Lao động 2019/);
    expect(year.workedSaturdays).toEqual([]);
  });

  it('has Tết from the lunar calendar and compensation for holidays on weekends', () => {
    expect(
      lawHolidays(2027)
        .filter((day) => day.name.startsWith('Tết Âm lịch'))
        .map((day) => day.date),
    ).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    expect(dates(year.daysOff)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11', // 10–11/2 for Saturday 6 and Sunday 7
      '2027-04-16',
      '2027-04-30',
      '2027-05-03', // 3/5 for Saturday 1/5
      '2027-09-02',
      '2027-09-03',
    ]);
    expect(year.daysOff.find((day) => day.date === '2027-05-03')?.name).toBe('Nghỉ bù Ngày Quốc tế Lao động (1/5) (01/05 rơi vào thứ Bảy)');
  });

  it('is used for deadlines and reported as unconfirmed', () => {
    const calendar = createWorkingCalendar([officialYear(2025), officialYear(2026)]);
    expect(calendar.yearIsConfirmed(2026)).toBe(true);
    expect(calendar.yearIsConfirmed(2027)).toBe(false);
    expect(calendar.addWorkingDays('2026-12-30', 5)).toBe('2027-01-07');
    expect(calendar.addWorkingDays('2027-02-04', 7)).toBe('2027-02-22');
    expect(calendar.unconfirmedYearsIn('2026-12-30', '2027-01-07')).toEqual([2027]);
    expect(calendar.unconfirmedYearsIn('2027-01-07', '2024-06-01')).toEqual([2024, 2027]);
    expect(calendar.yearData(2027).confirmed).toBe(false);
  });

  it('only a file confirms a year, whatever the fallback says', () => {
    const fallback = (y: number): CalendarYearData => ({ ...defaultCalendarYear(y), confirmed: true });
    const calendar = createWorkingCalendar([], { fallback });
    expect(calendar.yearIsConfirmed(2027)).toBe(false);
    expect(calendar.isWorkingDay('2027-02-10')).toBe(false);
  });
});

describe('law defaults against the official files', () => {
  // Why the files exist: the law cannot know the Prime Minister's Tết days or the swaps.
  const compare = (year: number) => {
    const official = officialYear(year);
    const computed = defaultCalendarYear(year);
    const officialOff = new Set(dates(official.daysOff));
    const computedOff = new Set(dates(computed.daysOff));
    return {
      officialOnly: [...officialOff].filter((date) => !computedOff.has(date)),
      lawOnly: [...computedOff].filter((date) => !officialOff.has(date)),
      workedSaturdays: dates(official.workedSaturdays),
      // Swaps trade a weekday for a Saturday: the year's number of working days stays the law's.
      netOfficial: official.daysOff!.length - official.workedSaturdays!.length,
      netLaw: computed.daysOff.length,
    };
  };

  it('2025 differs only by the Tết arrangement (27/1 instead of 3/2) and the 2/5 ↔ 26/4 swap', () => {
    const difference = compare(2025);
    console.info('2025 official vs Labour Code defaults', difference);
    expect(difference).toEqual({
      officialOnly: ['2025-01-27', '2025-05-02'],
      lawOnly: ['2025-02-03'],
      workedSaturdays: ['2025-04-26'],
      netOfficial: 11,
      netLaw: 11,
    });
  });

  it('2026 differs only by the swaps 2/1 ↔ 10/1 and 31/8 ↔ 22/8', () => {
    const difference = compare(2026);
    console.info('2026 official vs Labour Code defaults', difference);
    expect(difference).toEqual({
      officialOnly: ['2026-01-02', '2026-08-31'],
      lawOnly: [],
      workedSaturdays: ['2026-01-10', '2026-08-22'],
      netOfficial: 11,
      netLaw: 11,
    });
  });
});
