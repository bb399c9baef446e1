/**
 * Vietnamese alphabetical order. Code-point order puts Đ, Ă and Â after Z; the CLDR `vi` collation
 * gives the dictionary order (A Ă Â B C D Đ E Ê …, tones as secondary differences) and treats
 * NFC and NFD spellings as equal.
 */

// One collator for the whole build: creating one per comparison is slow.
const collator = new Intl.Collator('vi');

/** Compares two texts in Vietnamese order; usable directly as a `sort` callback. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A new array of the texts in Vietnamese order. */
export function sortByVi(items: readonly string[]): string[];
/** A new array of the items in Vietnamese order of `key(item)`; ties keep their input order. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[];
export function sortByVi<T>(items: readonly T[], key?: (item: T) => string): T[] {
  const textOf = key ?? ((item: T) => String(item));
  return [...items].sort((a, b) => collator.compare(textOf(a), textOf(b)));
}
