import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/ingest/content/errors.ts';
import { loadContentRoot } from '../../../src/lib/ingest/root/load.ts';
import { generateCorpus, GROUPS, MEETING_STATUSES, PETITION_STATUSES } from '../../../tools/gen/corpus.ts';
import { generateRoots, GENERATED_MARKER } from '../../../tools/gen/write.ts';
import { DEMO } from '../../helpers/content-root.ts';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dtdn-gen-'));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

async function loadGenerated(petitions: number, seed: string | number = 1) {
  const out = await tempDir();
  const [root] = generateRoots({ out: path.join(out, 'root'), petitions, seed });
  return loadContentRoot(root!.root);
}

describe('corpus generator', () => {
  it('writes a content root that validates with no problem, with every group and status', async () => {
    const content = await loadGenerated(80);
    expect(content.problems.map(formatProblem)).toEqual([]);
    const of = (collection: string) => content.entries.filter((e) => e.collection === collection);
    const petitions = of('kien-nghi');
    expect(petitions).toHaveLength(80);
    expect(new Set(petitions.map((p) => p.data.group))).toEqual(new Set(GROUPS));
    expect(new Set(petitions.map((p) => p.data.status))).toEqual(new Set(PETITION_STATUSES));
    expect(new Set(of('hoi-nghi').map((m) => m.data.status))).toEqual(new Set(MEETING_STATUSES));
    // Meetings across years, and a calendar for each of them.
    const meetingYears = new Set(of('hoi-nghi').map((m) => m.id.slice(0, 4)));
    expect(meetingYears.size).toBeGreaterThanOrEqual(2);
    const calendarYears = new Set(of('lich-nghi').map((c) => String(c.data.year)));
    for (const year of meetingYears) expect(calendarYears).toContain(year);
    // The four parts are there, and files are attached (their existence is part of the validation).
    for (const part of ['thong-bao', 'noi-dung', 'ket-luan']) expect(of(part).length).toBeGreaterThan(0);
    expect(petitions.some((p) => (p.data.answer as { file?: string } | undefined)?.file)).toBe(true);
    expect(of('thong-bao').some((n) => n.data.kind === 'postponement')).toBe(true);
    // Vietnamese text, NFC.
    const first = petitions[0]!;
    expect(first.body).toMatch(/[ạảãàáâầấậẫẩăằắặẵẳđêềếệễểôồốộỗổơờớợỡởưừứựữử]/u);
    expect(first.body).toBe(first.body!.normalize('NFC'));
  });

  it('uses the official calendars (2024, 2025, 2026) where there are, the law only for other years (issue 11)', async () => {
    const corpus = generateCorpus({ petitions: 1000, seed: 'scale' });
    const official = readFileSync(path.join(DEMO, 'lich-nghi/2024.yaml'), 'utf8');
    expect(corpus.files.get('lich-nghi/2024.yaml')).toBe(official);
    expect(String(corpus.files.get('lich-nghi/2026.yaml'))).toContain('confirmed: true');
    expect(String(corpus.files.get('lich-nghi/2022.yaml'))).toContain('confirmed: false');
  });

  it('stays valid at 1,000 petitions, with unique codes', async () => {
    const content = await loadGenerated(1000, 'scale');
    expect(content.problems.map(formatProblem)).toEqual([]);
    const codes = content.entries.filter((e) => e.collection === 'kien-nghi').map((e) => e.data.code);
    expect(codes).toHaveLength(1000);
    expect(new Set(codes).size).toBe(1000);
  });

  it('is deterministic: the same seed gives the same bytes, another seed other text', () => {
    const a = generateCorpus({ petitions: 50, seed: 7 });
    const b = generateCorpus({ petitions: 50, seed: 7 });
    const c = generateCorpus({ petitions: 50, seed: 8 });
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [file, content] of a.files) expect(b.files.get(file)).toEqual(content);
    expect(c.files.get('kien-nghi/kn-2025-01.md')).not.toEqual(a.files.get('kien-nghi/kn-2025-01.md'));
  });

  it('writes one valid root per unit with --units, each another unit', async () => {
    const out = await tempDir();
    const roots = generateRoots({ out, petitions: 30, units: 2 });
    expect(roots.map((r) => path.relative(out, r.root))).toEqual(['phuong-hong-bang', 'so-tai-chinh']);
    const names = new Set<string>();
    for (const { root } of roots) {
      const content = await loadContentRoot(root);
      expect(content.problems.map(formatProblem)).toEqual([]);
      names.add(String(content.entries.find((e) => e.collection === 'don-vi')!.data.name));
    }
    expect(names.size).toBe(2);
    expect(await readdir(out)).toContain(GENERATED_MARKER);
  });

  it('replaces a folder it generated, and refuses a folder of other content', async () => {
    const out = await tempDir();
    generateRoots({ out, petitions: 10 });
    expect(() => generateRoots({ out, petitions: 12 })).not.toThrow();
    const other = await tempDir();
    await import('node:fs/promises').then((fs) => fs.writeFile(path.join(other, 'ghi-chu.txt'), 'x'));
    expect(() => generateRoots({ out: other, petitions: 10 })).toThrow(/không do lệnh sinh/);
    expect(await readFile(path.join(other, 'ghi-chu.txt'), 'utf8')).toBe('x');
  });
});
