// Test helper: the committed calendar files, read with the `yaml` package (YAML 1.2 keeps dates as strings)
// and checked by the content schema, the one calendar validator.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { calendarYearSchema } from '../../../../src/lib/ingest/schema/calendar-year.ts';
import type { CalendarYearData } from '../../../../src/lib/domain/calendar/index.ts';

export const CALENDAR_DIRECTORY = fileURLToPath(new URL('../../../../content/lich-nghi/', import.meta.url));

/** The raw parse of `content/lich-nghi/<year>.yaml`. */
export function rawCalendarFile(year: number): unknown {
  return parse(readFileSync(`${CALENDAR_DIRECTORY}${year}.yaml`, 'utf8'));
}

/** The checked data of `content/lich-nghi/<year>.yaml`. */
export function officialYear(year: number): CalendarYearData {
  return calendarYearSchema.parse(rawCalendarFile(year));
}
