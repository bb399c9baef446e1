/**
 * One year's working days as flat arrays indexed by day of the year, built once so that every
 * question the working calendar answers is a lookup or a binary search.
 */

import { toDayNumber } from '../../base/dates/civil.ts';
import type { CalendarYearData } from './types.ts';

const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of 1 January of `year`. */
export function yearStart(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

/** The Gregorian year that contains a day number. */
export function yearOfDayNumber(dayNumber: number): number {
  let year = 1970 + Math.floor(dayNumber / 365.2425);
  while (dayNumber < yearStart(year)) year--;
  while (dayNumber >= yearStart(year + 1)) year++;
  return year;
}

export interface YearTable {
  year: number;
  confirmed: boolean;
  /** Day number of 1 January. */
  start: number;
  /** 1 for a working day, by day of the year (0 = 1 January). */
  working: Uint8Array;
  /** Working days from 1 January up to and including each day. */
  cumulative: Uint16Array;
  /** Working days in the year. */
  total: number;
}

/** The lookup table of a year from its (already checked) calendar data. */
export function buildYearTable(data: CalendarYearData): YearTable {
  const start = yearStart(data.year);
  const length = yearStart(data.year + 1) - start;
  const working = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    const weekday = (((start + index + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    working[index] = weekday >= 1 && weekday <= 5 ? 1 : 0;
  }
  for (const day of data.daysOff ?? []) working[toDayNumber(day.date) - start] = 0;
  for (const day of data.workedSaturdays ?? []) working[toDayNumber(day.date) - start] = 1;
  const cumulative = new Uint16Array(length);
  let total = 0;
  for (let index = 0; index < length; index++) {
    total += working[index]!;
    cumulative[index] = total;
  }
  return { year: data.year, confirmed: data.confirmed, start, working, cumulative, total };
}

/** Day of the year of the `count`-th working day of the table's year (1 ≤ count ≤ total). */
export function indexOfWorkingDay(table: YearTable, count: number): number {
  let low = 0;
  let high = table.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (table.cumulative[middle]! < count) low = middle + 1;
    else high = middle;
  }
  return low;
}
