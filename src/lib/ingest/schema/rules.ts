/**
 * Rules within one entry that a field alone cannot state: a status that needs other fields, two dates
 * of the same file in order. They read the raw data defensively, so they run even when other fields
 * are broken and every problem of a file is reported in one run.
 */
import { isValidIsoDate, isValidLocalDateTime, datePart } from '../../base/dates/civil.ts';
import { t } from '../../../i18n/index.ts';

export type RawData = Record<string, unknown>;

/** A problem an entry rule found: the path of the field it concerns and the message. */
export interface RuleIssue {
  path: (string | number)[];
  message: string;
  /** A warning builds; an error (the default) does not */
  severity?: 'warning';
}

export type EntryRule = (data: RawData) => RuleIssue[];

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** The value at a dotted path of raw data, or undefined. */
export function valueAt(data: RawData, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as RawData)[key];
  }
  return current;
}

/** A field that must be present when a condition on the entry holds. */
export function requireWhen(path: string, when: (data: RawData) => boolean, message: (data: RawData) => string): EntryRule {
  return (data) => (when(data) && !present(valueAt(data, path)) ? [{ path: path.split('.'), message: message(data) }] : []);
}

/** A field that must be absent when a condition holds. */
export function forbidWhen(path: string, when: (data: RawData) => boolean, message: (data: RawData) => string): EntryRule {
  return (data) => (when(data) && present(valueAt(data, path)) ? [{ path: path.split('.'), message: message(data) }] : []);
}

function asDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isValidIsoDate(value)) return value;
  if (isValidLocalDateTime(value)) return datePart(value);
  return undefined;
}

/**
 * Two dates of one entry in order: `later` must not be before `earlier`. Skipped when either date is
 * absent or malformed (the field itself reports that).
 */
export function notBefore(later: string, earlier: string, laterLabel: string, earlierLabel: string): EntryRule {
  return (data) => {
    const a = asDate(valueAt(data, later));
    const b = asDate(valueAt(data, earlier));
    if (!a || !b || a >= b) return [];
    return [{ path: later.split('.'), message: t('rule.dateOrder', { later: laterLabel, found: a, earlier: earlierLabel, limit: b }) }];
  };
}
