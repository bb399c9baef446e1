import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meetingReport, reportXlsx } from '../../src/lib/domain/report/index.ts';
import { DEMO } from '../helpers/content-root.ts';
import { siteOf } from '../helpers/site.ts';

const LIBREOFFICE = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
const PDFTOTEXT = existsSync('/usr/bin/pdftotext');
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

// LibreOffice is optional on a developer's machine (apt-get install libreoffice-calc-nogui poppler-utils).
describe.skipIf(!LIBREOFFICE || !PDFTOTEXT)('the XLSX report in LibreOffice', () => {
  it('converts to a one-page PDF holding the title, the groups and the totals', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dtdn-xlsx-'));
    dirs.push(dir);
    const site = await siteOf(DEMO);
    const xlsx = path.join(dir, 'bao-cao.xlsx');
    await writeFile(xlsx, await reportXlsx(meetingReport(site, site.meetingById.get('2026-quy-ii')!)));
    const convert = spawnSync(
      LIBREOFFICE!,
      ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, xlsx],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(convert.status, convert.stderr).toBe(0);
    const pdf = path.join(dir, 'bao-cao.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Phụ lục I');
    expect(text).toContain('Số liệu tính đến ngày 29 tháng 5 năm 2026.');
    expect(text).toMatch(/5\s+Thủ tục hành chính\s+3\s+2\s+0\s+0\s+1 đang xử lý/);
    expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
  });
});
