/**
 * Dates written the way Decree 30/2020/NĐ-CP writes them (Appendix I): `ngày 05 tháng 01 năm 2026`,
 * `ngày 19 tháng 3 năm 2026`. `Intl.DateTimeFormat('vi')` gives `19 tháng 3, 2026` and pads neither
 * by the decree's rule, so the form is built by hand from the civil date: no time zone is involved.
 */
import { datePart, dayOfWeek, isoDateParts, isValidIsoDate, isValidLocalDateTime, timePart } from '../dates/civil.ts';
import type { IsoDate, LocalDateTime } from '../dates/civil.ts';
import { t, type MessageKey } from '../../../i18n/index.ts';
import { nfc } from './normalize.ts';

/** `ngày 05 tháng 01 năm 2026`: days 1–9 and months 1–2 take a leading zero, as Decree 30 asks. */
export function formatDecreeDate(date: IsoDate): string {
  const { year, month, day } = checkedDate(date);
  // The zero stops a digit being added later (tháng 1 → tháng 11, ngày 2 → ngày 25); months 3–9
  // cannot become another month that way, so the decree leaves them bare.
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month < 3 ? `0${month}` : `${month}`;
  return t('date.decree', { day: dd, month: mm, year });
}

/** The place and date line under the national motto: `Kinh Môn, ngày 19 tháng 3 năm 2026`. */
export function dateLine(place: string, date: IsoDate): string {
  const name = nfc(place).trim();
  if (name === '') throw new RangeError(t('date.placeMissing'));
  return t('date.line', { place: name, date: formatDecreeDate(date) });
}

/** `19/03/2026`: two-digit day and month, so dates line up in table columns. */
export function formatShortDate(date: IsoDate): string {
  const { year, month, day } = checkedDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** `08 giờ 00, ngày 21 tháng 5 năm 2026` for a local date-time; a plain date gives its Decree 30 form. */
export function formatDateTime(value: IsoDate | LocalDateTime): string {
  if (isValidIsoDate(value)) return formatDecreeDate(value);
  if (!isValidLocalDateTime(value)) {
    throw new RangeError(t('date.dateTimeInvalid', { found: value }));
  }
  const [hours, minutes] = timePart(value)!.split(':');
  return t('date.time', { hours: hours!, minutes: minutes!, date: formatDecreeDate(datePart(value)) });
}

/** The day of the week in Vietnamese: `Thứ Hai` … `Thứ Bảy`, `Chủ nhật`. */
export function weekdayName(date: IsoDate): string {
  checkedDate(date);
  // dayOfWeek numbers Sunday 0; Vietnamese counts Monday as "Thứ Hai" (the second day).
  return t(`date.weekday.${dayOfWeek(date)}` as MessageKey);
}

/** `Thứ Năm, ngày 21 tháng 5 năm 2026`, for meeting notices. */
export function formatDateWithWeekday(date: IsoDate): string {
  return t('date.withWeekday', { weekday: weekdayName(date), date: formatDecreeDate(date) });
}

function checkedDate(date: IsoDate): { year: number; month: number; day: number } {
  // The shape check alone would let 2026-02-30 through and print a day that does not exist.
  if (!isValidIsoDate(date)) {
    throw new RangeError(t('date.dateInvalid', { found: date }));
  }
  return isoDateParts(date)!;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
