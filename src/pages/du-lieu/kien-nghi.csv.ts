/** `/du-lieu/kien-nghi.csv`: the petitions as CSV (columns in docs/open-data.md). */
import { openDataOf, textResponse } from '../../data/feeds.ts';
import { viewOf } from '../../data/views.ts';
import { PETITION_COLUMNS, toCsv } from '../../lib/present/feeds/open-data.ts';
import { settings } from '../../settings.ts';

export async function GET() {
  return textResponse(toCsv(openDataOf(await viewOf(settings().contentRoot)).petitions, PETITION_COLUMNS), 'text/csv');
}
