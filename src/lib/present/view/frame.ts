/** What the page layout (src/layouts/Base.astro) shows around every page: the unit, the links, the day. */
import type { Unit } from '../../domain/model/types.ts';
import type { SiteView } from './site-view.ts';
import type { Urls } from './urls.ts';

export interface PageFrame {
  unit: Unit;
  urls: Urls;
  /** The build's day, shown as "updated" in the footer */
  asOf: string;
}

/** A link in the breadcrumbs; the last one, the page itself, has no `href`. */
export interface Crumb {
  label: string;
  href?: string;
}

/** The frame of every page of a site view. */
export function frameOf(view: SiteView): PageFrame {
  return { unit: view.site.unit, urls: view.urls, asOf: view.asOf };
}
