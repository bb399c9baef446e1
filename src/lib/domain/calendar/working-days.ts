/**
 * Working-day arithmetic for Vietnamese state agencies (Monday–Friday, less the days off of each year's
 * calendar, plus its worked Saturdays), with the counting rules of the Civil Code 2015, Art. 147–148:
 * the day of the event is not counted, and a period ends at the end of its last day.
 *
 * Dates are `YYYY-MM-DD` strings turned into day numbers: the machine's time zone never enters.
 */

import { fromDayNumber, isValidIsoDate, toDayNumber, type IsoDate } from '../../base/dates/civil.ts';
import { defaultCalendarYear } from './law-defaults.ts';
import type { CalendarDay, CalendarYearData } from './types.ts';
import { buildYearTable, indexOfWorkingDay, yearOfDayNumber, type YearTable } from './year-table.ts';

export interface WorkingCalendarOptions {
  /** The calendar of a year with no data; by default the Labour Code's (`defaultCalendarYear`). */
  fallback?: (year: number) => CalendarYearData;
}

export interface WorkingCalendar {
  /** True for a day agencies work: Monday–Friday not off, or a worked Saturday. */
  isWorkingDay(date: IsoDate): boolean;
  /** The `n`-th working day after `date` (n ≥ 1): where "within n working days from `date`" ends. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The `n`-th working day before `date` (n ≥ 1). */
  subtractWorkingDays(date: IsoDate, n: number): IsoDate;
  /**
   * The latest day to post and still leave at least `n` full working days strictly between the posting
   * and the meeting (the project's strict reading of "at least n working days before"). May be a day off.
   */
  latestPostingDate(meetingDate: IsoDate, n: number): IsoDate;
  /** `date` itself when it is a working day, else the last working day before it. */
  lastWorkingDayOnOrBefore(date: IsoDate): IsoDate;
  /** Working days strictly between `a` and `b`; negative when `b` is before `a`, 0 when equal or adjacent. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  /**
   * How many working days `done` is after `due`, counting working days only: 0 on the same day; late, the
   * working days in (due, done], at least 1 (a day off right after the deadline is already late); early,
   * minus the working days in (done, due], so 0 when none lies between (Friday 24/4/2026 against the day
   * off Monday 27/4). A working `done` after a working `due` is the k-th working day after it.
   */
  workingDayDifference(due: IsoDate, done: IsoDate): number;
  /** True when the year has a calendar file marked `confirmed: true`. */
  yearIsConfirmed(year: number): boolean;
  /** The years from `from` to `to` (either order, both included) with no confirmed calendar file. */
  unconfirmedYearsIn(from: IsoDate, to: IsoDate): number[];
  /** The entries marked `unconfirmed` in confirmed years, from `from` to `to` (either order, both included), by date. */
  unconfirmedDaysIn(from: IsoDate, to: IsoDate): CalendarDay[];
  /** The calendar data in use for a year: its file, or the law's defaults. */
  yearData(year: number): CalendarYearData;
}

function dayNumberOf(date: IsoDate): number {
  if (typeof date !== 'string' || !isValidIsoDate(date)) throw new RangeError(`not a valid YYYY-MM-DD date: ${String(date)}`);
  return toDayNumber(date);
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working-day count must be a whole number ≥ 1, got ${n}`);
}

/** A working calendar from the official year files; years without a file use `options.fallback`. */
export function createWorkingCalendar(years: readonly CalendarYearData[], options: WorkingCalendarOptions = {}): WorkingCalendar {
  const fallback = options.fallback ?? defaultCalendarYear;
  // The data was checked by the content schema and the checks across files (one file per year, named by it).
  const data = new Map<number, CalendarYearData>();
  for (const year of years) data.set(year.year, year);
  // Only a file can confirm a year, whatever a fallback claims; within it, an entry may still be unconfirmed.
  const confirmed = new Set(years.filter((year) => year.confirmed).map((year) => year.year));
  const unconfirmedDays: CalendarDay[] = years
    .filter((year) => year.confirmed)
    .flatMap((year) => [...(year.daysOff ?? []), ...(year.workedSaturdays ?? [])])
    .filter((day) => day.unconfirmed === true)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const tables = new Map<number, YearTable>();

  function yearData(year: number): CalendarYearData {
    let found = data.get(year);
    if (!found) {
      found = fallback(year);
      data.set(year, found);
    }
    return found;
  }

  function table(year: number): YearTable {
    let found = tables.get(year);
    if (!found) {
      found = buildYearTable(yearData(year));
      tables.set(year, found);
    }
    return found;
  }

  /** Working days from 1 January of `year` through `dayNumber` (which lies in that year). */
  function through(dayNumber: number): { table: YearTable; count: number } {
    const found = table(yearOfDayNumber(dayNumber));
    return { table: found, count: found.cumulative[dayNumber - found.start]! };
  }

  function isWorkingDayNumber(dayNumber: number): boolean {
    const found = table(yearOfDayNumber(dayNumber));
    return found.working[dayNumber - found.start] === 1;
  }

  function add(dayNumber: number, n: number): number {
    let { table: current, count } = through(dayNumber);
    let target = count + n;
    while (target > current.total) {
      target -= current.total;
      current = table(current.year + 1);
    }
    return current.start + indexOfWorkingDay(current, target);
  }

  function subtract(dayNumber: number, n: number): number {
    let { table: current, count } = through(dayNumber);
    // Counting `dayNumber` itself out, the day wanted is working day number `target` of its year.
    let target = count - current.working[dayNumber - current.start]! - n + 1;
    while (target < 1) {
      current = table(current.year - 1);
      target += current.total;
    }
    return current.start + indexOfWorkingDay(current, target);
  }

  function between(a: number, b: number): number {
    if (b < a) return -between(b, a);
    if (b - a <= 1) return 0;
    const first = through(a);
    const last = through(b - 1);
    let count = last.count - first.count;
    for (let year = first.table.year; year < last.table.year; year++) count += table(year).total;
    return count;
  }

  return {
    isWorkingDay: (date) => isWorkingDayNumber(dayNumberOf(date)),
    addWorkingDays(date, n) {
      checkCount(n);
      return fromDayNumber(add(dayNumberOf(date), n));
    },
    subtractWorkingDays(date, n) {
      checkCount(n);
      return fromDayNumber(subtract(dayNumberOf(date), n));
    },
    latestPostingDate(meetingDate, n) {
      checkCount(n);
      // The n working days must all lie after the posting day: post at the latest the day before the n-th.
      return fromDayNumber(subtract(dayNumberOf(meetingDate), n) - 1);
    },
    lastWorkingDayOnOrBefore(date) {
      let day = dayNumberOf(date);
      while (!isWorkingDayNumber(day)) day--;
      return fromDayNumber(day);
    },
    workingDaysBetween: (a, b) => between(dayNumberOf(a), dayNumberOf(b)),
    workingDayDifference(due, done) {
      const dueDay = dayNumberOf(due);
      const doneDay = dayNumberOf(done);
      if (doneDay === dueDay) return 0;
      // Working days in the half-open span (earlier, later]: those strictly between, and the later day itself.
      if (doneDay > dueDay) return Math.max(1, between(dueDay, doneDay) + (isWorkingDayNumber(doneDay) ? 1 : 0));
      const early = between(doneDay, dueDay) + (isWorkingDayNumber(dueDay) ? 1 : 0);
      return early === 0 ? 0 : -early;
    },
    yearIsConfirmed: (year) => confirmed.has(year),
    unconfirmedYearsIn(from, to) {
      const a = yearOfDayNumber(dayNumberOf(from));
      const b = yearOfDayNumber(dayNumberOf(to));
      const result: number[] = [];
      for (let year = Math.min(a, b); year <= Math.max(a, b); year++) {
        if (!confirmed.has(year)) result.push(year);
      }
      return result;
    },
    unconfirmedDaysIn(from, to) {
      const [a, b] = from <= to ? [from, to] : [to, from];
      dayNumberOf(a);
      dayNumberOf(b);
      return unconfirmedDays.filter((day) => day.date >= a && day.date <= b);
    },
    yearData,
  };
}
