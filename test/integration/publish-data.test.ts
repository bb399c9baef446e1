/** tools/publish-data.ts writes what the build publishes for the city, byte for byte (the bench relies on it). */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT } from '../../tools/build-site.ts';
import { publishData } from '../../tools/publish-data.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('publishData', () => {
  it('writes du-lieu.json, kiem-tra.json and their schemas exactly as the build does', async () => {
    const contentDir = path.join(PROJECT, 'examples/bql-kkt-hai-phong');
    const origin = 'http://127.0.0.1:8123';
    const built = await buildSite({ contentDir, asOf: '2026-12-04', env: { SITE: origin } });
    expect(built.status, built.stderr).toBe(0);
    dirs.push(path.dirname(built.outDir));
    const out = await mkdtemp(path.join(tmpdir(), 'dtdn-publish-'));
    dirs.push(out);
    await publishData(contentDir, out, { asOf: '2026-12-04', base: '/doi-thoai-doanh-nghiep/', origin });
    for (const file of ['du-lieu.json', 'kiem-tra.json', 'schema/du-lieu.schema.json', 'schema/kiem-tra.schema.json']) {
      expect(await readFile(path.join(out, file), 'utf8'), file).toBe(await readFile(path.join(built.outDir, file), 'utf8'));
    }
  });
});
