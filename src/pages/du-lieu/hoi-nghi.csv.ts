/** `/du-lieu/hoi-nghi.csv`: the meetings as CSV (columns in docs/open-data.md). */
import type { APIContext } from 'astro';
import { MEETING_COLUMNS, toCsv } from '../../lib/present/feeds/open-data.ts';
import { getOpenData, textResponse } from '../../data/feeds.ts';

export async function GET(context: APIContext) {
  return textResponse(toCsv((await getOpenData(context)).meetings, MEETING_COLUMNS), 'text/csv');
}
