/** The working-day calendar: official year files, the Labour Code's defaults, and deadline arithmetic. */

export type { CalendarDay, CalendarYearData } from './types.ts';
export { defaultCalendarYear, lawHolidays, nationalDayAdjacent, LAW_SOURCE } from './law-defaults.ts';
export { lunarNewYear, lunarToIso } from './lunar.ts';
export { createWorkingCalendar, type WorkingCalendar, type WorkingCalendarOptions } from './working-days.ts';
