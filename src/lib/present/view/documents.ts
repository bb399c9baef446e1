/** What document pages and lists show of each kind of entry. */
import { docTypeName, parseDocNumber } from '../../base/text/doc-number.ts';

/** The document type in capitals for the heading (`KẾ HOẠCH`), from its number's symbol. */
export function docKindHeading(number: string | undefined): string | undefined {
  const type = number ? parseDocNumber(number)?.type : undefined;
  const name = type ? docTypeName(type) : undefined;
  return name?.toLocaleUpperCase('vi');
}

/** Petitions split into pages of `size`. */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

export const PETITIONS_PER_PAGE = 50;
