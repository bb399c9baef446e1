/**
 * The projections pages share: a document as an item of a list (written once for every part and every
 * list: part lists, a meeting's parts, the home page), a petition as a row of a table, an attachment as
 * a download link. Each takes the site view and returns plain data with its links.
 */
import type { Entry, ConclusionData, ContentData, NoticeData, Part, PetitionData } from '../../domain/model/types.ts';
import { partRow } from '../../domain/model/parts.ts';
import type { Site } from '../../domain/model/site.ts';
import { fileTypeLabel } from './format.ts';
import { contentKindLabel, noticeKindLabel, petitionGroupLabel } from './labels.ts';
import type { SiteView } from './site-view.ts';

/** The entries' data of each part. */
export interface PartData {
  'thong-bao': NoticeData;
  'noi-dung': ContentData;
  'kien-nghi': PetitionData;
  'ket-luan': ConclusionData;
}

/** The entries of a part, as the site model sorts them (newest first). */
export function partEntries<P extends Part>(site: Site, part: P): Entry<PartData[P]>[] {
  return site[partRow('slug', part).collection] as Entry<PartData[P]>[];
}

/** A document in a list: its title linking to it, its number, its date, its kind and meeting when the list mixes them. */
export interface DocItem {
  href: string;
  title: string;
  number?: string;
  /** `YYYY-MM-DD`: published, or received for a petition */
  date: string;
  kindLabel?: string;
  meetingTitle?: string;
}

/** An entry of a part as a list item; with `withMeeting`, the title of the meeting it belongs to. */
export function docItem<P extends Part>(view: SiteView, part: P, entry: Entry<PartData[P]>, withMeeting = false): DocItem {
  const href = view.urls.doc(part, entry.id);
  const meetingTitle = withMeeting ? view.site.meetingById.get(entry.data.meeting)?.data.title : undefined;
  const more = withMeeting ? { meetingTitle } : {};
  switch (part) {
    case 'thong-bao': {
      const d = entry.data as NoticeData;
      return { href, title: d.title, number: d.number, date: d.published, kindLabel: noticeKindLabel(d.kind), ...more };
    }
    case 'noi-dung': {
      const d = entry.data as ContentData;
      return { href, title: d.title, number: d.number, date: d.published, kindLabel: contentKindLabel(d.kind), ...more };
    }
    case 'kien-nghi': {
      const d = entry.data as PetitionData;
      return { href, title: `${d.code}: ${d.title}`, date: d.received, ...more };
    }
    default: {
      const d = entry.data as ConclusionData;
      return { href, title: d.title, number: d.number, date: d.published, ...more };
    }
  }
}

/** Every entry of a part as list items. */
export function docItems<P extends Part>(view: SiteView, part: P, entries: readonly Entry<PartData[P]>[], withMeeting = false): DocItem[] {
  return entries.map((e) => docItem(view, part, e, withMeeting));
}

/** A petition as a row of a petition table. */
export interface PetitionRow {
  href: string;
  code: string;
  title: string;
  submitter: string;
  groupLabel: string;
  /** `YYYY-MM-DD` */
  received: string;
  status: PetitionData['status'];
  /** Resolved for good (`resolved`): an answer that did not resolve is not shown as done */
  resolved?: boolean;
}

/** The petitions as table rows. */
export function petitionRows(view: SiteView, petitions: readonly Entry<PetitionData>[]): PetitionRow[] {
  return petitions.map((p) => ({
    href: view.urls.doc('kien-nghi', p.id),
    code: p.data.code,
    title: p.data.title,
    submitter: p.data.submitter.name,
    groupLabel: petitionGroupLabel(p.data.group),
    received: p.data.received,
    status: p.data.status,
    resolved: p.data.resolved,
  }));
}

/** An attachment or a form as a download link. */
export interface DownloadLink {
  href: string;
  title: string;
  /** `PDF`, `DOCX` */
  typeLabel: string;
}

/** A document's attachments as download links. */
export function downloads(view: SiteView, items: readonly { title: string; file: string }[] = []): DownloadLink[] {
  return items.map((a) => ({ href: view.urls.file(a.file), title: a.title, typeLabel: fileTypeLabel(a.file) }));
}

/** An answered petition whose answer did not resolve it for good (`resolved: false`). */
export function isUnresolvedAnswer(status: string, resolved: boolean | undefined): boolean {
  return resolved === false && (status === 'answered-at-meeting' || status === 'answered-in-writing');
}
