/**
 * The RSS feed's items: every published document of the four parts, newest first. A petition counts as
 * published when it is received, and again (a second item) when its answer is published, since the
 * answer is what businesses wait for.
 */
import { vietnamInstant } from '../../base/dates/civil.ts';
import type { Site } from '../../domain/model/site.ts';
import type { Part } from '../../domain/model/types.ts';
import type { Urls } from '../view/urls.ts';
import { finalAnswer, petitionMeetings } from '../../domain/model/facts.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

export interface FeedWords {
  part: (part: Part) => string;
  answered: (title: string) => string;
  number: (number: string) => string;
}

/** Every document as a feed item, newest first (ties by link, so the feed is the same build after build). */
export function feedItems(site: Site, urls: Urls, words: FeedWords): FeedItem[] {
  const meetingTitle = (id: string | undefined) => (id ? (site.meetingById.get(id)?.data.title ?? id) : undefined);
  // A document whose date the source does not give has no place in a dated feed: it is left out.
  const item = (part: Part, id: string, title: string, date: string | null, meeting?: string, number?: string | null): FeedItem[] =>
    date === null
      ? []
      : [
          {
            title,
            link: urls.doc(part, id),
            pubDate: vietnamInstant(date),
            description: [words.part(part), number && words.number(number), meetingTitle(meeting)].filter(Boolean).join(' · '),
            categories: [words.part(part)],
          },
        ];
  const items = [
    ...site.notices.flatMap((e) => item('thong-bao', e.id, e.data.title, e.data.published, e.data.meeting, e.data.number)),
    ...site.contents.flatMap((e) => item('noi-dung', e.id, e.data.title, e.data.published, e.data.meeting, e.data.number)),
    ...site.petitions.flatMap((e) =>
      item('kien-nghi', e.id, `${e.data.code}: ${e.data.title}`, e.data.received, petitionMeetings(e.data)[0]),
    ),
    ...site.petitions.flatMap((e) => {
      const final = finalAnswer(e.data);
      if (!final) return [];
      return item(
        'kien-nghi',
        e.id,
        words.answered(`${e.data.code}: ${e.data.title}`),
        final.date,
        petitionMeetings(e.data)[0],
        final.number,
      ).map((i) => ({ ...i, link: `${urls.doc('kien-nghi', e.id)}#answer-heading` }));
    }),
    ...site.conclusions.flatMap((e) => item('ket-luan', e.id, e.data.title, e.data.published, e.data.meeting, e.data.number)),
  ];
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
