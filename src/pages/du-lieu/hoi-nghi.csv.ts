/** `/du-lieu/hoi-nghi.csv`: the meetings as CSV (columns in docs/open-data.md). */
import { openDataOf, textResponse } from '../../data/feeds.ts';
import { viewOf } from '../../data/views.ts';
import { MEETING_COLUMNS, toCsv } from '../../lib/present/feeds/open-data.ts';
import { settings } from '../../settings.ts';

export async function GET() {
  return textResponse(toCsv(openDataOf(await viewOf(settings().contentRoot)).meetings, MEETING_COLUMNS), 'text/csv');
}
