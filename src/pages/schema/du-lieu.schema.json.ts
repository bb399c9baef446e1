/** `/schema/du-lieu.schema.json`: the JSON Schema of `du-lieu.json` (generated from the zod schema the city validates with). */
import type { APIContext } from 'astro';
import { publishedJsonSchema, SCHEMA_PATHS } from '../../lib/present/feeds/schemas.ts';
import { absoluteUrl, textResponse } from '../../data/feeds.ts';
import { urls } from '../../data/urls.ts';

export function GET(context: APIContext) {
  const id = absoluteUrl(context, `${urls.home}${SCHEMA_PATHS.data}`);
  return textResponse(`${JSON.stringify(publishedJsonSchema('data', id), null, 2)}\n`, 'application/schema+json');
}
