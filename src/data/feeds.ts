/** What the feed endpoints share: the open data of a site view, and a text response with its media type. */
import { openData, type OpenData } from '../lib/present/feeds/open-data.ts';
import type { SiteView } from '../lib/present/view/site-view.ts';

/** The open data set of a site view. */
export function openDataOf(view: SiteView): OpenData {
  return openData(view.site, view.urls, view.asOf, view.absolute);
}

/** A text response with its media type. */
export function textResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
