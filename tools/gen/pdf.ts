/**
 * A small, valid one-page PDF (PDF 1.4, Helvetica, correct cross-reference table) standing in for an
 * uploaded signed document in generated corpora. The text is written without Vietnamese marks, since the
 * standard fonts carry no Vietnamese glyphs; the page is only a placeholder for a file to download.
 */
import { slugify } from '../../src/lib/base/text/slug.ts';

function pdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** The bytes of a one-page PDF showing the given lines (marks removed). */
export function placeholderPdf(lines: readonly string[]): Uint8Array {
  const ascii = lines.map((line) =>
    line
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]/g, '?'),
  );
  const text = ascii.map((line, i) => `BT /F1 ${i === 0 ? 14 : 11} Tf 56 ${780 - i * 22} Td (${pdfString(line)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A file name under `tep/` for a document: `tep/kh-12-kh-ubnd-2026.pdf`. */
export function pdfPath(...parts: (string | number)[]): string {
  return `tep/${slugify(parts.join(' '))}.pdf`;
}
