import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { meetingReport, reportXlsx } from '../../../../src/lib/domain/report/index.ts';
import { DEMO } from '../../../helpers/content-root.ts';
import { siteOf } from '../../../helpers/site.ts';

describe('the report spreadsheet', () => {
  it('is created and modified on the given day (Vietnam midnight), not at the clock time', async () => {
    const site = await siteOf(DEMO);
    const report = meetingReport(site, site.meetingById.get('2026-quy-ii')!);
    const first = await reportXlsx(report, '2026-11-22');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(first.buffer as ArrayBuffer);
    expect(workbook.created.toISOString()).toBe('2026-11-21T17:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2026-11-21T17:00:00.000Z');
  });
});
