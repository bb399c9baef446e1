/**
 * The official calendar of one year: weekdays with no work and Saturdays worked. One
 * `content/lich-nghi/YYYY.yaml` file holds one of these. The type is the content schema's output: the
 * schema and the checks across files (ingest) are the one validator of calendar data (issue 11); the
 * working calendar takes what they let through, and the law's defaults produce the same shape.
 */

import type { z } from 'astro/zod';
import type { calendarYearSchema } from '../../ingest/schema/calendar-year.ts';

/** A year of days off and worked Saturdays, from the official announcement or from the law. */
export type CalendarYearData = z.output<typeof calendarYearSchema>;

/** One day named in a calendar file: `date`, Vietnamese `name`, and `unconfirmed` when not yet checked. */
export type CalendarDay = NonNullable<CalendarYearData['daysOff']>[number];
