import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../../../src/lib/domain/model/site.ts';
import { meetingReport, reportCsv, reportMarkdown, reportXlsx, type MeetingReport } from '../../../../src/lib/domain/report/index.ts';
import { DEMO } from '../../../helpers/content-root.ts';
import { siteOf } from '../../../helpers/site.ts';

const GROUP_ORDER = ['capital', 'interest-rate', 'credit', 'policy', 'admin-procedure', 'land', 'other'];

/** The counts straight from the files' front matter, without the content loader or the site model. */
function countsFromFiles(root: string, meeting: string) {
  const folder = path.join(root, 'kien-nghi');
  const petitions = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => parse(readFileSync(path.join(folder, name), 'utf8').split(/^---$/m)[1]!))
    .filter((p) => p.meeting === meeting);
  const count = (list: any[]) => ({
    received: list.length,
    resolved: list.filter((p) => p.resolved === true).length,
    transferred: list.filter((p) => p.resolved !== true && p.status === 'transferred').length,
    escalated: list.filter((p) => p.resolved !== true && p.status === 'escalated').length,
  });
  return { total: count(petitions), byGroup: GROUP_ORDER.map((g) => count(petitions.filter((p) => p.group === g))) };
}

const countsOf = (r: { received: number; resolved: number; transferred: number; escalated: number }) => ({
  received: r.received,
  resolved: r.resolved,
  transferred: r.transferred,
  escalated: r.escalated,
});

describe('Phụ lục 2 for a ward (demo content, meeting 2026-quy-ii)', () => {
  let site: Site;
  let report: MeetingReport;
  beforeAll(async () => {
    site = await siteOf(DEMO);
    report = meetingReport(site, site.meetingById.get('2026-quy-ii')!);
  });

  it('has the seven groups of the appendix, in its order, and a total', () => {
    expect(report.appendix).toBe(2);
    expect(report.rows.map((r) => `${r.no}. ${r.group}`)).toEqual([
      '1. Vốn',
      '2. Lãi suất',
      '3. Tín dụng',
      '4. Cơ chế chính sách',
      '5. Thủ tục hành chính',
      '6. Đất đai',
      '7. Lĩnh vực khác',
    ]);
    expect(report.total!.group).toBe('Tổng cộng');
  });

  it('counts equal those computed independently from the petition files', () => {
    const expected = countsFromFiles(DEMO, '2026-quy-ii');
    expect(report.rows.map(countsOf)).toEqual(expected.byGroup);
    expect(countsOf(report.total!)).toEqual(expected.total);
    // And by hand: 11 petitions, 7 resolved, KN-2026-07 transferred, KN-2026-02 escalated.
    expect(countsOf(report.total!)).toEqual({ received: 11, resolved: 7, transferred: 1, escalated: 1 });
    expect(report.total!.unresolved).toBe(4);
  });

  it('explains in the notes what the two sub-columns leave out', () => {
    expect(report.rows[6]!.notes).toBe('1 không thuộc phạm vi giải quyết; 1 đã trả lời, chưa giải quyết triệt để');
  });

  it('prints as Markdown and CSV with the columns of the appendix', () => {
    const md = reportMarkdown(report);
    expect(md).toContain('# Phụ lục 2: Báo cáo kết quả tổ chức Hội nghị đối thoại doanh nghiệp');
    expect(md).toContain('- Thời gian tổ chức: 08 giờ 00, ngày 21 tháng 5 năm 2026');
    expect(md).toContain('| 5 | Thủ tục hành chính | 3 | 3 | 0 | 0 |  |');
    const csv = reportCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n5,Thủ tục hành chính,3,3,0,0,\r\n');
    expect(csv).toContain('Tổng số kiến nghị chưa giải quyết triệt để: Tổng số kiến nghị xin ý kiến chỉ đạo của UBND TP');
  });

  it('writes an XLSX that reads back with the same counts and the merged two-row header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(report)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Phụ lục 2')!;
    expect(sheet.getCell('A2').value).toBe(report.title);
    const values: (string | number)[][] = [];
    sheet.eachRow((row) => values.push((row.values as (string | number)[]).slice(1)));
    const header = values.findIndex((v) => v[0] === 'Stt');
    expect(values[header]!.slice(0, 5)).toEqual([
      'Stt',
      'Nhóm kiến nghị',
      'Tổng số kiến nghị đã tiếp nhận',
      'Tổng số kiến nghị đã giải quyết triệt để',
      'Tổng số kiến nghị chưa giải quyết triệt để',
    ]);
    expect(values[header + 1]!.slice(4, 6)).toEqual([
      'Tổng số kiến nghị chuyển cơ quan khác giải quyết',
      'Tổng số kiến nghị xin ý kiến chỉ đạo của UBND TP',
    ]);
    expect(values[header + 2]!.slice(0, 6)).toEqual(['1', 'Vốn', 1, 1, 0, 0]);
    expect(values[header + 9]!.slice(1, 6)).toEqual(['Tổng cộng', 11, 7, 1, 1]);
    expect(sheet.getCell(header + 1, 5).isMerged).toBe(true);
    expect(sheet.pageSetup.paperSize).toBe(9);
  });
});

describe('Phụ lục 1 for the Economic Zone authority', () => {
  it('is one row with the topic, counts equal to the files', async () => {
    const root = path.resolve(DEMO, '../examples/bql-kkt-hai-phong');
    const site = await siteOf(root);
    const report = meetingReport(site, site.meetingById.get('2025-quy-iii')!);
    expect(report.appendix).toBe(1);
    expect(report.rows).toHaveLength(1);
    expect(countsOf(report.rows[0]!)).toEqual(countsFromFiles(root, '2025-quy-iii').total);
    expect(reportMarkdown(report)).toContain('- Chuyên đề tổ chức: Tháo gỡ khó khăn');
  });
});
