/** `/lich.ics`: the upcoming meetings of every unit (iCalendar, Vietnam time). */
import type { APIContext } from 'astro';
import { upcomingCalendar } from '../../lib/present/city/feeds.ts';
import { cityBuild, textResponse } from '../data/city.ts';

export function GET(context: APIContext) {
  return textResponse(upcomingCalendar(cityBuild().city, new URL(context.site ?? 'https://example.gov.vn').host), 'text/calendar');
}
