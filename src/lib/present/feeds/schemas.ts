/**
 * The JSON Schemas a unit publishes beside its data (`schema/du-lieu.schema.json`,
 * `schema/kiem-tra.schema.json`), generated from the zod schemas the city build validates with
 * (src/lib/ingest/published), so the published schema and the city's check cannot drift apart.
 */
import { z } from 'astro/zod';
import { t } from '../../../i18n/index.ts';
import { auditFileSchema } from '../../ingest/published/audit.ts';
import { openDataSchema } from '../../ingest/published/open-data.ts';

/** The path of each schema under the section's base. */
export const SCHEMA_PATHS = { data: 'schema/du-lieu.schema.json', audit: 'schema/kiem-tra.schema.json' } as const;

/** A JSON Schema (draft 2020-12) with its own address and a title. */
export function publishedJsonSchema(kind: keyof typeof SCHEMA_PATHS, id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(kind === 'data' ? openDataSchema : auditFileSchema, { io: 'input' }) as Record<string, unknown>;
  const title = t(kind === 'data' ? 'city.schema.dataTitle' : 'city.schema.auditTitle');
  return { $schema: schema.$schema, $id: id, title, ...schema };
}
