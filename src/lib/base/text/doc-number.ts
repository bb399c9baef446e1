/**
 * Number and symbol (số, ký hiệu) of a state document, Decree 30/2020/NĐ-CP, Appendix I:
 * `80/KH-UBND` is number 80, type KH (kế hoạch), issued by the UBND; further `-` parts name the
 * drafting office (`12/TB-UBND-VP`). Party documents use another form (`1913-TB/TU`) and are not
 * matched here, nor are legal normative documents with a year (`30/2020/NĐ-CP`): a unit's own
 * notices, plans and conclusions never take either.
 */
import { t, type MessageKey } from '../../../i18n/index.ts';
import { nfc } from './normalize.ts';

/** A parsed document number. `number` stays text so a leading zero (`01/QĐ-UBND`) survives. */
export interface DocNumber {
  number: string;
  /** The type abbreviation: `KH`, `TB`, `TTr`… */
  type: string;
  /** The issuer and any sub-units after it: `UBND`, `UBND-VP`. */
  issuer: string;
}

// Abbreviations are capitals; Decree 30 writes a few in mixed case to tell them apart
// (TTr tờ trình / TT thông tư, CTr chương trình / CT chỉ thị), and the Prime Minister signs as TTg.
const MIXED_CASE_TYPES = ['QyĐ', 'CTr', 'TTr', 'TTh'] as const;
const MIXED_CASE_ISSUERS = ['TTg'] as const;
// No `\p{Lu}`: the CMS compiles the pattern without the `u` flag, so Đ is listed by hand.
const TYPE = `(?:[A-ZĐ]+|${MIXED_CASE_TYPES.join('|')})`;
const SEGMENT = `(?:[A-ZĐ][A-ZĐ0-9]*|${MIXED_CASE_ISSUERS.join('|')})`;

/** Source of a RegExp (no flags needed, anchored) for a state document number: `80/KH-UBND`. */
export const DOC_NUMBER_PATTERN = `^[0-9]+/${TYPE}-${SEGMENT}(?:-${SEGMENT})*$`;

/**
 * Source of a RegExp (no flags needed, anchored) for a Party document number (Hướng dẫn 36-HD/VPTW):
 * `25-KH/TU` is number 25, type KH, issued by the Thành ủy (TU); `12-TB/TU`, `1913-TB/TU`.
 */
export const PARTY_DOC_NUMBER_PATTERN = `^[0-9]+-${TYPE}/${SEGMENT}(?:-${SEGMENT})*$`;

/** Source of a RegExp for a document number in either form: Decree 30 (`25/KH-UBND`) or the Party's (`25-KH/TU`). */
export const ANY_DOC_NUMBER_PATTERN = `(?:${DOC_NUMBER_PATTERN})|(?:${PARTY_DOC_NUMBER_PATTERN})`;

/**
 * Source of a RegExp for a petition code in the unit's own scheme: one word of letters, digits and
 * `/ . _ -`, no spaces (`KN-2026-07` recommended; `154`, `2849/UBND-KT`, `HD-12` accepted).
 */
export const PETITION_CODE_ANY_PATTERN = '^[0-9A-Za-zĐđ][0-9A-Za-zĐđ/._-]*$';

/** Source of a RegExp (no flags needed, anchored) for a petition code: `KN-2026-07`. */
export const PETITION_CODE_PATTERN = '^KN-[0-9]{4}-[0-9]{2,}$';

const DOC_NUMBER = new RegExp(DOC_NUMBER_PATTERN);
const PARTY_DOC_NUMBER = new RegExp(PARTY_DOC_NUMBER_PATTERN);
const PETITION_CODE = new RegExp(PETITION_CODE_PATTERN);

/** The type abbreviations of Decree 30's Appendix III that units use; their names are in src/i18n/vi/doc.ts. */
const DOC_TYPES = new Set(['BB', 'BC', 'CT', 'CTr', 'CV', 'ĐA', 'GM', 'HD', 'KH', 'KL', 'NQ', 'PA', 'QĐ', 'QyĐ', 'TB', 'TTh', 'TTr']);

/** True when the text is a state document number in Decree 30 form, exactly (no spaces, right case). */
export function isDocNumber(text: string): boolean {
  return DOC_NUMBER.test(text);
}

/** True when the text is a Party document number (`25-KH/TU`). */
export function isPartyDocNumber(text: string): boolean {
  return PARTY_DOC_NUMBER.test(text);
}

/** The parts of a Party document number (`25-KH/TU`: 25, KH, TU), or undefined when it is not in that form. */
export function parsePartyDocNumber(text: string): DocNumber | undefined {
  if (!isPartyDocNumber(text)) return undefined;
  const slash = text.indexOf('/');
  const dash = text.indexOf('-');
  return { number: text.slice(0, dash), type: text.slice(dash + 1, slash), issuer: text.slice(slash + 1) };
}

/** The parts of a state document number, or undefined when it is not in Decree 30 form. */
export function parseDocNumber(text: string): DocNumber | undefined {
  if (!isDocNumber(text)) return undefined;
  const slash = text.indexOf('/');
  const [type, ...issuer] = text.slice(slash + 1).split('-');
  return { number: text.slice(0, slash), type: type!, issuer: issuer.join('-') };
}

/**
 * The corrected form of a document number typed with a common mistake (spaces around `/` and `-`,
 * an en dash, lower case, a leading `Số:`), or undefined when the text is already right or
 * cannot be mended. Meant for an editor-facing "did you mean…".
 */
export function suggestDocNumber(text: string): string | undefined {
  const cleaned = nfc(text)
    .trim()
    .replace(/^s[ốỐ]\s*:?\s*/iu, '')
    // Dashes from Word's autocorrect; Ð (Icelandic eth) is a look-alike some keyboards give for Đ.
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/[\u00D0\u00F0]/gu, 'Đ')
    .replace(/\s*([/-])\s*/gu, '$1');
  const slash = cleaned.indexOf('/');
  if (slash < 1) return undefined;
  const [type = '', ...issuer] = cleaned
    .slice(slash + 1)
    .toUpperCase()
    .split('-');
  const candidate = [
    `${cleaned.slice(0, slash)}/${restoreCase(type, MIXED_CASE_TYPES)}`,
    ...issuer.map((segment) => restoreCase(segment, MIXED_CASE_ISSUERS)),
  ].join('-');
  return candidate !== text && isDocNumber(candidate) ? candidate : undefined;
}

/** The Vietnamese name of a type abbreviation (`KH` → `Kế hoạch`), or undefined when unknown. */
export function docTypeName(type: string): string | undefined {
  return DOC_TYPES.has(type) ? t(`doc.type.${type}` as MessageKey) : undefined;
}

/** The number line of a document's header: `Số: 80/KH-UBND`. */
export function formatNumberLine(docNumber: string): string {
  if (!isDocNumber(docNumber) && !isPartyDocNumber(docNumber)) {
    const suggestion = suggestDocNumber(docNumber);
    const hint = suggestion ? t('doc.numberSuggestion', { suggestion }) : t('doc.numberForm');
    throw new RangeError(t('doc.numberInvalid', { found: docNumber, hint }));
  }
  return t('doc.numberLine', { number: docNumber });
}

/** True when the text is a petition code `KN-YYYY-NN` (two or more digits after the year). */
export function isPetitionCode(text: string): boolean {
  return PETITION_CODE.test(text);
}

/** The first code of a year after those in use: `KN-2026-08` when `KN-2026-07` is the highest (gaps are not reused). */
export function nextPetitionCode(codes: Iterable<string>, year: number): string {
  let highest = 0;
  const prefix = `KN-${year}-`;
  for (const code of codes) {
    if (!code.startsWith(prefix) || !PETITION_CODE.test(code)) continue;
    highest = Math.max(highest, Number(code.slice(prefix.length)));
  }
  return `${prefix}${String(highest + 1).padStart(2, '0')}`;
}

function restoreCase(upper: string, mixed: readonly string[]): string {
  return mixed.find((form) => form.toUpperCase() === upper) ?? upper;
}
