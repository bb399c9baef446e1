/** The meetings: their list, and one meeting with its facts, its deadlines and its four parts. */
import { t } from '../../../i18n/index.ts';
import type { MeetingAudit } from '../../domain/audit/index.ts';
import type { MeetingData } from '../../domain/model/types.ts';
import { jsonLd, meetingEvent } from '../feeds/structured-data.ts';
import { meetingFacets, type SearchFacets } from '../search/facets.ts';
import { formatMeetingTime } from '../view/format.ts';
import { frameOf, type Crumb, type PageFrame } from '../view/frame.ts';
import { docItems, petitionRows, type DocItem, type PetitionRow } from '../view/items.ts';
import type { SiteView } from '../view/site-view.ts';
import { timelineRows, type TimelineRow } from './audit.ts';

export interface MeetingsPage {
  frame: PageFrame;
  title: string;
  meetings: { href: string; title: string; status: MeetingData['status']; when?: string }[];
}

/** Every meeting, newest first, with its status and time. */
export function meetingsPage(view: SiteView): MeetingsPage {
  return {
    frame: frameOf(view),
    title: t('site.meetings'),
    meetings: view.site.meetings.map((m) => ({
      href: view.urls.meeting(m.id),
      title: m.data.title,
      status: m.data.status,
      when: m.data.start ? formatMeetingTime(m.data.start) : m.data.period,
    })),
  };
}

/** The static paths of the meeting pages. */
export function meetingPaths(view: SiteView) {
  return view.site.meetings.map((m) => ({ params: { meeting: m.id } }));
}

export interface MeetingPage {
  frame: PageFrame;
  title: string;
  crumbs: Crumb[];
  search: SearchFacets;
  /** schema.org Event as JSON, once the meeting has a start */
  jsonLd?: string;
  data: MeetingData;
  /** The meeting's deadlines, when it has any */
  timeline?: { caption: string; rows: TimelineRow[]; reportHref?: string; auditHref: string };
  notices: DocItem[];
  contents: DocItem[];
  petitions: { caption: string; rows: PetitionRow[] };
  conclusions: DocItem[];
}

/** One meeting's page, by its id. */
export function meetingPage(view: SiteView, id: string): MeetingPage {
  const { site, urls } = view;
  const m = site.meetingById.get(id);
  if (!m) throw new Error(`no meeting "${id}"`);
  const meetings = t('site.meetings');
  const event = meetingEvent(m, site.unit, view.absolute(urls.meeting(m.id)));
  const audit: MeetingAudit | undefined = view.auditByMeeting.get(m.id);
  const dates = [
    m.data.plan.date,
    ...m.notices.flatMap((e) => [e.data.issued, e.data.published, e.data.postedAtDesk]),
    ...m.contents.map((e) => e.data.published),
    ...m.petitions.flatMap((e) => [e.data.received, e.data.answer?.date]),
    ...m.conclusions.flatMap((e) => [e.data.issued, e.data.published]),
  ];
  return {
    frame: frameOf(view, dates),
    title: m.data.title,
    crumbs: [{ label: meetings, href: urls.meetings }, { label: m.data.title }],
    search: meetingFacets(meetings, m),
    jsonLd: event && jsonLd(event),
    data: m.data,
    timeline:
      audit && audit.deadlines.length > 0
        ? {
            caption: t('audit.page.timelineCaption', { meeting: m.data.title }),
            rows: timelineRows(view, audit),
            reportHref: m.data.status === 'held' ? urls.report(m.id) : undefined,
            auditHref: urls.audit,
          }
        : undefined,
    notices: docItems(view, 'thong-bao', m.notices),
    contents: docItems(view, 'noi-dung', m.contents),
    petitions: { caption: `${t('site.petitionsOfMeeting')}: ${m.data.title}`, rows: petitionRows(view, m.petitions) },
    conclusions: docItems(view, 'ket-luan', m.conclusions),
  };
}
