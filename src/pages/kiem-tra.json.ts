/** `/kiem-tra.json`: the audit as of the build day (the JSON of `npm run audit -- --json`), for the city build. */
import { auditJson } from '../lib/domain/audit/index.ts';
import { textResponse } from '../data/feeds.ts';
import { viewOf } from '../data/views.ts';
import { settings } from '../settings.ts';

export async function GET() {
  return textResponse(`${JSON.stringify(auditJson((await viewOf(settings().contentRoot)).audit), null, 2)}\n`, 'application/json');
}
