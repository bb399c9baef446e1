import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO, makeContentRoot, replace } from '../helpers/content-root.ts';
import { PROJECT, runScript } from '../helpers/run-script.ts';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

describe('npm run audit', () => {
  it('exits 1 on the demo (the late answer) and prints a readable table with the finding and its source', () => {
    const run = runScript('audit', ['--as-of', '2026-07-01'], { CONTENT_DIR: DEMO });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'Kiểm tra chuyên mục UBND phường Kinh Môn (bộ quy tắc kh-82-2026 + kinh-mon-kh-80-2026), tính đến ngày 01/07/2026',
    );
    expect(run.stdout).toMatch(/Trả lời kiến nghị\s+KN-2026-06\s+01\/06\/2026\s+05\/06\/2026\s+Muộn 4 ngày làm việc/);
    expect(run.stdout).toContain('✗ [answer-late] kien-nghi/kn-2026-06.md:');
    expect(run.stdout).toContain('nguồn: KH 80/KH-UBND');
    expect(run.stdout).toContain('Tổng: 2 hội nghị, 1 đủ bốn phần; 1 lỗi, 0 cảnh báo.');
  });

  it('--json prints the JSON of OUTPUTS.md', () => {
    const run = runScript('audit', ['--as-of', '2026-07-01', '--json'], { CONTENT_DIR: DEMO });
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.summary).toEqual({ meetings: 2, complete: 1, errors: 1, warnings: 0 });
    expect(json.meetings[0].findings[0].rule).toBe('answer-late');
  });

  it('exits 0 when nothing is wrong', async () => {
    const root = await makeContentRoot({ 'kien-nghi/kn-2026-06.md': replace('date: 2026-06-05', 'date: 2026-06-01') }, DEMO);
    roots.push(root);
    const run = runScript('audit', ['--as-of', '2026-07-01'], { CONTENT_DIR: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 lỗi, 0 cảnh báo');
  });

  it('exits 0 on the Economic Zone example', () => {
    const run = runScript('audit', ['--as-of', '2025-12-31'], { CONTENT_DIR: path.join(PROJECT, 'examples/bql-kkt-hai-phong') });
    expect(run.status).toBe(0);
  });

  it("exits 2 with the editors' report when the content is invalid", async () => {
    const root = await makeContentRoot({ 'kien-nghi/kn-2026-06.md': replace('received: 2026-04-21', 'received: 2026-02-30') }, DEMO);
    roots.push(root);
    const run = runScript('audit', ['--as-of', '2026-07-01'], { CONTENT_DIR: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('kien-nghi/kn-2026-06.md');
    expect(run.stderr).toContain('"2026-02-30" không phải ngày có thật');
  });

  it('exits 2 naming the file and line of a day listed twice in a calendar, with no stack trace (the audit and the build)', async () => {
    // Before issue 11 this passed validation, then the working calendar threw: a stack trace and exit 1.
    const root = await makeContentRoot(
      {
        'lich-nghi/2026.yaml': replace(
          '  - { date: 2026-05-01, name: Ngày Quốc tế Lao động (1/5) }\n',
          '  - { date: 2026-05-01, name: Ngày Quốc tế Lao động (1/5) }\n  - { date: 2026-04-30, name: Ngày Chiến thắng }\n',
        ),
      },
      DEMO,
    );
    roots.push(root);
    const expected = 'lich-nghi/2026.yaml, dòng 24, trường "daysOff[11].date"';
    const audit = runScript('audit', ['--as-of', '2026-07-01'], { CONTENT_DIR: root });
    expect(audit.status).toBe(2);
    expect(audit.stderr).toContain(expected);
    expect(audit.stderr).toContain('ngày 2026-04-30 đã có ở dòng 22');
    expect(audit.stderr).not.toMatch(/\n\s+at |Error:/);
    const build = runScript('build', ['--as-of', '2026-07-01', '--out-dir', path.join(root, '..', `${path.basename(root)}-dist`)], {
      CONTENT_DIR: root,
    });
    expect(build.status).toBe(2);
    expect(build.stderr).toContain(expected);
    expect(build.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('exits 2 on a wrong option or date', () => {
    expect(runScript('audit', ['--as-of', '2026-13-01'], { CONTENT_DIR: DEMO }).status).toBe(2);
    expect(runScript('audit', ['--bogus'], { CONTENT_DIR: DEMO }).status).toBe(2);
  });
});

describe('npm run bench:audit', () => {
  it('audits a generated corpus and prints the time (small here; 10,000 petitions by default)', () => {
    const run = runScript('bench-audit', ['--petitions', '300', '--runs', '2']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Kiểm tra \(audit\) 300 kiến nghị, \d+ hội nghị, \d+ thời hạn, \d+ phát hiện; 2 lần: trung vị [\d.]+ ms/);
  });
});
