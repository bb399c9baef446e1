/**
 * `/robots.txt` of the section. Crawlers read robots.txt only at a host's root: when the section lives
 * under a path of the portal, the portal's own robots.txt should carry these lines.
 */
import type { APIContext } from 'astro';
import { absoluteUrl, textResponse } from '../data/feeds.ts';
import { urls } from '../data/urls.ts';

export function GET(context: APIContext) {
  const lines = [
    'User-agent: *',
    `Disallow: ${urls.home}admin/`,
    `Disallow: ${urls.audit}`,
    '',
    `Sitemap: ${absoluteUrl(context, `${urls.home}sitemap-index.xml`)}`,
  ];
  return textResponse(`${lines.join('\n')}\n`, 'text/plain');
}
