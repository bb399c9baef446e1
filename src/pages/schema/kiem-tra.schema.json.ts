/** `/schema/kiem-tra.schema.json`: the JSON Schema of `kiem-tra.json` (generated from the zod schema the city validates with). */
import { publishedJsonSchema, SCHEMA_PATHS } from '../../lib/present/feeds/schemas.ts';
import { textResponse } from '../../data/feeds.ts';
import { viewOf } from '../../data/views.ts';
import { settings } from '../../settings.ts';

export async function GET() {
  const view = await viewOf(settings().contentRoot);
  const schema = publishedJsonSchema('audit', view.absolute(`${view.urls.home}${SCHEMA_PATHS.audit}`));
  return textResponse(`${JSON.stringify(schema, null, 2)}\n`, 'application/schema+json');
}
