import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../helpers/content-root.ts';
import { runScript } from '../helpers/run-script.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dtdn-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run report', () => {
  it('prints the report as Markdown by default, as sent (29/5/2026), or as of --as-of', () => {
    const run = runScript('report', ['--meeting', '2026-quy-ii'], { CONTENT_DIR: DEMO });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# Phụ lục I: Báo cáo kết quả tổ chức Hội nghị và kết quả giải quyết kiến nghị');
    expect(run.stdout).toContain('Số liệu tính đến ngày 29 tháng 5 năm 2026.');
    expect(run.stdout).toContain('| 5 | Thủ tục hành chính | 3 | 2 | 0 | 0 | 1 đang xử lý |');
    expect(run.stdout).not.toContain('Tổng cộng');
    const later = runScript('report', ['--meeting', '2026-quy-ii', '--as-of', '2026-07-01'], { CONTENT_DIR: DEMO });
    expect(later.stdout).toContain('Số liệu tính đến ngày 01 tháng 7 năm 2026.');
    expect(later.stdout).toContain('| 5 | Thủ tục hành chính | 3 | 3 | 0 | 0 |  |');
  });

  it('writes CSV and XLSX files with --out', async () => {
    const csv = path.join(dir, 'bao-cao.csv');
    expect(runScript('report', ['--meeting', '2026-quy-ii', '--format', 'csv', '--out', csv], { CONTENT_DIR: DEMO }).status).toBe(0);
    expect(await readFile(csv, 'utf8')).toContain('\r\n5,Thủ tục hành chính,3,2,0,0,1 đang xử lý\r\n');
    const xlsx = path.join(dir, 'bao-cao.xlsx');
    const run = runScript('report', ['--meeting', '2026-quy-ii', '--format', 'xlsx', '--out', xlsx], { CONTENT_DIR: DEMO });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`Đã ghi ${xlsx}.`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.getWorksheet('Phụ lục I')).toBeDefined();
  });

  it('exits 2 on an unknown meeting, naming the ones there are', () => {
    const run = runScript('report', ['--meeting', 'khong-co'], { CONTENT_DIR: DEMO });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có hội nghị "khong-co". Các hội nghị: 2026-quy-iv, 2026-quy-ii.');
  });

  it('exits 2 on a wrong format, a missing --meeting, or xlsx without --out', () => {
    expect(runScript('report', ['--meeting', '2026-quy-ii', '--format', 'pdf'], { CONTENT_DIR: DEMO }).status).toBe(2);
    expect(runScript('report', [], { CONTENT_DIR: DEMO }).status).toBe(2);
    const run = runScript('report', ['--meeting', '2026-quy-ii', '--format', 'xlsx'], { CONTENT_DIR: DEMO });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out');
  });
});
