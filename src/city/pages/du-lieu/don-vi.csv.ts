/** `/du-lieu/don-vi.csv`: the units and the state of their data (UTF-8 with BOM, CRLF). */
import type { APIContext } from 'astro';
import { toCsv } from '../../../lib/present/feeds/open-data.ts';
import { CITY_UNIT_COLUMNS, cityOpenData } from '../../../lib/present/city/feeds.ts';
import { cityBuild, textResponse } from '../../data/city.ts';

export function GET(context: APIContext) {
  const { city, urls } = cityBuild();
  const data = cityOpenData(city, urls, (path) => new URL(path, context.site).href);
  return textResponse(toCsv(data.units, CITY_UNIT_COLUMNS), 'text/csv');
}
