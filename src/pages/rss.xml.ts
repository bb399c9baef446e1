/** `/rss.xml`: every new document of the four parts. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../i18n/index.ts';
import { feedItems } from '../lib/present/feeds/rss-items.ts';
import { getSite } from '../data/site.ts';
import { urls } from '../data/urls.ts';

export async function GET(context: APIContext) {
  const site = await getSite();
  const { unit } = site;
  return rss({
    title: t('public.rssTitle', { section: unit.sectionTitle, unit: unit.shortName }),
    description: t('public.rssDescription', { section: unit.sectionTitle }),
    site: new URL(urls.home, context.site),
    items: feedItems(site, urls, {
      part: (part) => t(`site.part.${part}`),
      answered: (title) => t('public.rssAnswered', { title }),
      number: (number) => t('public.rssNumber', { number }),
    }),
    customData: '<language>vi</language>',
  });
}
