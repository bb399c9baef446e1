/**
 * Consistency of one year's calendar data, in Vietnamese for the editor who keeps the file.
 */

import { dayOfWeek, isValidIsoDate } from '../../base/dates/civil.ts';
import type { CalendarDay, CalendarYearData } from './types.ts';

const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

function checkDays(
  days: readonly CalendarDay[],
  year: number,
  field: 'daysOff' | 'workedSaturdays',
  accepts: (weekday: number) => boolean,
  expected: string,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  days.forEach((day, index) => {
    const where = `${field}[${index}]`;
    if (typeof day.name !== 'string' || day.name.trim() === '')
      problems.push(`${where}.name: thiếu tên ngày; ghi tên, ví dụ "Tết Dương lịch".`);
    if (typeof day.date !== 'string' || !isValidIsoDate(day.date)) {
      problems.push(`${where}.date: "${String(day.date)}" không phải ngày hợp lệ dạng YYYY-MM-DD.`);
      return;
    }
    if (!day.date.startsWith(`${year}-`)) problems.push(`${where}.date: ${day.date} không thuộc năm ${year}; chuyển sang tệp của năm đó.`);
    const weekday = dayOfWeek(day.date);
    if (!accepts(weekday)) problems.push(`${where}.date: ${day.date} là ${WEEKDAY_NAMES[weekday]}; ${expected}.`);
    if (seen.has(day.date)) problems.push(`${where}.date: ${day.date} đã có ở trên; xóa dòng trùng.`);
    seen.add(day.date);
  });
  return problems;
}

/** Every problem of a year's calendar data (empty when consistent), each naming the field and the fix. */
export function checkCalendarYear(data: CalendarYearData): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(data.year) || data.year < 1900 || data.year > 2999)
    problems.push(`year: "${String(data.year)}" không phải năm hợp lệ.`);
  if (typeof data.confirmed !== 'boolean') problems.push('confirmed: phải là true (đã có thông báo chính thức) hoặc false.');
  if (typeof data.source !== 'string' || data.source.trim() === '')
    problems.push('source: ghi văn bản công bố lịch nghỉ (số, ngày, cơ quan ban hành).');
  if (!Array.isArray(data.daysOff)) problems.push('daysOff: phải là danh sách { date, name }.');
  if (!Array.isArray(data.workedSaturdays)) problems.push('workedSaturdays: phải là danh sách { date, name } (để [] nếu không có).');
  if (problems.length > 0) return problems;
  const offDays = checkDays(
    data.daysOff,
    data.year,
    'daysOff',
    (d) => d >= 1 && d <= 5,
    'chỉ ghi ngày từ thứ Hai đến thứ Sáu (thứ Bảy, Chủ nhật vốn đã nghỉ)',
  );
  const saturdays = checkDays(data.workedSaturdays, data.year, 'workedSaturdays', (d) => d === 6, 'ngày làm bù phải là thứ Bảy');
  return [...problems, ...offDays, ...saturdays];
}
