/** `npm run build -- --production`: refuses an example site address and the demo's notes, with a Vietnamese list of what to fix. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../tools/build-site.ts';
import { isExampleSite, productionProblems } from '../../src/lib/ingest/root/production.ts';
import { DEMO } from '../helpers/content-root.ts';

describe('what a production build refuses', () => {
  it('an example or missing site address', () => {
    for (const site of [undefined, 'https://example.gov.vn', 'https://www.example.com/', 'http://localhost:4321', 'không phải URL'])
      expect(isExampleSite(site), String(site)).toBe(true);
    for (const site of ['https://kinhmon.haiphong.gov.vn', 'https://haiphong.gov.vn/']) expect(isExampleSite(site), site).toBe(false);
    expect(productionProblems('https://example.gov.vn', false, [])).toHaveLength(1);
    expect(productionProblems('https://kinhmon.haiphong.gov.vn', false, [])[0]).toMatch(/SITE/);
    expect(productionProblems('https://kinhmon.haiphong.gov.vn', true, [])).toEqual([]);
  });

  it('the demo’s notes, naming the file and the field', () => {
    const problems = productionProblems('https://kinhmon.haiphong.gov.vn', true, [
      { file: 'noi-dung/a.md', data: { title: 'Biên bản' }, body: 'Nội dung.\n\n*Họ tên là giả định, dùng cho Bộ nội dung mẫu.*' },
      { file: 'thong-bao/b.md', data: { registration: { howTo: 'Đây là văn bản giả định.' } } },
      { file: 'thong-bao/c.md', data: { title: 'Kế hoạch thật' }, body: 'Không có gì.' },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('noi-dung/a.md, phần nội dung');
    expect(problems[0]).toContain('bộ nội dung mẫu');
    expect(problems[1]).toContain('thong-bao/b.md, registration.howTo');
  });
});

describe('npm run build -- --production', () => {
  it('refuses the demo with SITE unset: exit 2, the reasons in Vietnamese, no site written', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'dtdn-prod-')), 'dist');
    const build = await buildSite({ outDir, asOf: '2026-11-22', env: { SITE: '' }, args: ['--production'] });
    expect(build.status).toBe(2);
    expect(build.stderr).toContain('Không dựng bản chính thức (--production) vì:');
    expect(build.stderr).toMatch(/SITE = ".*" là địa chỉ mẫu/);
    expect(build.stderr).toContain('bộ nội dung mẫu');
    expect(existsSync(outDir)).toBe(false);
  });

  it('builds real content at a real address, with no /admin/ when no CMS backend is configured', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dtdn-prod-root-'));
    await cp(DEMO, root, { recursive: true });
    // The demo without its notes: the lines that say what is made up.
    for (const file of [
      'thong-bao/kh-246-2026-doi-thoai-chuyen-de-thue-dat-dai.md',
      'noi-dung/bien-ban-hoi-nghi-2026.md',
      'noi-dung/bao-cao-kinh-te-xa-hoi-va-tong-hop-kien-nghi-2026.md',
    ]) {
      const text = await readFile(path.join(root, file), 'utf8');
      await writeFile(
        path.join(root, file),
        text
          .split('\n')
          .filter((l) => !/nội dung mẫu|giả định|minh họa/.test(l))
          .join('\n'),
      );
    }
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'dtdn-prod-')), 'dist');
    const build = await buildSite({
      contentDir: root,
      outDir,
      asOf: '2026-11-22',
      env: { SITE: 'https://kinhmon.haiphong.gov.vn', CMS_REPO: '' },
      args: ['--production'],
    });
    expect(build.stderr).not.toContain('--production');
    expect(build.status).toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'admin'))).toBe(false);
    const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('href="https://kinhmon.haiphong.gov.vn/');
    expect(home).not.toContain('example.gov.vn');
  }, 600_000);
});
