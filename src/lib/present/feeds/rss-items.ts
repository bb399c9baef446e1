/**
 * The RSS feed's items: every published document of the four parts, newest first. A petition counts as
 * published when it is received, and again (a second item) when its answer is published, since the
 * answer is what businesses wait for.
 */
import { vietnamInstant } from '../../base/dates/civil.ts';
import type { Site } from '../../domain/model/site.ts';
import type { Part } from '../../domain/model/types.ts';
import type { Urls } from '../view/urls.ts';

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
  const meetingTitle = (id: string) => site.meetingById.get(id)?.data.title ?? id;
  const item = (part: Part, id: string, title: string, date: string, meeting: string, number?: string): FeedItem => ({
    title,
    link: urls.doc(part, id),
    pubDate: vietnamInstant(date),
    description: [words.part(part), number && words.number(number), meetingTitle(meeting)].filter(Boolean).join(' · '),
    categories: [words.part(part)],
  });
  const items = [
    ...site.notices.map((e) => item('thong-bao', e.id, e.data.title, e.data.published, e.data.meeting, e.data.number)),
    ...site.contents.map((e) => item('noi-dung', e.id, e.data.title, e.data.published, e.data.meeting, e.data.number)),
    ...site.petitions.map((e) => item('kien-nghi', e.id, `${e.data.code}: ${e.data.title}`, e.data.received, e.data.meeting)),
    ...site.petitions
      .filter((e) => e.data.answer)
      .map((e) => ({
        ...item(
          'kien-nghi',
          e.id,
          words.answered(`${e.data.code}: ${e.data.title}`),
          e.data.answer!.date,
          e.data.meeting,
          e.data.answer!.number,
        ),
        link: `${urls.doc('kien-nghi', e.id)}#answer-heading`,
      })),
    ...site.conclusions.map((e) => item('ket-luan', e.id, e.data.title, e.data.published, e.data.meeting, e.data.number)),
  ];
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
