/** `/du-lieu/kien-nghi.csv`: the petitions as CSV (columns in docs/open-data.md). */
import type { APIContext } from 'astro';
import { PETITION_COLUMNS, toCsv } from '../../lib/present/feeds/open-data.ts';
import { getOpenData, textResponse } from '../../data/feeds.ts';

export async function GET(context: APIContext) {
  return textResponse(toCsv((await getOpenData(context)).petitions, PETITION_COLUMNS), 'text/csv');
}
