/** `/rss.xml`: the upcoming meetings of every unit. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../../i18n/index.ts';
import { upcomingFeedItems } from '../../lib/present/city/feeds.ts';
import { cityBuild } from '../data/city.ts';

export async function GET(context: APIContext) {
  const { city, urls } = cityBuild();
  return rss({
    title: t('city.feeds.rssTitle', { city: city.name }),
    description: t('city.feeds.rssDescription', { city: city.name }),
    site: new URL(urls.home, context.site),
    items: upcomingFeedItems(city, urls),
    customData: '<language>vi</language>',
  });
}
