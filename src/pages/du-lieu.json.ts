/** `/du-lieu.json`: the open data (schema in docs/open-data.md). */
import { openDataOf, textResponse } from '../data/feeds.ts';
import { viewOf } from '../data/views.ts';
import { settings } from '../settings.ts';

export async function GET() {
  return textResponse(`${JSON.stringify(openDataOf(await viewOf(settings().contentRoot)), null, 2)}\n`, 'application/json');
}
