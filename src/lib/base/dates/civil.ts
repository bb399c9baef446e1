/**
 * Civil dates as Vietnam writes them: `YYYY-MM-DD` strings and `YYYY-MM-DDTHH:mm` local date-times.
 *
 * A civil date has no time zone, so all arithmetic here goes through a day number (days since
 * 1970-01-01) computed with `Date.UTC`: the result never depends on the build machine's zone.
 */

/** `YYYY-MM-DD` */
export type IsoDate = string;
/** `YYYY-MM-DDTHH:mm`, Vietnam local time */
export type LocalDateTime = string;

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_DAY = 86_400_000;

/** The parts of a well-formed `YYYY-MM-DD`, or undefined when the text has another shape. */
export function isoDateParts(text: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the text is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isValidIsoDate(text: string): boolean {
  const parts = isoDateParts(text);
  if (!parts) return false;
  const { year, month, day } = parts;
  return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True when the text is `YYYY-MM-DDTHH:mm` with a real date and time. */
export function isValidLocalDateTime(text: string): boolean {
  const match = LOCAL_DATE_TIME.exec(text);
  return match !== null && isValidIsoDate(match[1]!);
}

/** The date part of a date or date-time. */
export function datePart(value: IsoDate | LocalDateTime): IsoDate {
  return value.slice(0, 10);
}

/** The `HH:mm` of a local date-time, or undefined for a plain date. */
export function timePart(value: IsoDate | LocalDateTime): string | undefined {
  return value.length > 10 ? value.slice(11, 16) : undefined;
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`. */
export function toDayNumber(date: IsoDate): number {
  const parts = isoDateParts(date);
  if (!parts) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` of a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` after (or before, when negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Compares two dates or date-times as text: they sort lexically. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// en-CA formats as YYYY-MM-DD. Made once: building a formatter with a time zone costs about as much as
// rendering a small page, and every page's footer asks for today.
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Vietnam, whatever the machine's time zone. */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return vietnamDay.format(now);
}

/** The instant of a Vietnam local date-time (UTC+7, no daylight saving since 1975). */
export function vietnamInstant(value: IsoDate | LocalDateTime): Date {
  const time = timePart(value) ?? '00:00';
  return new Date(`${datePart(value)}T${time}:00+07:00`);
}
