/** What document pages and lists show of each kind of entry. */
import { docTypeName, parseDocNumber } from '../../base/text/doc-number.ts';
import type { Site } from '../../domain/model/site.ts';
import type { Entry, PetitionData } from '../../domain/model/types.ts';
import { contentKindLabel, noticeKindLabel } from './labels.ts';

/** The document type in capitals for the heading (`KẾ HOẠCH`), from its number's symbol. */
export function docKindHeading(number: string | undefined): string | undefined {
  const type = number ? parseDocNumber(number)?.type : undefined;
  const name = type ? docTypeName(type) : undefined;
  return name?.toLocaleUpperCase('vi');
}

/** List items for each part, with the meeting's title. */
export function partItems(site: Site) {
  const meetingTitle = (id: string) => site.meetingById.get(id)?.data.title;
  return {
    'thong-bao': site.notices.map((e) => ({
      id: e.id,
      title: e.data.title,
      number: e.data.number,
      date: e.data.published,
      kindLabel: noticeKindLabel(e.data.kind),
      meetingTitle: meetingTitle(e.data.meeting),
    })),
    'noi-dung': site.contents.map((e) => ({
      id: e.id,
      title: e.data.title,
      number: e.data.number,
      date: e.data.published,
      kindLabel: contentKindLabel(e.data.kind),
      meetingTitle: meetingTitle(e.data.meeting),
    })),
    'ket-luan': site.conclusions.map((e) => ({
      id: e.id,
      title: e.data.title,
      number: e.data.number,
      date: e.data.published,
      meetingTitle: meetingTitle(e.data.meeting),
    })),
  };
}

/** Petitions split into pages of `size`. */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

export const PETITIONS_PER_PAGE = 50;

export type PetitionEntry = Entry<PetitionData>;
