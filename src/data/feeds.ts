/** What the feed endpoints share: the site model, this build's URLs and absolute URLs on the portal. */
import type { APIContext } from 'astro';
import { openData } from '../lib/present/feeds/open-data.ts';
import { asOf } from './env.ts';
import { getSite } from './site.ts';
import { urls } from './urls.ts';

/** An absolute URL on the portal for a site path (`site` in astro.config.mjs). */
export function absoluteUrl(context: Pick<APIContext, 'site'>, path: string): string {
  return new URL(path, context.site).href;
}

/** The open data set of this build. */
export async function getOpenData(context: Pick<APIContext, 'site'>) {
  return openData(await getSite(), urls, asOf(), (path) => absoluteUrl(context, path));
}

/** A text response with its media type. */
export function textResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
