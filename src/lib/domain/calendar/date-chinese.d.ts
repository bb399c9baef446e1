// date-chinese ships types, but its package.json "exports" hides them from TypeScript; this is the part we use.
declare module 'date-chinese' {
  export class CalendarVietnamese {
    constructor(cycle?: number, year?: number, month?: number, leap?: boolean, day?: number);
    cycle: number;
    year: number;
    month: number;
    leap: boolean;
    day: number;
    /** Julian ephemeris day of the lunar new year's midnight (UTC+7 since 1968). */
    newYear(gyear: number): number;
    fromJDE(jde: number): this;
    fromGregorian(year: number, month: number, day: number): this;
    get(): [number, number, number, boolean, number];
    toGregorian(gyear?: number): { year: number; month: number; day: number };
  }
}
