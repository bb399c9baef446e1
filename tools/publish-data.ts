/**
 * What a unit build publishes for the city (du-lieu.json, kiem-tra.json and their JSON Schemas), written
 * straight from a content root with the same library functions the build's endpoints call, without
 * rendering the pages. `npm run bench:city` uses it to prepare 150 units in minutes instead of an hour;
 * test/integration/publish-data.test.ts checks that its files are byte for byte the build's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { auditJson } from '../src/lib/domain/audit/index.ts';
import { buildSite } from '../src/lib/domain/model/site.ts';
import { formatReport } from '../src/lib/ingest/content/errors.ts';
import { loadContentRoot } from '../src/lib/ingest/root/load.ts';
import { openData } from '../src/lib/present/feeds/open-data.ts';
import { publishedJsonSchema, SCHEMA_PATHS } from '../src/lib/present/feeds/schemas.ts';
import { siteView } from '../src/lib/present/view/site-view.ts';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes the unit's data files into `outDir` as the build would publish them at `origin` + `base`. */
export async function publishData(
  contentRoot: string,
  outDir: string,
  options: { asOf: string; base: string; origin: string },
): Promise<void> {
  const content = await loadContentRoot(contentRoot);
  if (!content.ok) throw new Error(formatReport(content.problems));
  const view = siteView(buildSite(content.entries), options);
  await mkdir(path.join(outDir, 'schema'), { recursive: true });
  await writeFile(path.join(outDir, 'du-lieu.json'), json(openData(view.site, view.urls, view.asOf, view.absolute)));
  await writeFile(path.join(outDir, 'kiem-tra.json'), json(auditJson(view.audit)));
  for (const kind of ['data', 'audit'] as const) {
    const schema = publishedJsonSchema(kind, view.absolute(`${view.urls.home}${SCHEMA_PATHS[kind]}`));
    await writeFile(path.join(outDir, SCHEMA_PATHS[kind]), json(schema));
  }
}
