import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/lib/base/dates/civil.ts';
import { createWorkingCalendar, defaultCalendarYear } from '../../../../src/lib/domain/calendar/index.ts';
import { officialYear } from './official-calendars.ts';

const calendar = createWorkingCalendar([officialYear(2025), officialYear(2026)]);

describe('worked Saturdays', () => {
  it('are working days, other Saturdays and Sundays are not', () => {
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-17')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-11')).toBe(false);
  });

  it('count in deadlines', () => {
    expect(calendar.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(calendar.addWorkingDays('2026-01-09', 2)).toBe('2026-01-12');
  });
});

describe('Tết', () => {
  it('2026: 16–20/2 are off, so the first working day after Friday 13/2 is Monday 23/2', () => {
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(calendar.isWorkingDay(day)).toBe(false);
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('an event on a day off still counts from the next day (Civil Code Art. 147)', () => {
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-18', 3)).toBe('2026-02-25');
  });

  it('2025: 27–31/1 are off', () => {
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
  });
});

describe('year boundary', () => {
  it('late December 2025 + 7 crosses into 2026 past 1–2/1', () => {
    expect(calendar.addWorkingDays('2025-12-24', 7)).toBe('2026-01-06');
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(calendar.subtractWorkingDays('2026-01-05', 1)).toBe('2025-12-31');
    expect(calendar.workingDaysBetween('2025-12-24', '2026-01-06')).toBe(6);
    expect(calendar.latestPostingDate('2026-01-06', 7)).toBe('2025-12-23');
    expect(calendar.unconfirmedYearsIn('2025-12-24', '2026-01-06')).toEqual([]);
  });
});

describe('deadlines', () => {
  it('done on the last day is on time; the next working day is 1 late', () => {
    const due = calendar.addWorkingDays('2026-04-24', 7);
    expect(calendar.workingDayDifference(due, '2026-05-08')).toBe(0);
    expect(calendar.workingDayDifference(due, '2026-05-11')).toBe(1);
  });

  it('can land right before a holiday, and one more day jumps it', () => {
    expect(calendar.addWorkingDays('2026-04-17', 7)).toBe('2026-04-29');
    expect(calendar.addWorkingDays('2026-04-17', 8)).toBe('2026-05-04');
    expect(calendar.addWorkingDays('2025-08-29', 1)).toBe('2025-09-03');
  });

  it('the day of the event is not counted', () => {
    expect(calendar.addWorkingDays('2026-03-09', 1)).toBe('2026-03-10');
  });

  it('the latest posting day may be a day off and leaves exactly n working days', () => {
    expect(calendar.latestPostingDate('2026-03-11', 7)).toBe('2026-03-01');
    expect(calendar.workingDaysBetween('2026-03-01', '2026-03-11')).toBe(7);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-11')).toBe(6);
  });
});

describe('workingDayDifference', () => {
  const due = '2026-05-08'; // Friday
  it('is 0 on the day, negative when early, positive when late', () => {
    expect(calendar.workingDayDifference(due, due)).toBe(0);
    expect(calendar.workingDayDifference(due, '2026-05-07')).toBe(-1);
    expect(calendar.workingDayDifference(due, '2026-05-06')).toBe(-2);
    expect(calendar.workingDayDifference(due, '2026-04-29')).toBe(-5); // 30/4 and 1/5 off between
    expect(calendar.workingDayDifference(due, '2026-05-11')).toBe(1);
    expect(calendar.workingDayDifference(due, '2026-05-13')).toBe(3);
  });

  it('counts a day off after the deadline as late, and one before it as early', () => {
    expect(calendar.workingDayDifference(due, '2026-05-09')).toBe(1);
    expect(calendar.workingDayDifference(due, '2026-05-10')).toBe(1);
    expect(calendar.workingDayDifference('2026-05-11', '2026-05-09')).toBe(-1);
  });

  it('matches addWorkingDays for a working day', () => {
    for (let n = 1; n <= 30; n++) expect(calendar.workingDayDifference(due, calendar.addWorkingDays(due, n))).toBe(n);
  });
});

describe('deadlines counted backwards (issue 11)', () => {
  it('land on the last working day on or before the strict bound', () => {
    // 15 full working days before Thursday 21/5/2026: the bound is Monday 27/4, a day off (Hùng Kings').
    expect(calendar.latestPostingDate('2026-05-21', 15)).toBe('2026-04-27');
    expect(calendar.lastWorkingDayOnOrBefore('2026-04-27')).toBe('2026-04-24');
    expect(calendar.lastWorkingDayOnOrBefore('2026-04-24')).toBe('2026-04-24');
    expect(calendar.lastWorkingDayOnOrBefore('2026-02-22')).toBe('2026-02-13');
    expect(calendar.lastWorkingDayOnOrBefore('2026-01-11')).toBe('2026-01-10'); // a worked Saturday
  });

  it('"early/late by N" counts working days only: none lies between Friday 24/4 and the day off 27/4', () => {
    expect(calendar.workingDayDifference('2026-04-27', '2026-04-24')).toBe(0);
    expect(calendar.workingDayDifference('2026-04-28', '2026-04-24')).toBe(-1);
    expect(calendar.workingDayDifference('2026-04-24', '2026-04-29')).toBe(2);
  });
});

describe('confirmation per entry (issue 11)', () => {
  it('names the unconfirmed entries of confirmed years a span crosses', () => {
    const entries = calendar.unconfirmedDaysIn('2026-08-20', '2026-09-07').map((d) => d.date);
    expect(entries).toEqual(['2026-08-22', '2026-08-31']);
    expect(calendar.unconfirmedDaysIn('2026-05-21', '2026-06-11')).toEqual([]);
    // Order of the ends does not matter.
    expect(calendar.unconfirmedDaysIn('2026-09-07', '2026-08-30').map((d) => d.date)).toEqual(['2026-08-31']);
  });
});

describe('workingDaysBetween', () => {
  it('is 0 for the same or adjacent days and antisymmetric', () => {
    expect(calendar.workingDaysBetween('2026-05-08', '2026-05-08')).toBe(0);
    expect(calendar.workingDaysBetween('2026-05-07', '2026-05-08')).toBe(0);
    expect(calendar.workingDaysBetween('2026-05-08', '2026-05-11')).toBe(0);
    expect(calendar.workingDaysBetween('2026-05-04', '2026-05-08')).toBe(3);
    expect(calendar.workingDaysBetween('2026-05-08', '2026-05-04')).toBe(-3);
  });
});

describe('consistency over 2025–2027', () => {
  it('addWorkingDays, subtractWorkingDays, latestPostingDate and workingDaysBetween agree with day-by-day counting', () => {
    const naive = (from: string, to: string) => {
      let count = 0;
      for (let day = addDays(from, 1); day < to; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count++;
      return count;
    };
    for (let day = '2025-01-01'; day <= '2027-12-01'; day = addDays(day, 5)) {
      for (const n of [1, 5, 7, 15]) {
        const end = calendar.addWorkingDays(day, n);
        expect(calendar.isWorkingDay(end)).toBe(true);
        expect(naive(day, end)).toBe(n - 1);
        expect(calendar.workingDaysBetween(day, end)).toBe(n - 1);
        const start = calendar.subtractWorkingDays(end, n);
        expect(calendar.isWorkingDay(start)).toBe(true);
        expect(naive(start, end)).toBe(n - 1);
        const posted = calendar.latestPostingDate(end, n);
        expect(naive(posted, end)).toBe(n);
        expect(naive(addDays(posted, 1), end)).toBe(n - 1);
      }
    }
  });
});

describe('input', () => {
  it('refuses impossible dates and counts below 1', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-05-08', 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-05-08', 1.5)).toThrow(RangeError);
    expect(() => calendar.latestPostingDate('26/02/2026', 7)).toThrow(RangeError);
  });

  // Calendar data is checked once, by the content schema and the cross-file checks (test/content/bad-input:
  // "a day off on a Sunday", "a day off listed twice"); the working calendar takes the checked data as it is.
  it('takes the calendar data the content checks produced, without a second validator', () => {
    const year = { ...defaultCalendarYear(2027), confirmed: true };
    expect(createWorkingCalendar([year]).yearIsConfirmed(2027)).toBe(true);
  });

  it('does not depend on the machine time zone', () => {
    expect(process.env.TZ).toBe('America/New_York');
    expect(calendar.addWorkingDays('2026-04-24', 7)).toBe('2026-05-08');
  });
});

describe('speed', () => {
  it('answers 10,000 petitions quickly', () => {
    const started = performance.now();
    for (let index = 0; index < 10_000; index++) {
      const meeting = addDays('2025-01-06', index % 700);
      const due = calendar.addWorkingDays(meeting, 7 + (index % 8));
      calendar.workingDayDifference(due, addDays(due, (index % 11) - 5));
      calendar.latestPostingDate(meeting, 7);
      calendar.unconfirmedYearsIn(meeting, due);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
