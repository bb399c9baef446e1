/**
 * Reading `content/lich-nghi/YYYY.yaml` files for scripts and tests (the site reads them through its
 * content layer). Node only; no Astro.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkCalendarYear } from './check.ts';
import type { CalendarDay, CalendarYearData } from './types.ts';

function asDays(value: unknown): CalendarDay[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return value as CalendarDay[];
  return value.map((entry: { date?: unknown; name?: unknown }) => ({
    // A YAML 1.1 parser turns unquoted dates into Date objects at UTC midnight; YAML 1.2 keeps strings.
    date: entry?.date instanceof Date ? entry.date.toISOString().slice(0, 10) : (entry?.date as string),
    name: typeof entry?.name === 'string' ? entry.name.normalize('NFC') : (entry?.name as string),
  }));
}

/** A parsed calendar file as `CalendarYearData`; throws a Vietnamese message naming the file and fields. */
export function calendarYearFromObject(value: unknown, file: string): CalendarYearData {
  const raw = (value ?? {}) as Record<string, unknown>;
  const data: CalendarYearData = {
    year: raw['year'] as number,
    confirmed: raw['confirmed'] as boolean,
    source: typeof raw['source'] === 'string' ? raw['source'].normalize('NFC') : (raw['source'] as string),
    daysOff: asDays(raw['daysOff']),
    workedSaturdays: asDays(raw['workedSaturdays']),
  };
  if (typeof raw['note'] === 'string') data.note = raw['note'].normalize('NFC');
  const problems = checkCalendarYear(data);
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  if (problems.length === 0 && stem !== String(data.year))
    problems.push(`year: ${data.year} khác tên tệp; đặt tên tệp là ${data.year}.yaml.`);
  if (problems.length > 0) throw new Error(`Lịch nghỉ ${file} có lỗi:\n- ${problems.join('\n- ')}`);
  return data;
}

/** Every `YYYY.yaml` calendar in a folder, sorted by year. */
export function loadCalendarYears(directory: string): CalendarYearData[] {
  return readdirSync(directory)
    .filter((name) => /^\d{4}\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = join(directory, name);
      return calendarYearFromObject(parse(readFileSync(file, 'utf8')), file);
    });
}
