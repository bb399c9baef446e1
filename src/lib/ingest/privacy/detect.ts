/**
 * Finding personal data in public text (RULES.md, "Personal data"; Law 91/2025/QH15, Decree 356/2025/NĐ-CP):
 *
 * - a citizen ID (CCCD, 12 digits): a province code of birth registration (001–096, the codes of the
 *   63 provinces before the 2025 merger, still printed on every card), a century-and-sex digit (0–3 for
 *   people born 1900–2099), two digits of the birth year, six serial digits. Since 1/7/2025 it is also
 *   a household business's tax code. Written together or in groups (`031 090 012 345`, `0310.9001.2345`).
 *   Amounts like `120.000.000.000` never start with 0, so they are not taken for IDs.
 * - an old ID card number (CMND, 9 digits) only when a context word (CMND, chứng minh…) comes just
 *   before it: nine digits alone are too often an amount or a reference;
 * - a personal mobile number: 10 digits with a mobile network prefix (03x, 05x, 07x, 08x, 09x), written
 *   `0912345678`, `0912 345 678`, `0912.345.678`, `091-234-5678` or `+84 912 345 678`. Landlines
 *   (`0225 3842 123`, 11 digits, prefix 02) are offices' numbers and are not matched.
 *
 * Enterprise tax codes (10 digits, or 13 as `0201234567-001`) are public: the 13-digit form never
 * matches, and a 10-digit one that looks like a mobile is taken for a tax code when "mã số thuế",
 * "MST" or "mã số doanh nghiệp" comes just before it.
 */

export type PersonalDataKind = 'cccd' | 'cmnd' | 'mobile';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The digits only, in national form for phones (`0912345678`): what the allow-list compares */
  value: string;
  /** As written in the text */
  text: string;
  /** Offset in the text */
  index: number;
}

/** Province codes of the CCCD (Circular 59/2021/TT-BCA, annex). */
export const PROVINCE_CODES = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

/** Mobile network prefixes after the 2018 renumbering (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, Itel, Reddi). */
const MOBILE_PREFIX = /^0(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)/;

// Twelve digits: together, in three groups of four, or four groups of three (one separator kind).
const TWELVE = /(?<![\d.,-])(?:\d{12}|\d{4}([ .])\d{4}\1\d{4}|\d{3}([ .])\d{3}\2\d{3}\2\d{3})(?![\d]|[.,-]\d)/g;
// Nine digits, together or as three groups of three.
const NINE = /(?<![\d.,-])(?:\d{9}|\d{3}([ .])\d{3}\1\d{3})(?![\d]|[.,-]\d)/g;
// A phone: national `0` or international `+84`/`84`/`(+84)`, then nine digits with single separators.
const PHONE = /(?<![\d+])(?:\(\+84\)|\+84|0084|84|0)[ .-]?\d(?:[ .-]?\d){8}(?![ .-]?\d)/g;

/** What comes just before a 9-digit number and says it is an ID card number (text folded: no marks, lower case). */
const ID_CONTEXT = /(cmnd|cmtnd|cmt|chung minh (nhan dan|thu)|can cuoc|cccd|so dinh danh|giay to tuy than|ho chieu)[^\n\d]{0,30}$/;

/** What comes just before a 10-digit number and says it is a tax code (`MST: 0321234567`), not a phone. */
const TAX_CONTEXT = /(ma so thue|mst|ma so doanh nghiep|msdn|ma so hop tac xa)[^\n\d]{0,20}$/;

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** True when 12 digits can be a CCCD number: a province code, and a birth year of this or the last century. */
export function isPlausibleCccd(value: string): boolean {
  return /^\d{12}$/.test(value) && PROVINCE_CODES.has(value.slice(0, 3)) && value[3]! <= '3';
}

/** True when 10 national digits are a mobile number. */
export function isMobile(value: string): boolean {
  return /^\d{10}$/.test(value) && MOBILE_PREFIX.test(value);
}

/** Every personal number in a text, in order. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && a < end);

  for (const m of text.matchAll(TWELVE)) {
    const value = digits(m[0]);
    if (!isPlausibleCccd(value)) continue;
    found.push({ kind: 'cccd', value, text: m[0], index: m.index });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(PHONE)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    let value = digits(m[0]);
    if (value.startsWith('0084')) value = `0${value.slice(4)}`;
    else if (value.startsWith('84') && value.length === 11) value = `0${value.slice(2)}`;
    if (!isMobile(value)) continue;
    // Enterprise tax codes share the 10-digit shape (03… for Hồ Chí Minh City): the words before tell them apart.
    if (value === digits(m[0]) && TAX_CONTEXT.test(fold(text.slice(Math.max(0, m.index - 40), m.index)))) continue;
    found.push({ kind: 'mobile', value, text: m[0], index: m.index });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(NINE)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    if (!ID_CONTEXT.test(fold(text.slice(Math.max(0, m.index - 60), m.index)))) continue;
    found.push({ kind: 'cmnd', value: digits(m[0]), text: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The number with all but its first three and last two digits hidden, for messages and logs. */
export function mask(value: string): string {
  if (value.length <= 5) return '•'.repeat(value.length);
  return `${value.slice(0, 3)}${'•'.repeat(value.length - 5)}${value.slice(-2)}`;
}
