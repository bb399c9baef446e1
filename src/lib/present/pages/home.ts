/** The section's home page and the page for a missing address. */
import { isTopUnit } from '../../domain/model/facts.ts';
import { t } from '../../../i18n/index.ts';
import type { MeetingData } from '../../domain/model/types.ts';
import { PARTS, type Part } from '../../domain/model/parts.ts';
import { formatDecreeDate } from '../view/format.ts';
import { frameOf, type PageFrame } from '../view/frame.ts';
import { nextMeeting } from '../view/home.ts';
import { docItems, partEntries, type DocItem } from '../view/items.ts';
import type { SiteView } from '../view/site-view.ts';
import { takePartHref } from './take-part.ts';

export interface HomePage {
  frame: PageFrame;
  title: string;
  /** The meeting businesses should know about now */
  next?: { href: string; title: string; data: MeetingData; takePartHref?: string; topUnit: boolean };
  parts: { part: Part; number: number; label: string; href: string; count: string; items: DocItem[] }[];
  meetings: { href: string; title: string; when?: string }[];
}

/** The home page: the next meeting, each part with its count and latest three documents, every meeting. */
export function homePage(view: SiteView): HomePage {
  const { site, urls } = view;
  const next = nextMeeting(site, view.asOf);
  return {
    frame: frameOf(view),
    title: site.unit.sectionTitle,
    next: next && {
      href: urls.meeting(next.id),
      title: next.data.title,
      data: next.data,
      takePartHref: takePartHref(view, next),
      topUnit: isTopUnit(site.unit.kind),
    },
    parts: PARTS.map((part, i) => {
      const entries = partEntries(site, part);
      const count = part === 'kien-nghi' ? t('site.countPetitions', { count: entries.length }) : t('site.count', { count: entries.length });
      // Petitions are many and belong to one meeting each: their list shows code and title, not the meeting.
      return {
        part,
        number: i + 1,
        label: t(`site.part.${part}`),
        href: urls.part(part),
        count,
        items: docItems(view, part, entries.slice(0, 3), part !== 'kien-nghi'),
      };
    }),
    meetings: site.meetings.map((m) => ({
      href: urls.meeting(m.id),
      title: m.data.title,
      when: m.data.period ?? (m.day && formatDecreeDate(m.day)),
    })),
  };
}

export interface NotFoundPage {
  frame: PageFrame;
  title: string;
  homeHref: string;
}

/** The page for an address that does not exist. */
export function notFoundPage(view: SiteView): NotFoundPage {
  return { frame: frameOf(view), title: t('site.notFound'), homeHref: view.urls.home };
}
