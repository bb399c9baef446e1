/**
 * The four parts of a meeting's folder, in the order the plans list them, under each of their names:
 * the URL segment and content folder (`thong-bao`), the site model's list (`notices`), the audit's key
 * (`notice`), and the words people read (`site.part.thong-bao`). Every other place reads this table.
 */
import type { MessageKey } from '../../../i18n/index.ts';

export const PART_TABLE = [
  { slug: 'thong-bao', collection: 'notices', audit: 'notice', label: 'site.part.thong-bao' },
  { slug: 'noi-dung', collection: 'contents', audit: 'content', label: 'site.part.noi-dung' },
  { slug: 'kien-nghi', collection: 'petitions', audit: 'petitions', label: 'site.part.kien-nghi' },
  { slug: 'ket-luan', collection: 'conclusions', audit: 'conclusion', label: 'site.part.ket-luan' },
] as const satisfies readonly { slug: string; collection: string; audit: string; label: MessageKey }[];

export type PartRow = (typeof PART_TABLE)[number];
/** A part by its URL segment and content folder */
export type Part = PartRow['slug'];

/** The parts' URL segments, in order. */
export const PARTS: readonly Part[] = PART_TABLE.map((p) => p.slug);

/** The row of a part, by any of its names. */
export function partRow<K extends 'slug' | 'collection' | 'audit'>(key: K, value: PartRow[K]): PartRow {
  return PART_TABLE.find((p) => p[key] === value)!;
}
