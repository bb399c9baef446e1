/** The report as Markdown, CSV (UTF-8 with BOM, so spreadsheet programs read the marks) and XLSX (exceljs). */
import ExcelJS from 'exceljs';
import { t } from '../../../i18n/index.ts';
import type { MeetingReport, ReportRow } from './report.ts';

const COUNT_KEYS = ['received', 'resolved', 'transferred', 'escalated'] as const;

/** The header lines above the table: unit, time, and (Phụ lục 1) topic. */
function headerLines(report: MeetingReport): [string, string][] {
  const lines: [string, string][] = [
    [t('report.unit'), report.unit],
    [t('report.time'), report.time],
  ];
  if (report.topicLine) lines.push([t('report.topic'), report.topic ?? '']);
  return lines;
}

/** The lines above the header lines: the template's attachment line, and the note when its text is not in hand. */
function templateLines(report: MeetingReport): string[] {
  return [report.template, report.note ?? ''].filter((line) => line !== '');
}

/** Each row's cells, in the appendix's column order (the "not resolved" total is implied by its two parts). */
function cells(report: MeetingReport, row: ReportRow): (string | number)[] {
  const counts = COUNT_KEYS.map((key) => row[key]);
  const [received, resolved, transferred, escalated] = counts;
  return report.appendix === 1
    ? [row.no, received!, resolved!, transferred!, escalated!, row.notes]
    : [row.no, row.group, received!, resolved!, transferred!, escalated!, row.notes];
}

/** The flat column headings: "not resolved" prefixes its two sub-columns. */
function flatColumns(report: MeetingReport): string[] {
  const c = report.columns;
  const under = (text: string) => `${c.unresolved}: ${text}`;
  return report.appendix === 1
    ? [c.no, c.received, c.resolved, under(c.transferred), under(c.escalated), c.notes]
    : [c.no, c.group!, c.received, c.resolved, under(c.transferred), under(c.escalated), c.notes];
}

function allRows(report: MeetingReport): ReportRow[] {
  return report.total ? [...report.rows, report.total] : report.rows;
}

const mdCell = (value: string | number) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown: title, header lines, one table. */
export function reportMarkdown(report: MeetingReport): string {
  const columns = flatColumns(report);
  const lines = [`# ${report.name}: ${report.title}`, ''];
  for (const line of templateLines(report)) lines.push(line, '');
  for (const [label, value] of headerLines(report)) lines.push(`- ${label}: ${value}`);
  lines.push(
    '',
    report.asOfLine,
    '',
    `| ${columns.map(mdCell).join(' | ')} |`,
    `|${columns.map((_, i) => (i === 0 || (report.appendix === 2 && i === 1) || i === columns.length - 1 ? ' --- ' : ' ---: ')).join('|')}|`,
  );
  for (const row of allRows(report)) {
    const values = cells(report, row).map(mdCell);
    if (row === report.total) values[1] = `**${values[1]}**`;
    lines.push(`| ${values.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV (RFC 4180, CRLF, UTF-8 BOM): the header lines, a blank line, then the table. */
export function reportCsv(report: MeetingReport): string {
  const lines: string[] = [csvCell(`${report.name}: ${report.title}`), ...templateLines(report).map(csvCell)];
  for (const [label, value] of headerLines(report)) lines.push([label, value].map(csvCell).join(','));
  lines.push(csvCell(report.asOfLine));
  lines.push('', flatColumns(report).map(csvCell).join(','));
  for (const row of allRows(report)) lines.push(cells(report, row).map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * XLSX with the appendix's two-row header ("not resolved" merged over its two sub-columns), borders,
 * wrapped headings, A4 landscape fitted to one page wide. `day` (`YYYY-MM-DD`) dates the file; default now.
 */
export async function reportXlsx(report: MeetingReport, day?: string): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.unit;
  // Dated by the build's day rather than the clock, so the same content and day give the same file.
  if (day) workbook.created = workbook.modified = new Date(`${day}T00:00:00+07:00`);
  const sheet = workbook.addWorksheet(report.name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  const c = report.columns;
  const top =
    report.appendix === 1
      ? [c.no, c.received, c.resolved, c.unresolved, '', c.notes]
      : [c.no, c.group!, c.received, c.resolved, c.unresolved, '', c.notes];
  const width = top.length;
  const last = String.fromCharCode(64 + width);
  sheet.columns = (report.appendix === 1 ? [6, 18, 18, 20, 34, 30] : [6, 20, 16, 16, 20, 22, 30]).map((w) => ({ width: w }));

  const title = (text: string, bold: boolean, row: number) => {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { bold, name: 'Times New Roman', size: bold ? 13 : 12, italic: !bold };
    cell.alignment = { horizontal: 'center', wrapText: true };
  };
  title(report.name, true, 1);
  title(report.title, true, 2);
  let r = 3;
  for (const line of templateLines(report)) title(line, false, r++);
  r++;
  for (const line of [...headerLines(report).map(([label, value]) => `- ${label}: ${value}`), report.asOfLine]) {
    sheet.mergeCells(`A${r}:${last}${r}`);
    sheet.getCell(`A${r}`).value = line;
    sheet.getCell(`A${r}`).font = { name: 'Times New Roman', size: 12 };
    r++;
  }
  r++;
  const headTop = r;
  sheet.getRow(headTop).values = top;
  const sub = Array<string>(width).fill('');
  const unresolvedCol = report.appendix === 1 ? 4 : 5;
  sub[unresolvedCol - 1] = c.transferred;
  sub[unresolvedCol] = c.escalated;
  sheet.getRow(headTop + 1).values = sub;
  // Every heading but "not resolved" spans both header rows; "not resolved" spans its two sub-columns.
  for (let col = 1; col <= width; col++) {
    if (col === unresolvedCol || col === unresolvedCol + 1) continue;
    sheet.mergeCells(headTop, col, headTop + 1, col);
  }
  sheet.mergeCells(headTop, unresolvedCol, headTop, unresolvedCol + 1);
  sheet.getRow(headTop + 1).height = 90;
  let rowNumber = headTop + 2;
  for (const row of allRows(report)) {
    sheet.getRow(rowNumber).values = cells(report, row);
    // Spreadsheet programs do not grow a row for wrapped text on opening: give long notes their lines.
    const noteLines = Math.ceil(row.notes.length / 26);
    if (noteLines > 1) sheet.getRow(rowNumber).height = noteLines * 16;
    if (row === report.total) sheet.getRow(rowNumber).font = { bold: true, name: 'Times New Roman', size: 12 };
    rowNumber++;
  }
  for (let rr = headTop; rr < rowNumber; rr++) {
    for (let col = 1; col <= width; col++) {
      const cell = sheet.getCell(rr, col);
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      const header = rr < headTop + 2;
      cell.font = { ...(cell.font ?? {}), name: 'Times New Roman', size: 12, bold: header || cell.font?.bold === true };
      cell.alignment = {
        wrapText: true,
        vertical: 'middle',
        horizontal: header || typeof cell.value === 'number' || col === 1 ? 'center' : 'left',
      };
    }
  }
  // A copy into a fresh ArrayBuffer: exceljs hands back a Node Buffer, possibly a view on a shared pool.
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
