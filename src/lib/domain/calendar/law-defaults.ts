/**
 * A year's days off computed from the Labour Code 2019 alone, for a year with no official calendar file.
 *
 * Art. 112(1): 1/1; Tết 5 days; Hùng Kings' day 10/3 lunar; 30/4; 1/5; 2/9 plus one day before or after.
 * Art. 111(3): a holiday on the weekly rest day (Saturday, Sunday) gives a day off on the next working day.
 * What the law leaves to the government each year — the exact Tết days, the day beside 2/9, swapped days
 * and worked Saturdays — is guessed here and only an official file (`confirmed: true`) settles it.
 * Against the official files (see test/lib/calendar/law-defaults.test.ts): 2025 gives 3/2 where the
 * notice gave 27/1 and lacks the 2/5 ↔ Saturday 26/4 swap; 2026 lacks the swaps 2/1 ↔ Saturday 10/1 and
 * 31/8 ↔ Saturday 22/8. Everything else matches, and so does the number of working days in each year.
 */

import { addDays, dayOfWeek, type IsoDate } from '../../base/dates/civil.ts';
import { lunarNewYear, lunarToIso } from './lunar.ts';
import type { CalendarDay, CalendarYearData } from './types.ts';

export const LAW_SOURCE = 'Bộ luật Lao động 2019, Điều 112 khoản 1 và Điều 111 khoản 3 (tính theo luật, chưa có thông báo chính thức)';

const LAW_NOTE =
  'Lịch dự kiến: ngày nghỉ Tết Âm lịch và ngày nghỉ liền kề Quốc khánh do Thủ tướng Chính phủ quyết định hằng năm; ' +
  'ngày hoán đổi và ngày làm bù chỉ có trong thông báo chính thức. Thay bằng tệp lịch chính thức khi có.';

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'];

function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

function dayMonth(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

/**
 * The day off beside 2/9 (Art. 112(1)(đ) lets the government pick the day before or after).
 * The rule the government applied every year since the Code took effect: 1/9, except when 2/9 is a
 * Thursday, then 3/9 so the break joins the weekend. 2021 Thu → 3/9; 2022 Fri → 1/9; 2023 Sat → 1/9
 * (and 4/9 in compensation for 2/9); 2024 Mon → the notice said 3/9, and 1/9 on a Sunday gives 3/9 in
 * compensation, the same days off; 2025 Tue → 1/9; 2026 Wed → 1/9 (and 31/8 swapped).
 */
export function nationalDayAdjacent(year: number): IsoDate {
  return dayOfWeek(`${year}-09-02`) === 4 ? `${year}-09-03` : `${year}-09-01`;
}

/**
 * The public holidays of Art. 112(1) for `year`, weekends included, before compensation.
 * Tết: the Prime Minister fixes the real five days every year; the default here is the last day of the
 * lunar year plus mùng 1–4 (what 2026 got; 2025 got 28 tháng Chạp – mùng 3 instead).
 */
export function lawHolidays(year: number): CalendarDay[] {
  const tet = lunarNewYear(year);
  const holidays: CalendarDay[] = [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    { date: addDays(tet, -1), name: 'Tết Âm lịch (ngày cuối năm âm lịch)' },
    ...TET_DAY_NAMES.map((name, index) => ({ date: addDays(tet, index), name: `Tết Âm lịch (${name})` })),
    { date: lunarToIso(year, 3, 10), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng (30/4)' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế Lao động (1/5)' },
    { date: nationalDayAdjacent(year), name: 'Quốc khánh (ngày liền kề)' },
    { date: `${year}-09-02`, name: 'Quốc khánh (2/9)' },
  ];
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The law's calendar for a year with no official file: `confirmed: false`, no worked Saturdays. */
export function defaultCalendarYear(year: number): CalendarYearData & { daysOff: CalendarDay[]; workedSaturdays: CalendarDay[] } {
  const holidays = lawHolidays(year);
  const off = new Map<IsoDate, string>();
  for (const holiday of holidays) {
    if (isWeekend(holiday.date)) continue;
    // Two holidays on one weekday (never between 1990 and 2200) would share the day: the law gives no extra one.
    const earlier = off.get(holiday.date);
    off.set(holiday.date, earlier ? `${earlier}; ${holiday.name}` : holiday.name);
  }
  // Compensation after every weekday holiday is placed, in date order, so a run of weekend holidays
  // (Tết over Saturday and Sunday) takes the next free working days one after another.
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || off.has(date)) date = addDays(date, 1);
    const weekday = dayOfWeek(holiday.date) === 6 ? 'thứ Bảy' : 'Chủ nhật';
    off.set(date, `Nghỉ bù ${holiday.name} (${dayMonth(holiday.date)} rơi vào ${weekday})`);
  }
  const daysOff = [...off].map(([date, name]) => ({ date, name })).sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, confirmed: false, source: LAW_SOURCE, note: LAW_NOTE, daysOff, workedSaturdays: [] };
}
