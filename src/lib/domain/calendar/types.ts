/**
 * The official calendar of one year: weekdays with no work and Saturdays worked.
 * One `content/lich-nghi/YYYY.yaml` file holds one of these.
 */

import type { IsoDate } from '../../base/dates/civil.ts';

/** One day named in a calendar file. */
export interface CalendarDay {
  /** `YYYY-MM-DD` */
  date: IsoDate;
  /** Vietnamese name, e.g. `Tết Dương lịch` or `Làm bù cho ngày nghỉ 02/01/2026` */
  name: string;
}

/** A year of days off and worked Saturdays, from the official announcement or from the law. */
export interface CalendarYearData {
  year: number;
  /** True once the official announcement is in; false for a year computed from the law. */
  confirmed: boolean;
  /** The announcing document, or the law when computed. */
  source: string;
  /** Something to check against the original document. */
  note?: string;
  /** Every Monday–Friday with no work: holidays, compensation days, swapped days. */
  daysOff: CalendarDay[];
  /** Saturdays that are working days (ngày làm bù). */
  workedSaturdays: CalendarDay[];
}
