/** One content root with seven different broken files: one run, one failure, all seven named. */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentRoot } from '../../../src/lib/ingest/root/load.ts';
import { buildSite } from '../../../tools/build-site.ts';
import { fixtureText, makeContentRoot, replace } from '../../helpers/content-root.ts';
import { CONCLUSION, CONTENT, MEETING, NOTICE, PETITION } from './cases.ts';

const BROKEN = {
  [MEETING]: replace('  date: 2026-03-19', '\tdate: 2026-03-19'), // YAML syntax: a tab
  [PETITION]: replace('Công ty đề nghị', 'Ông Nguyễn Văn An (CCCD 031090012345) đề nghị'), // personal data
  'kien-nghi/kn-2026-02.md': fixtureText(PETITION).replace('KN-2026-01', 'KN-2026-02').replace('received: 2026-04-10', 'received: 2026-02-30'), // impossible date
  [NOTICE]: replace('form: tep/phieu-dang-ky.pdf', 'form: ../phieu-dang-ky.pdf'), // outside the root
  [CONCLUSION]: '', // empty
  [CONTENT]: replace('meeting: 2026-quy-ii', 'meeting: 2026-quy-iii'), // missing meeting
  'tep/phieu-dang-ky.pdf': new TextEncoder().encode('<html>không phải PDF</html>'), // bytes not a PDF
};
const FILES = [MEETING, CONCLUSION, PETITION, 'kien-nghi/kn-2026-02.md', CONTENT, 'tep/phieu-dang-ky.pdf', NOTICE];

let root: string;
let out: string;
beforeAll(async () => {
  root = await makeContentRoot(BROKEN);
  out = await mkdtemp(path.join(tmpdir(), 'dtdn-seven-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe('a content root with seven different broken files', () => {
  it('reports exactly those seven files, one problem each', async () => {
    const content = await loadContentRoot(root);
    expect(content.ok).toBe(false);
    expect(content.problems.map((p) => p.file).sort()).toEqual([...FILES].sort());
  });

  it('fails the build once, naming all seven, and writes nothing', async () => {
    const result = await buildSite({ contentDir: root, asOf: '2026-06-30', outDir: path.join(out, 'dist') });
    expect(result.status).toBe(2); // bad input exits 2 (OUTPUTS.md); 1 before issue 11
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('Nội dung có 7 lỗi trong 7 tệp:');
    const named = lines.filter((l) => l.startsWith('  ✗ ')).map((l) => l.slice(4).split(/[,:]/)[0]);
    expect(named).toEqual(FILES);
    expect(lines.at(-2)).toBe('Chưa xuất bản gì: trang đang có giữ nguyên. Sửa các lỗi trên rồi chạy lại.');
    expect(result.stdout).toBe('');
    expect(readdirSync(out)).toEqual([]);
  });
});
