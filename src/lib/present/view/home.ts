/** What the section's home page shows first: the next meeting and the latest documents. */
import { datePart } from '../../base/dates/civil.ts';
import type { Meeting, Site } from '../../domain/model/site.ts';
import type { Entry, Part } from '../../domain/model/types.ts';

/**
 * The meeting businesses should know about now: the next scheduled one (start on or after today),
 * else the latest planned one, else none.
 */
export function nextMeeting(site: Site, today: string): Meeting | undefined {
  const upcoming = site.meetings
    .filter((m) => m.data.status === 'scheduled' && m.data.start && datePart(m.data.start) >= today)
    .sort((a, b) => (a.data.start! < b.data.start! ? -1 : 1));
  return upcoming[0] ?? site.meetings.find((m) => m.data.status === 'planned');
}

export interface LatestDocument {
  part: Part;
  id: string;
  title: string;
  published: string;
  meeting: string;
}

/** The newest documents of every part together, newest first. */
export function latestDocuments(site: Site, count: number): LatestDocument[] {
  const all: LatestDocument[] = [
    ...site.notices.map((e) => doc('thong-bao', e, e.data.published)),
    ...site.contents.map((e) => doc('noi-dung', e, e.data.published)),
    ...site.petitions.map((e) => doc('kien-nghi', e, e.data.answer?.date ?? e.data.received)),
    ...site.conclusions.map((e) => doc('ket-luan', e, e.data.published)),
  ];
  return all.sort((a, b) => (a.published === b.published ? 0 : a.published < b.published ? 1 : -1)).slice(0, count);
}

function doc(part: Part, entry: Entry<{ title: string; meeting: string }>, published: string): LatestDocument {
  return { part, id: entry.id, title: entry.data.title, published, meeting: entry.data.meeting };
}
