/** `/kiem-tra.json`: the audit as of the build day (the JSON of `npm run audit -- --json`), for the city build. */
import { auditJson } from '../lib/domain/audit/index.ts';
import { getAudit } from '../data/audit.ts';
import { textResponse } from '../data/feeds.ts';

export async function GET() {
  return textResponse(`${JSON.stringify(auditJson((await getAudit()).result), null, 2)}\n`, 'application/json');
}
