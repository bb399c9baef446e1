/** Parts 1, 2 and 4: their lists, and one document laid out like the signed paper. */
import { t } from '../../../i18n/index.ts';
import type { ConclusionData, ContentData, NoticeData, Part } from '../../domain/model/types.ts';
import type { Meeting } from '../../domain/model/site.ts';
import { partRow } from '../../domain/model/parts.ts';
import { documentFacets, type SearchFacets } from '../search/facets.ts';
import { docKindHeading } from '../view/documents.ts';
import { fileTypeLabel } from '../view/format.ts';
import { frameOf, type Crumb, type PageFrame } from '../view/frame.ts';
import { docItems, downloads, partEntries, type DocItem, type DownloadLink, type PartData } from '../view/items.ts';
import { contentKindLabel } from '../view/labels.ts';
import type { SiteView } from '../view/site-view.ts';

type DocumentPart = Exclude<Part, 'kien-nghi'>;

export interface PartPage {
  frame: PageFrame;
  part: DocumentPart;
  title: string;
  intro: string;
  items: DocItem[];
}

/** A part's list: every document of the part, newest first, each with its meeting. */
export function partPage(view: SiteView, part: DocumentPart): PartPage {
  return {
    frame: frameOf(view),
    part,
    title: t(`site.part.${part}`),
    intro: t(`site.partIntro.${part}`),
    items: docItems(view, part, partEntries(view.site, part), true),
  };
}

/** The static paths of a part's document pages. */
export function documentPaths(view: SiteView, part: Part) {
  return partEntries(view.site, part).map((e) => ({ params: { slug: e.id } }));
}

/** What a document page shows in every part: its heading as Decree 30 lays it out, its meeting, its body. */
export interface DocumentPage<T> {
  frame: PageFrame;
  data: T;
  crumbs: Crumb[];
  search: SearchFacets;
  head: { issuer: string; place: string; number?: string; issued?: string; kind?: string; title: string };
  meeting: { href: string; title: string };
  /** The body, rendered and sanitised */
  html: string;
  attachments: DownloadLink[];
}

function documentPage<P extends DocumentPart>(
  view: SiteView,
  part: P,
  id: string,
  kind?: string,
): DocumentPage<PartData[P]> & { m: Meeting } {
  const entry = view.byId[part].get(id);
  if (!entry) throw new Error(`no document "${id}" in ${part}`);
  const d = entry.data as NoticeData | ContentData | ConclusionData;
  const { unit, meetingById } = view.site;
  const meeting = meetingById.get(d.meeting)!;
  const label = t(partRow('slug', part).label);
  return {
    frame: frameOf(view, [d.issued, d.published, 'postedAtDesk' in d ? d.postedAtDesk : undefined]),
    data: entry.data,
    crumbs: [{ label, href: view.urls.part(part) }, { label: d.title }],
    search: documentFacets(label, d.published),
    head: {
      issuer: unit.shortName,
      place: unit.place,
      number: d.number,
      issued: d.issued,
      kind: kind ?? docKindHeading(d.number),
      title: d.title,
    },
    meeting: { href: view.urls.meeting(meeting.id), title: meeting.data.title },
    html: entry.html?.body ?? '',
    attachments: downloads(view, d.attachments),
    m: meeting,
  };
}

export interface NoticePage extends DocumentPage<NoticeData> {
  desk: string;
  /** How to register, when the notice says */
  registration?: {
    /** The meeting's registration deadline, `YYYY-MM-DD` */
    deadline?: string;
    howToHtml?: string;
    form?: { href: string; typeLabel: string };
  };
}

/** Part 1: one notice (or the plan posted as the notice), with how to register and the form. */
export function noticePage(view: SiteView, id: string): NoticePage {
  const { m, ...page } = documentPage(view, 'thong-bao', id);
  const d = page.data;
  const html = view.byId['thong-bao'].get(id)!.html;
  return {
    ...page,
    desk: view.site.unit.oneStopDesk,
    registration: d.registration && {
      deadline: m.data.registrationDeadline,
      howToHtml: html?.fields['registration.howTo'],
      form: d.registration.form ? { href: view.urls.file(d.registration.form), typeLabel: fileTypeLabel(d.registration.form) } : undefined,
    },
  };
}

/** Part 2: one document of the meeting's content; an agenda shows as a table. */
export function contentPage(view: SiteView, id: string): DocumentPage<ContentData> {
  const entry = view.byId['noi-dung'].get(id);
  const kind = entry && (docKindHeading(entry.data.number) ?? contentKindLabel(entry.data.kind).toLocaleUpperCase('vi'));
  const { m: _meeting, ...page } = documentPage(view, 'noi-dung', id, kind);
  return page;
}

/** Part 4: one conclusion notice. */
export function conclusionPage(view: SiteView, id: string): DocumentPage<ConclusionData> {
  const { m: _meeting, ...page } = documentPage(view, 'ket-luan', id);
  return page;
}
