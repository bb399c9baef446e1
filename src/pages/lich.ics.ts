/** `/lich.ics`: every meeting with a time, for calendar apps. */
import type { APIContext } from 'astro';
import { t } from '../i18n/index.ts';
import { meetingsCalendar } from '../lib/present/feeds/calendar.ts';
import { absoluteUrl, textResponse } from '../data/feeds.ts';
import { getSite } from '../data/site.ts';
import { urls } from '../data/urls.ts';

export async function GET(context: APIContext) {
  const site = await getSite();
  const text = meetingsCalendar(site, {
    name: t('public.calendarName', { unit: site.unit.shortName }),
    host: new URL(site.unit.portalUrl).host,
    meetingUrl: (id) => absoluteUrl(context, urls.meeting(id)),
  });
  return textResponse(text, 'text/calendar');
}
