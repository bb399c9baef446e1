/** `/rss.xml`: every new document of the four parts. */
import rss from '@astrojs/rss';
import { t } from '../i18n/index.ts';
import { feedItems } from '../lib/present/feeds/rss-items.ts';
import { viewOf } from '../data/views.ts';
import { settings } from '../settings.ts';

export async function GET() {
  const { site, urls, absolute } = await viewOf(settings().contentRoot);
  const { unit } = site;
  return rss({
    title: t('public.rssTitle', { section: unit.sectionTitle, unit: unit.shortName }),
    description: t('public.rssDescription', { section: unit.sectionTitle }),
    site: absolute(urls.home),
    items: feedItems(site, urls, {
      part: (part) => t(`site.part.${part}`),
      answered: (title) => t('public.rssAnswered', { title }),
      number: (number) => t('public.rssNumber', { number }),
    }),
    customData: '<language>vi</language>',
  });
}
