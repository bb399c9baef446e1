/** Vietnamese text helpers: normalisation, Decree 30 dates and numbers, slugs, search folding, sorting. */
export { nfc, normalizeDeep, stripBom, toLf } from './normalize.ts';
export { dateLine, formatDateTime, formatDateWithWeekday, formatDecreeDate, formatShortDate, weekdayName } from './date-line.ts';
export {
  DOC_NUMBER_PATTERN,
  PETITION_CODE_PATTERN,
  docTypeName,
  formatNumberLine,
  isDocNumber,
  isPetitionCode,
  nextPetitionCode,
  parseDocNumber,
  suggestDocNumber,
} from './doc-number.ts';
export type { DocNumber } from './doc-number.ts';
export { foldForSearch, isSlug, slugify } from './slug.ts';
export { compareVi, sortByVi } from './sort.ts';
