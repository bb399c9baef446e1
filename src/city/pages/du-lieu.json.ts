/** `/du-lieu.json`: the city's open data (units and the state of their data, meetings, quarters). */
import type { APIContext } from 'astro';
import { cityOpenData } from '../../lib/present/city/feeds.ts';
import { cityBuild, textResponse } from '../data/city.ts';

export function GET(context: APIContext) {
  const { city, urls } = cityBuild();
  const data = cityOpenData(city, urls, (path) => new URL(path, context.site).href);
  return textResponse(`${JSON.stringify(data, null, 2)}\n`, 'application/json');
}
