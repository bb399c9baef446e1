/** `/lich.ics`: every meeting with a time, for calendar apps. */
import { t } from '../i18n/index.ts';
import { meetingsCalendar } from '../lib/present/feeds/calendar.ts';
import { textResponse } from '../data/feeds.ts';
import { viewOf } from '../data/views.ts';
import { settings } from '../settings.ts';

export async function GET() {
  const { site, urls, absolute } = await viewOf(settings().contentRoot);
  const text = meetingsCalendar(site, {
    name: t('public.calendarName', { unit: site.unit.shortName }),
    host: new URL(site.unit.portalUrl).host,
    meetingUrl: (id) => absolute(urls.meeting(id)),
  });
  return textResponse(text, 'text/calendar');
}
