/**
 * Phụ lục 3 as Markdown, CSV (UTF-8 with BOM, CRLF) and XLSX (exceljs): the template's columns, "not
 * resolved" over its two sub-columns, section rows I and II with their sums, each section II meeting's
 * unit, topic and time over its seven group rows; "số liệu tính đến ngày …" above the table and the
 * units missing from it below. The XLSX prints on A4 landscape, one page wide, its heading repeated
 * on each page; a quarter of a few units fits one page.
 */
import ExcelJS from 'exceljs';
import { t } from '../../../i18n/index.ts';
import type { Appendix3, Appendix3Counts, Appendix3Note } from './appendix3.ts';

type Cell = string | number;

/** One line of the table: a section row, or a meeting's row; `first` marks a block's first row. */
interface Line {
  kind: 'section' | 'row';
  cells: Cell[];
  /** For a section II block: how many rows its unit, topic and time span (on its first row) */
  span?: number;
  first?: boolean;
}

const counts = (c: Appendix3Counts): Cell[] => [c.received, c.resolved, c.transferred, c.escalated];

function lines(report: Appendix3): Line[] {
  const out: Line[] = [];
  for (const section of report.sections) {
    out.push({ kind: 'section', cells: [section.id, section.label, '', '', '', ...counts(section.total), ''] });
    for (const block of section.blocks) {
      block.rows.forEach((r, i) => {
        out.push({
          kind: 'row',
          cells: [r.no, block.unit, block.topic, block.time, r.group, ...counts(r), r.notes],
          span: block.rows.length,
          first: i === 0,
        });
      });
    }
  }
  return out;
}

function flatColumns(report: Appendix3): string[] {
  const c = report.columns;
  const under = (text: string) => `${c.unresolved}: ${text}`;
  return [c.no, c.unit, c.topic, c.time, c.group, c.received, c.resolved, under(c.transferred), under(c.escalated), c.notes];
}

/** The notes under the table: missing, stale and excluded units. */
export function appendix3Notes(report: Appendix3): { heading: string; notes: Appendix3Note[] }[] {
  return [
    { heading: t('city.appendix.missingHeading'), notes: report.missing },
    { heading: t('city.appendix.staleHeading'), notes: report.stale },
    { heading: t('city.appendix.excludedHeading'), notes: report.excluded },
  ].filter((g) => g.notes.length > 0);
}

const mdCell = (value: Cell) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown: title, the "as of" line, the table, the notes. */
export function appendix3Markdown(report: Appendix3): string {
  const columns = flatColumns(report);
  const out = [
    `# ${report.name}: ${report.title}`,
    '',
    report.template,
    '',
    `- ${report.quarter.label}`,
    `- ${report.asOfLine}`,
    '',
    `| ${columns.map(mdCell).join(' | ')} |`,
    `|${columns.map((_, i) => (i >= 5 && i <= 8 ? ' ---: ' : ' --- ')).join('|')}|`,
  ];
  for (const line of lines(report)) {
    const cells = line.cells.map(mdCell);
    if (line.kind === 'section') cells[1] = `**${cells[1]}**`;
    else if (!line.first) cells[1] = cells[2] = cells[3] = '';
    out.push(`| ${cells.join(' | ')} |`);
  }
  for (const group of appendix3Notes(report)) {
    out.push('', `**${group.heading}**`, '');
    for (const note of group.notes) out.push(`- ${note.unit}: ${note.reason}`);
  }
  return `${out.join('\n')}\n`;
}

const csvCell = (value: Cell) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV: title lines, a blank line, the table (a block's unit, topic and time on each of its rows), the notes. */
export function appendix3Csv(report: Appendix3): string {
  const out: string[] = [
    csvCell(`${report.name}: ${report.title}`),
    csvCell(report.template),
    csvCell(report.quarter.label),
    csvCell(report.asOfLine),
    '',
    flatColumns(report).map(csvCell).join(','),
  ];
  for (const line of lines(report)) out.push(line.cells.map(csvCell).join(','));
  for (const group of appendix3Notes(report)) {
    out.push('', csvCell(group.heading));
    for (const note of group.notes) out.push([note.unit, note.reason].map(csvCell).join(','));
  }
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

/** The rows a quarter may have and still be asked to print on one page. */
const ONE_PAGE_ROWS = 24;

/** XLSX: the template's two-row heading, merged cells, borders, A4 landscape. */
export async function appendix3Xlsx(report: Appendix3): Promise<Uint8Array<ArrayBuffer>> {
  const table = lines(report);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.compiledBy;
  const sheet = workbook.addWorksheet(report.name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: table.length <= ONE_PAGE_ROWS ? 1 : 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  const c = report.columns;
  const width = 10;
  sheet.columns = [5, 24, 18, 18, 14, 11, 11, 12, 18, 20].map((w) => ({ width: w }));
  const font = { name: 'Times New Roman', size: 11 };
  const title = (text: string, row: number, bold: boolean) => {
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { ...font, bold, italic: !bold, size: bold ? 13 : 11 };
    cell.alignment = { horizontal: 'center', wrapText: true };
  };
  title(report.name, 1, true);
  title(report.title, 2, true);
  title(report.template, 3, false);
  title(`${report.quarter.label} — ${report.asOfLine}`, 4, false);
  const headTop = 6;
  sheet.getRow(headTop).values = [c.no, c.unit, c.topic, c.time, c.group, c.received, c.resolved, c.unresolved, '', c.notes];
  const sub = Array<string>(width).fill('');
  sub[7] = c.transferred;
  sub[8] = c.escalated;
  sheet.getRow(headTop + 1).values = sub;
  for (let col = 1; col <= width; col++) if (col !== 8 && col !== 9) sheet.mergeCells(headTop, col, headTop + 1, col);
  sheet.mergeCells(headTop, 8, headTop, 9);
  sheet.getRow(headTop).height = 30;
  sheet.getRow(headTop + 1).height = 105;
  let r = headTop + 2;
  for (const line of table) {
    sheet.getRow(r).values = line.cells;
    if (line.kind === 'section') sheet.getRow(r).font = { ...font, bold: true };
    else if (line.first && line.span && line.span > 1) for (const col of [2, 3, 4]) sheet.mergeCells(r, col, r + line.span - 1, col);
    const notes = String(line.cells[9] ?? '');
    if (notes.length > 20) sheet.getRow(r).height = Math.ceil(notes.length / 20) * 15;
    r++;
  }
  for (let rr = headTop; rr < r; rr++) {
    for (let col = 1; col <= width; col++) {
      const cell = sheet.getCell(rr, col);
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      const header = rr < headTop + 2;
      cell.font = { ...font, bold: header || cell.font?.bold === true };
      cell.alignment = {
        wrapText: true,
        vertical: 'middle',
        horizontal: header || typeof cell.value === 'number' || col === 1 ? 'center' : 'left',
      };
    }
  }
  r++;
  for (const group of appendix3Notes(report)) {
    sheet.mergeCells(r, 1, r, width);
    sheet.getCell(r, 1).value = group.heading;
    sheet.getCell(r, 1).font = { ...font, bold: true };
    r++;
    for (const note of group.notes) {
      sheet.mergeCells(r, 1, r, width);
      sheet.getCell(r, 1).value = `- ${note.unit}: ${note.reason}`;
      sheet.getCell(r, 1).font = font;
      sheet.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
      if (note.reason.length > 110) sheet.getRow(r).height = Math.ceil((note.unit.length + note.reason.length) / 150) * 15;
      r++;
    }
  }
  // The two heading rows repeat on every printed page.
  sheet.pageSetup.printTitlesRow = `${headTop}:${headTop + 1}`;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
