/**
 * `/robots.txt` of the section. Crawlers read robots.txt only at a host's root: when the section lives
 * under a path of the portal, the portal's own robots.txt should carry these lines.
 */
import { textResponse } from '../data/feeds.ts';
import { viewOf } from '../data/views.ts';
import { settings } from '../settings.ts';

export async function GET() {
  const { urls, absolute } = await viewOf(settings().contentRoot);
  const lines = [
    'User-agent: *',
    `Disallow: ${urls.home}admin/`,
    `Disallow: ${urls.audit}`,
    '',
    `Sitemap: ${absolute(`${urls.home}sitemap-index.xml`)}`,
  ];
  return textResponse(`${lines.join('\n')}\n`, 'text/plain');
}
