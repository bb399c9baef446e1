/** What the section's home page shows first: the next meeting and the latest documents. */
import { datePart } from '../../base/dates/civil.ts';
import type { Meeting, Site } from '../../domain/model/site.ts';
import type { Entry, Part } from '../../domain/model/types.ts';
import { finalAnswer, petitionMeetings } from '../../domain/model/facts.ts';

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
  /** `YYYY-MM-DD`, or null when the source does not give it */
  published: string | null;
  /** The meeting it belongs to; absent for a petition of the standing channel */
  meeting?: string;
}

/** The newest documents of every part together, newest first. */
export function latestDocuments(site: Site, count: number): LatestDocument[] {
  const all: LatestDocument[] = [
    ...site.notices.map((e) => doc('thong-bao', e, e.data.published)),
    ...site.contents.map((e) => doc('noi-dung', e, e.data.published)),
    ...site.petitions.map((e) =>
      doc('kien-nghi', { ...e, data: { ...e.data, meeting: petitionMeetings(e.data)[0] } }, finalAnswer(e.data)?.date ?? e.data.received),
    ),
    ...site.conclusions.map((e) => doc('ket-luan', e, e.data.published)),
  ];
  const key = (d: LatestDocument) => d.published ?? '';
  return all.sort((a, b) => (key(a) === key(b) ? 0 : key(a) < key(b) ? 1 : -1)).slice(0, count);
}

function doc(part: Part, entry: Entry<{ title: string; meeting?: string }>, published: string | null): LatestDocument {
  return { part, id: entry.id, title: entry.data.title, published, ...(entry.data.meeting ? { meeting: entry.data.meeting } : {}) };
}
