/** What the page layout (src/layouts/Base.astro) shows around every page: the unit, the links, the day the content last changed. */
import type { Unit } from '../../domain/model/types.ts';
import type { Site } from '../../domain/model/site.ts';
import type { SiteView } from './site-view.ts';
import type { Urls } from './urls.ts';

export interface PageFrame {
  unit: Unit;
  urls: Urls;
  /** The build's day (deadlines are counted to it) */
  asOf: string;
  /** `YYYY-MM-DD`: the latest of the page's content's own dates (issued, posted, received, answered), never after `asOf` */
  updated: string;
}

/** A link in the breadcrumbs; the last one, the page itself, has no `href`. */
export interface Crumb {
  label: string;
  href?: string;
}

/** The latest of some content dates that are not after `asOf`; `asOf` when there is none. */
export function latestDate(dates: readonly (string | undefined)[], asOf: string): string {
  let found: string | undefined;
  for (const d of dates) if (d && d <= asOf && (!found || d > found)) found = d;
  return found ?? asOf;
}

/** Every date on which the site's content changed: documents issued and posted, petitions received and answered. */
export function contentDates(site: Site): string[] {
  return [
    ...site.meetings.map((m) => m.data.plan.date),
    ...site.notices.flatMap((e) => [e.data.issued, e.data.published, e.data.postedAtDesk]),
    ...site.contents.flatMap((e) => [e.data.published]),
    ...site.petitions.flatMap((e) => [e.data.received, e.data.answer?.date]),
    ...site.conclusions.flatMap((e) => [e.data.issued, e.data.published]),
  ].filter((d): d is string => typeof d === 'string');
}

/**
 * The frame of a page of a site view. `dates`: the page's own content dates (a petition's received and
 * answered days); without them, the whole site's, so a list or the home page says when anything last changed.
 */
export function frameOf(view: SiteView, dates?: readonly (string | undefined)[]): PageFrame {
  return {
    unit: view.site.unit,
    urls: view.urls,
    asOf: view.asOf,
    updated: latestDate(dates ?? contentDates(view.site), view.asOf),
  };
}
