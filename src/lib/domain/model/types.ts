/** The content's types, inferred from the schemas so they cannot drift from them. */
import type { z } from 'astro/zod';
import type { unitSchema } from '../../ingest/schema/unit.ts';
import type { calendarYearSchema } from '../../ingest/schema/calendar-year.ts';
import type { meetingSchema } from '../../ingest/schema/meeting.ts';
import type { noticeSchema } from '../../ingest/schema/notice.ts';
import type { contentSchema } from '../../ingest/schema/content-doc.ts';
import type { petitionSchema } from '../../ingest/schema/petition.ts';
import type { conclusionSchema } from '../../ingest/schema/conclusion.ts';
import type { EntryHtml } from '../../ingest/markdown/render.ts';

export type Unit = z.output<typeof unitSchema>;
export type CalendarYear = z.output<typeof calendarYearSchema>;
export type MeetingData = z.output<typeof meetingSchema>;
export type NoticeData = z.output<typeof noticeSchema>;
export type ContentData = z.output<typeof contentSchema>;
export type PetitionData = z.output<typeof petitionSchema>;
export type ConclusionData = z.output<typeof conclusionSchema>;

export type MeetingStatus = MeetingData['status'];
export type PetitionStatus = PetitionData['status'];
/** A report group (a petition's `group` is `null` when the source does not give it). */
export type PetitionGroup = NonNullable<PetitionData['group']>;

/**
 * One entry of a collection: its id (file stem), its file (relative to the content root), its data, and,
 * in a site loaded for pages (./load.ts), its body and Markdown fields rendered and sanitised.
 */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
  html?: EntryHtml;
}

export { PARTS, type Part } from './parts.ts';
