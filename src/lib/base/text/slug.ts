/**
 * Marks-free forms of Vietnamese text, for URLs and for search. Stripping combining marks after NFD
 * removes tones and the breve, circumflex and horn, but đ is a letter of its own (no decomposition),
 * so it is mapped by hand: without that "Đối thoại" would lose its first letter in a slug and
 * "dat dai" would never find "đất đai".
 */

const COMBINING_MARKS = /\p{M}/gu;

/** `Đối thoại doanh nghiệp` → `doi-thoai-doanh-nghiep`; empty when nothing alphanumeric is left. */
export function slugify(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the text is already a slug: lower-case ASCII words joined by single hyphens. */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}

/**
 * The form search compares on both sides: lower case, no marks, đ → d, runs of whitespace as one
 * space. NFC and NFD input fold alike, so `ĐẤT ĐAI`, `Đất đai` and `dat dai` all give `dat dai`.
 */
export function foldForSearch(text: string): string {
  return stripMarks(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
