/**
 * Vietnamese lunar dates through `date-chinese`, whose `CalendarVietnamese` uses the UTC+7 meridian
 * (Vietnam's Tết differs from China's in some years, e.g. 2030-02-02 against 2030-02-03).
 * Only the law defaults use this: the official calendar files are the authority.
 */

import { CalendarVietnamese } from 'date-chinese';
import type { IsoDate } from '../../base/dates/civil.ts';

function iso(parts: { year: number; month: number; day: number }): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The first day of the lunar year (mùng 1 Tết) that begins in Gregorian `year`. */
export function lunarNewYear(year: number): IsoDate {
  const calendar = new CalendarVietnamese();
  calendar.fromJDE(calendar.newYear(year));
  return iso(calendar.toGregorian(year));
}

/**
 * The Gregorian date of a day of a (non-leap) month of the lunar year that begins in Gregorian `year`.
 * A leap month repeats its number; the regular month comes first, which is the one holidays use.
 */
export function lunarToIso(year: number, month: number, day: number): IsoDate {
  const calendar = new CalendarVietnamese();
  calendar.fromJDE(calendar.newYear(year));
  return iso(new CalendarVietnamese(calendar.cycle, calendar.year, month, false, day).toGregorian(year));
}
