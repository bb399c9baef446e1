import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../tools/build-site.ts';

let demo: BuildResult;
const page = (route: string): HTMLElement => parse(readFileSync(path.join(demo.outDir, route, 'index.html'), 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  demo = await buildSite({ asOf: '2026-07-01' });
  if (demo.status !== 0) throw new Error(demo.stderr);
});

describe('/kiem-tra/ on the demo, as of 2026-07-01', () => {
  it('shows the matrix of meetings × the four parts with their states', () => {
    const rows = page('kiem-tra').querySelectorAll('.audit-matrix tbody tr');
    expect(rows).toHaveLength(2);
    const states = rows.map((row) => row.querySelectorAll('td .state').map(text));
    expect(states).toEqual([
      ['Đúng hạn', 'Có', 'Muộn', 'Có'],
      ['Có', 'Chưa đến hạn', 'Có', 'Chưa đến hạn'],
    ]);
  });

  it("shows each meeting's timeline with due dates and working days early or late", () => {
    const late = page('kiem-tra')
      .querySelectorAll('.timeline tr.deadline-answer')
      .find((tr) => text(tr).includes('KN-2026-06'));
    expect(text(late)).toContain('01/06/2026');
    expect(text(late)).toContain('05/06/2026');
    expect(text(late)).toContain('muộn 4 ngày làm việc');
    expect(text(late)).toContain('§II.5');
  });

  it('lists the late answer as a finding with its file and source, and explains the strict reading', () => {
    const audit = page('kiem-tra');
    const findings = audit.querySelectorAll('.finding');
    expect(findings).toHaveLength(1);
    expect(text(findings[0])).toContain('answer-late');
    expect(text(findings[0])).toContain('kien-nghi/kn-2026-06.md');
    expect(text(findings[0])).toContain('KH 80/KH-UBND ngày 19/3/2026 của UBND phường Kinh Môn');
    expect(text(audit.querySelector('.how'))).toContain('Cách hiểu chặt');
    // Issue 11: the reading taken for petitions received after the meeting, stated on the page.
    expect(text(audit.querySelector('.how'))).toContain('hạn trả lời tính từ ngày tiếp nhận');
    expect(audit.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('the meeting page carries its own timeline; the petition page its due date and on-time state', () => {
    // 12: the declined KN-2026-10 has no 7-day answer row since issue 11.
    expect(page('hoi-nghi/2026-quy-ii').querySelectorAll('.timeline tr.deadline')).toHaveLength(12);
    const petition = text(page('kien-nghi/kn-2026-06').querySelector('.facts'));
    expect(petition).toContain('Hạn trả lời bằng văn bản');
    expect(text(page('kien-nghi/kn-2026-06').querySelector('.answer-due'))).toBe('01/06/2026 (7 ngày làm việc sau hội nghị)');
    expect(petition).toContain('Muộn 4 ngày làm việc');
    expect(text(page('kien-nghi/kn-2026-03').querySelector('.facts'))).toContain('Đúng hạn (sớm 2 ngày làm việc)');
    expect(text(page('kien-nghi/kn-2026-01').querySelector('.facts'))).toContain('Đã trả lời trực tiếp tại hội nghị');
  });
});

describe('/bao-cao/<meeting>/', () => {
  it('is built for the held meeting only', () => {
    expect(existsSync(path.join(demo.outDir, 'bao-cao/2026-quy-ii/index.html'))).toBe(true);
    expect(existsSync(path.join(demo.outDir, 'bao-cao/2026-quy-iv/index.html'))).toBe(false);
  });

  it('shows the template KH 80 names (Phụ lục I, in KH 85 Phụ lục 2’s columns) with the seven groups, as of the day it was sent', () => {
    const report = page('bao-cao/2026-quy-ii');
    expect(text(report.querySelector('.report-name'))).toBe('Phụ lục I');
    expect(text(report.querySelector('.report-as-of'))).toBe('Số liệu tính đến ngày 29 tháng 5 năm 2026.');
    const rows = report.querySelectorAll('.report-table tbody tr').map((tr) => tr.querySelectorAll('td').map(text));
    expect(rows.map((r) => r[1])).toEqual([
      'Vốn',
      'Lãi suất',
      'Tín dụng',
      'Cơ chế chính sách',
      'Thủ tục hành chính',
      'Đất đai',
      'Lĩnh vực khác',
    ]);
    // No total row (the template has none). As sent on 29/5: KN-2026-03 and KN-2026-06, answered in June, still pending.
    const sum = (col: number) => rows.reduce((n, r) => n + Number(r[col]), 0);
    expect([2, 3, 4, 5].map(sum)).toEqual([11, 5, 1, 1]);
    expect(report.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('offers the same report as XLSX and CSV files beside the page', async () => {
    const links = page('bao-cao/2026-quy-ii')
      .querySelectorAll('.print-hint a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/doi-thoai-doanh-nghiep/bao-cao/2026-quy-ii/phu-luc.xlsx',
      '/doi-thoai-doanh-nghiep/bao-cao/2026-quy-ii/phu-luc.csv',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(demo.outDir, 'bao-cao/2026-quy-ii/phu-luc.xlsx'));
    const received: unknown[] = [];
    workbook.getWorksheet('Phụ lục I')!.eachRow((row) => {
      if (typeof row.getCell(3).value === 'number') received.push(row.getCell(3).value);
    });
    expect(received).toEqual([1, 1, 1, 2, 3, 1, 2]);
    const csv = readFileSync(path.join(demo.outDir, 'bao-cao/2026-quy-ii/phu-luc.csv'), 'utf8');
    expect(csv).toContain('\r\n5,Thủ tục hành chính,3,2,0,0,1 đang xử lý\r\n');
    expect(csv).not.toContain('Tổng cộng');
  });
});
