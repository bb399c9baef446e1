/** `/du-lieu/hoi-nghi.csv`: every unit's meetings (UTF-8 with BOM, CRLF). */
import type { APIContext } from 'astro';
import { toCsv } from '../../../lib/present/feeds/open-data.ts';
import { CITY_MEETING_COLUMNS, cityOpenData } from '../../../lib/present/city/feeds.ts';
import { cityBuild, textResponse } from '../../data/city.ts';

export function GET(context: APIContext) {
  const { city, urls } = cityBuild();
  const data = cityOpenData(city, urls, (path) => new URL(path, context.site).href);
  return textResponse(toCsv(data.meetings, CITY_MEETING_COLUMNS), 'text/csv');
}
