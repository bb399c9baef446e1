/**
 * The content collections. Their data comes from one validated load of the content root (`CONTENT_DIR`);
 * their schemas are the plain modules of src/lib/schema, shared with the CMS configuration and tests.
 */
import { defineCollection } from 'astro:content';
import { contentRootLoader } from './data/loader.ts';
import { unitSchema } from './lib/ingest/schema/unit.ts';
import { calendarYearSchema } from './lib/ingest/schema/calendar-year.ts';
import { meetingSchema } from './lib/ingest/schema/meeting.ts';
import { noticeSchema } from './lib/ingest/schema/notice.ts';
import { contentSchema } from './lib/ingest/schema/content-doc.ts';
import { petitionSchema } from './lib/ingest/schema/petition.ts';
import { conclusionSchema } from './lib/ingest/schema/conclusion.ts';

export const collections = {
  unit: defineCollection({ loader: contentRootLoader('don-vi'), schema: unitSchema }),
  calendars: defineCollection({ loader: contentRootLoader('lich-nghi'), schema: calendarYearSchema }),
  meetings: defineCollection({ loader: contentRootLoader('hoi-nghi'), schema: meetingSchema }),
  notices: defineCollection({ loader: contentRootLoader('thong-bao'), schema: noticeSchema }),
  contents: defineCollection({ loader: contentRootLoader('noi-dung'), schema: contentSchema }),
  petitions: defineCollection({ loader: contentRootLoader('kien-nghi'), schema: petitionSchema }),
  conclusions: defineCollection({ loader: contentRootLoader('ket-luan'), schema: conclusionSchema }),
};
