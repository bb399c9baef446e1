/** Quarters of a year (Phụ lục 3 is quarterly, KH 85/2024 §IV.4): `2026-q2` ↔ 1/4/2026–30/6/2026. */
import { t } from '../../../i18n/index.ts';
import type { IsoDate } from '../../base/dates/civil.ts';

export interface Quarter {
  year: number;
  /** 1–4 */
  q: number;
  /** `2026-q2`: the quarter's id in URLs and file names */
  id: string;
  /** First and last day */
  from: IsoDate;
  until: IsoDate;
  /** `Quý II/2026` */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The quarter `q` (1–4) of `year`. */
export function quarter(year: number, q: number): Quarter {
  const firstMonth = String((q - 1) * 3 + 1).padStart(2, '0');
  return {
    year,
    q,
    id: `${year}-q${q}`,
    from: `${year}-${firstMonth}-01`,
    until: `${year}-${LAST_DAY[q - 1]}`,
    label: t('city.quarter.label', { roman: ROMAN[q - 1]!, year }),
  };
}

/** The quarter a date (or date-time) falls in. */
export function quarterOf(date: string): Quarter {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return quarter(year, Math.floor((month - 1) / 3) + 1);
}

/** `2026-q2` → the quarter, or undefined for another shape. */
export function parseQuarterId(id: string): Quarter | undefined {
  const match = /^(\d{4})-q([1-4])$/.exec(id);
  return match ? quarter(Number(match[1]), Number(match[2])) : undefined;
}

/** The four quarters of a year. */
export function quartersOf(year: number): Quarter[] {
  return [1, 2, 3, 4].map((q) => quarter(year, q));
}
