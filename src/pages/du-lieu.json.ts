/** `/du-lieu.json`: the open data (schema in docs/open-data.md). */
import type { APIContext } from 'astro';
import { getOpenData, textResponse } from '../data/feeds.ts';

export async function GET(context: APIContext) {
  return textResponse(`${JSON.stringify(await getOpenData(context), null, 2)}\n`, 'application/json');
}
