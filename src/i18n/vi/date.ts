/** Dates as Decree 30/2020/NĐ-CP writes them, weekdays, clock times (src/lib/base/text/date-line.ts). */
export default {
  'date.decree': 'ngày {day} tháng {month} năm {year}',
  'date.line': '{place}, {date}',
  'date.time': '{hours} giờ {minutes}, {date}',
  'date.withWeekday': '{weekday}, {date}',
  'date.weekday.0': 'Chủ nhật',
  'date.weekday.1': 'Thứ Hai',
  'date.weekday.2': 'Thứ Ba',
  'date.weekday.3': 'Thứ Tư',
  'date.weekday.4': 'Thứ Năm',
  'date.weekday.5': 'Thứ Sáu',
  'date.weekday.6': 'Thứ Bảy',
  'date.placeMissing': 'Thiếu địa danh cho dòng địa danh, ngày tháng (ví dụ: "Kinh Môn").',
  'date.dateTimeInvalid': 'Ngày giờ không hợp lệ: "{found}" (cần dạng YYYY-MM-DDTHH:mm, ví dụ 2026-05-21T08:00).',
  'date.dateInvalid': 'Ngày không hợp lệ: "{found}" (cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2026-03-19).',
} as const;
