import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../../../src/lib/domain/model/site.ts';
import { meetingReport, reportCsv, reportMarkdown, reportXlsx, type MeetingReport } from '../../../../src/lib/domain/report/index.ts';
import { DEMO } from '../../../helpers/content-root.ts';
import { siteAfter, siteOf } from '../../../helpers/site.ts';

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

describe('the demo ward’s report (KH 80 §IV.2: Phụ lục I, in KH 85 Phụ lục 2’s columns; meeting 2026-quy-ii)', () => {
  let site: Site;
  let report: MeetingReport;
  beforeAll(async () => {
    site = await siteOf(DEMO);
    // As of a day when every answer in the files was given (as sent, on 29/5, some were still pending).
    report = meetingReport(site, site.meetingById.get('2026-quy-ii')!, { asOf: '2026-07-01' });
  });

  it('has the seven groups of the appendix, in its order, and no total row (KH 85’s Phụ lục 2 has none)', () => {
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
    expect(report.total).toBeUndefined();
  });

  it('counts equal those computed independently from the petition files', () => {
    const expected = countsFromFiles(DEMO, '2026-quy-ii');
    expect(report.rows.map(countsOf)).toEqual(expected.byGroup);
    const sum = (key: 'received' | 'resolved' | 'transferred' | 'escalated' | 'unresolved') => report.rows.reduce((n, r) => n + r[key], 0);
    expect({ received: sum('received'), resolved: sum('resolved'), transferred: sum('transferred'), escalated: sum('escalated') }).toEqual(
      expected.total,
    );
    // And by hand: 11 petitions, 7 resolved, KN-2026-07 transferred, KN-2026-02 escalated.
    expect(expected.total).toEqual({ received: 11, resolved: 7, transferred: 1, escalated: 1 });
    expect(sum('unresolved')).toBe(4);
  });

  it('explains in the notes what the two sub-columns leave out', () => {
    expect(report.rows[6]!.notes).toBe('1 không thuộc phạm vi giải quyết; 1 đã trả lời, chưa giải quyết triệt để');
  });

  it('prints as Markdown and CSV with the columns of the appendix', () => {
    const md = reportMarkdown(report);
    expect(md).toContain('# Phụ lục I: Báo cáo kết quả tổ chức Hội nghị và kết quả giải quyết kiến nghị');
    expect(md).toContain('Số liệu tính đến ngày 01 tháng 7 năm 2026.');
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
    const sheet = workbook.getWorksheet('Phụ lục I')!;
    expect(sheet.getCell('A2').value).toBe(report.title);
    const values: (string | number)[][] = [];
    sheet.eachRow((row) => values.push((row.values as (string | number)[]).slice(1)));
    const header = values.findIndex((v) => v[0] === 'Stt');
    expect(values[header]!.slice(0, 5)).toEqual([
      'Stt',
      'Nhóm kiến nghị',
      'Tổng số kiến nghị tiếp nhận',
      'Tổng số kiến nghị đã giải quyết triệt để',
      'Tổng số kiến nghị chưa giải quyết triệt để',
    ]);
    expect(values[header + 1]!.slice(4, 6)).toEqual([
      'Tổng số kiến nghị chuyển cơ quan khác giải quyết',
      'Tổng số kiến nghị xin ý kiến chỉ đạo của UBND TP',
    ]);
    expect(values[header + 2]!.slice(0, 6)).toEqual(['1', 'Vốn', 1, 1, 0, 0]);
    expect(values[header + 9]).toBeUndefined();
    expect(sheet.getCell(header + 1, 5).isMerged).toBe(true);
    expect(sheet.pageSetup.paperSize).toBe(9);
  });
});

describe('Phụ lục 1 for the Economic Zone authority', () => {
  it('is one row with the topic, counts equal to the files', async () => {
    const root = path.resolve(DEMO, '../examples/bql-kkt-hai-phong');
    const site = await siteOf(root);
    const report = meetingReport(site, site.meetingById.get('2025-quy-iii')!, { asOf: '2026-07-01' });
    expect(report.appendix).toBe(1);
    expect(report.rows).toHaveLength(1);
    expect(countsOf(report.rows[0]!)).toEqual(countsFromFiles(root, '2025-quy-iii').total);
    expect(reportMarkdown(report)).toContain('- Chuyên đề tổ chức: Tháo gỡ khó khăn');
  });
});

describe('the report in its plan’s template, as of its date', () => {
  let site: Site;
  beforeAll(async () => {
    site = await siteOf(DEMO);
  });

  it('names the template KH 80 §IV.2 cites, says whose headings it shows, and the day of its counts (the day it was sent)', () => {
    const report = meetingReport(site, site.meetingById.get('2026-quy-ii')!);
    expect(report.name).toBe('Phụ lục I');
    expect(report.source.source).toMatchObject({ section: '§IV.2' });
    expect(report.note).toBe(
      'Mẫu Phụ lục I của KH 80/KH-UBND ngày 19/3/2026 của UBND phường Kinh Môn không có trong tài liệu; các cột theo Phụ lục 2, KH 85/KH-UBND ngày 05/4/2024 của UBND thành phố Hải Phòng.',
    );
    expect(report.asOf).toBe('2026-05-29');
    expect(report.asOfLine).toBe('Số liệu tính đến ngày 29 tháng 5 năm 2026.');
  });

  it('headings word for word as seed 001’s Phụ lục 2: “tiếp nhận” (no “đã”), and no “Tổng cộng” row', () => {
    const report = meetingReport(site, site.meetingById.get('2026-quy-ii')!);
    expect(report.columns).toEqual({
      no: 'Stt',
      group: 'Nhóm kiến nghị',
      received: 'Tổng số kiến nghị tiếp nhận',
      resolved: 'Tổng số kiến nghị đã giải quyết triệt để',
      unresolved: 'Tổng số kiến nghị chưa giải quyết triệt để',
      transferred: 'Tổng số kiến nghị chuyển cơ quan khác giải quyết',
      escalated: 'Tổng số kiến nghị xin ý kiến chỉ đạo của UBND TP',
      notes: 'Ghi chú',
    });
    expect(reportMarkdown(report)).not.toContain('Tổng cộng');
    expect(reportCsv(report)).not.toContain('Tổng cộng');
  });

  it('a ward under KH 85 gets KH 85’s Phụ lục 2 itself, with its attachment line and no note', async () => {
    const kh85 = await siteAfter({
      'don-vi.yaml': (text) => text.replace('rules: kh-82-2026\n', 'rules: kh-85-2024\n').replace(/unitPlan: .*\n/, ''),
    });
    const report = meetingReport(kh85, kh85.meetingById.get('2026-quy-ii')!);
    expect([report.name, report.title]).toEqual([
      'Phụ lục 2',
      'Báo cáo kết quả tổ chức Hội nghị đối thoại doanh nghiệp tại Ủy ban nhân dân các quận, huyện',
    ]);
    expect(report.template).toBe('(Kèm theo Kế hoạch số 85/KH-UBND ngày 05/4/2024 của Ủy ban nhân dân thành phố)');
    expect(report.note).toBeUndefined();
  });

  it('as sent: a petition answered after the report’s day counts as pending; one received after it is not in it', async () => {
    // KN-2026-06 was answered on 05/6/2026; the report was sent on 29/5/2026.
    const report = meetingReport(site, site.meetingById.get('2026-quy-ii')!);
    const later = meetingReport(site, site.meetingById.get('2026-quy-ii')!, { asOf: '2026-07-01' });
    const total = (r: MeetingReport) => r.rows.reduce((n, row) => n + row.resolved, 0);
    // KN-2026-06 (answered 05/6) and KN-2026-03 (answered 09/6) were still pending on 29/5.
    expect([total(report), total(later)]).toEqual([5, 7]);
    const pending = (r: MeetingReport) => r.rows.map((row) => row.notes).join(' ');
    expect(pending(report)).toMatch(/đang xử lý/);
    const early = await siteAfter({
      'kien-nghi/kn-2026-05.md': (text) =>
        text.replace(/^received: .*$/m, 'received: 2026-05-30').replace('  date: 2026-05-28', '  date: 2026-06-02'),
    });
    const before = meetingReport(early, early.meetingById.get('2026-quy-ii')!);
    expect(before.rows.reduce((n, r) => n + r.received, 0)).toBe(10);
  });

  it('a transferred petition marked resolved is counted as transferred, never as resolved', async () => {
    const changed = await siteAfter({
      'kien-nghi/kn-2026-07.md': (text) =>
        text.replace(/^resolved: .*$/m, '').replace(/^status: transferred$/m, 'status: transferred\nresolved: true'),
    });
    const report = meetingReport(changed, changed.meetingById.get('2026-quy-ii')!, { asOf: '2026-07-01' });
    expect(report.rows.reduce((n, r) => n + r.transferred, 0)).toBe(1);
    expect(report.rows.reduce((n, r) => n + r.resolved, 0)).toBe(7);
  });
});
