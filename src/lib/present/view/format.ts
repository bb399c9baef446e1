/** Formatting for pages: document dates as Decree 30 writes them, signer lines, file sizes. */
import { datePart, timePart } from '../../base/dates/civil.ts';
import { formatDecreeDate, formatShortDate, weekdayName } from '../../base/text/date-line.ts';
import { t } from '../../../i18n/index.ts';

/** `Thứ Năm, ngày 21 tháng 5 năm 2026, lúc 08 giờ 00` for a meeting's start. */
export function formatMeetingTime(start: string): string {
  const day = datePart(start);
  const time = timePart(start);
  const date = t('date.withWeekday', { weekday: weekdayName(day), date: formatDecreeDate(day) });
  if (!time) return date;
  const [hours, minutes] = time.split(':');
  return t('date.time', { hours: hours!, minutes: minutes!, date });
}

/** `19/03/2026`, or "không rõ" for a date the source does not give. */
export function shortDateOrUnknown(value: string | null | undefined): string {
  return value ? formatShortDate(value) : t('fact.unknown');
}

/** A text, or "không rõ" for one the source does not give. */
export function orUnknown(value: string | null | undefined): string {
  return value ?? t('fact.unknown');
}

/** A count as the source gives it: `120`, `hơn 600`, or "không rõ". */
export function formatCount(count: { value: number; approximate: boolean } | null | undefined): string {
  if (!count) return t('fact.unknown');
  return count.approximate ? t('fact.approximate', { value: count.value }) : String(count.value);
}

/** `19/03/2026`: for tables and lists. */
export { formatShortDate, formatDecreeDate };

/** A signer's position split into its lines: `KT. CHỦ TỊCH / PHÓ CHỦ TỊCH` → two lines. */
export function signerLines(position: string): string[] {
  return position
    .split(/\s*\/\s*|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `245 KB`, `1,2 MB`: Vietnamese decimal comma. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}

/** The upper-case name of a file's type for a link (`PDF`, `DOCX`). */
export function fileTypeLabel(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1).toUpperCase();
}
