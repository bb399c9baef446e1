/**
 * Validation of a content root: each file against its schema and entry rules, then the checks across
 * files (references, unique codes, dates across entries, attachments on disk). Every problem is
 * collected, so editors fix everything in one round.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { t } from '../../../i18n/index.ts';
import { datePart, dayOfWeek, isValidIsoDate, isValidLocalDateTime } from '../../base/dates/civil.ts';
import { collectionSpec, type CollectionName } from '../schema/collections.ts';
import { fieldAt, isFilePath, type AnyField } from '../schema/fields.ts';
import type { ContentProblem } from './errors.ts';
import type { RawEntry } from './read.ts';

export interface ValidEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string;
  /** 1-based line where the body starts, for messages about it */
  lineOf: RawEntry['lineOf'];
}

/** `answer.date`, `attachments[2].file`: list positions 1-based, as editors count. */
export function keyPath(pathSegments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of pathSegments) {
    if (typeof segment === 'number') out += `[${segment + 1}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** `Trả lời › Ngày trả lời`: the labels along a path. */
export function labelPath(fields: readonly AnyField[], pathSegments: readonly PropertyKey[]): string | undefined {
  const labels: string[] = [];
  const keys: PropertyKey[] = [];
  for (const segment of pathSegments) {
    keys.push(segment);
    if (typeof segment !== 'string') continue;
    const field = fieldAt(fields, keys);
    if (!field) return labels.length ? labels.join(' › ') : undefined;
    labels.push(field.label);
  }
  return labels.length ? labels.join(' › ') : undefined;
}

function fieldProblem(entry: RawEntry, fields: readonly AnyField[], pathSegments: readonly PropertyKey[], message: string): ContentProblem {
  return {
    file: entry.file,
    line: entry.lineOf(pathSegments),
    field: pathSegments.length ? keyPath(pathSegments) : undefined,
    label: labelPath(fields, pathSegments),
    message,
    severity: 'error',
  };
}

/** Checks one entry against its schema and rules; returns the parsed data when valid. */
export function validateEntry(entry: RawEntry): { data?: Record<string, unknown>; problems: ContentProblem[] } {
  const spec = collectionSpec(entry.collection);
  const problems: ContentProblem[] = [];
  const result = spec.schema.safeParse(entry.data) as z.ZodSafeParseResult<Record<string, unknown>>;
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An unknown key is the object's problem, but the editor needs to see the key itself.
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const at = key === undefined ? issue.path : [...issue.path, key];
        problems.push(fieldProblem(entry, spec.fields, at, issue.message));
      }
    }
  }
  const raw = entry.data as Record<string, unknown>;
  for (const rule of spec.rules) {
    for (const issue of rule(raw))
      problems.push({ ...fieldProblem(entry, spec.fields, issue.path, issue.message), severity: issue.severity ?? 'error' });
  }
  if (spec.body?.required && (entry.body ?? '').trim() === '') {
    problems.push({ file: entry.file, message: t('error.bodyRequired', { label: spec.body.label }), severity: 'error' });
  }
  return { data: result.success && !problems.some((p) => p.severity === 'error') ? result.data : undefined, problems };
}

/** Every `file` field's value in an entry, with its key path. */
export function filesOf(fields: readonly AnyField[], data: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof data !== 'object' || data === null) return [];
  const out: { path: PropertyKey[]; value: string }[] = [];
  const record = data as Record<string, unknown>;
  for (const field of fields) {
    const value = record[field.key];
    if (value === undefined || value === null) continue;
    if (field.kind === 'file' && typeof value === 'string' && value !== '') out.push({ path: [...at, field.key], value });
    if (field.kind === 'object') out.push(...filesOf(field.fields, value, [...at, field.key]));
    if (field.kind === 'list' && Array.isArray(value)) value.forEach((item, i) => out.push(...filesOf(field.fields, item, [...at, field.key, i])));
  }
  return out;
}

async function isFileInside(root: string, relative: string): Promise<boolean> {
  const absolute = path.resolve(root, relative);
  if (!absolute.startsWith(path.resolve(root) + path.sep)) return false;
  try {
    return (await stat(absolute)).isFile();
  } catch {
    return false;
  }
}

/** A meeting's start: a date-time, or a day without the hour. */
function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && (isValidLocalDateTime(value) || isValidIsoDate(value));
}

function record(entry: RawEntry): Record<string, unknown> {
  return entry.data as Record<string, unknown>;
}

/**
 * The checks across files. They run on every parsed entry, valid or not, reading fields defensively,
 * so a file with a bad date and a dangling reference reports both at once.
 */
export async function validateAcross(root: string, entries: RawEntry[], meetingFiles: ReadonlySet<string>): Promise<ContentProblem[]> {
  return [...crossFileProblems(entries, meetingFiles), ...(await attachmentProblems(entries, (file) => isFileInside(root, file)))];
}

/**
 * The checks across files that need only the entries (no disk): references to meetings, dates against
 * the meeting's, unique petition codes, the holiday calendars' years. The editor runs them too, on the
 * draft and the entries it has loaded (cms/admin/validation.ts).
 */
export function crossFileProblems(entries: readonly RawEntry[], meetingFiles: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problemAt = (entry: RawEntry, pathSegments: PropertyKey[], message: string) =>
    problems.push(fieldProblem(entry, collectionSpec(entry.collection).fields, pathSegments, message));

  const meetings = new Map(entries.filter((e) => e.collection === 'hoi-nghi').map((e) => [e.id, e]));
  const meetingIds = [...meetingFiles].join(', ') || t('found.none');

  for (const entry of entries) {
    const written = record(entry).meeting;
    if (entry.collection === 'hoi-nghi') continue;
    // A petition may name a list of meetings (carried over): each must exist; the last is where it was answered.
    const named = Array.isArray(written)
      ? written.map((id, i) => ({ id: id as unknown, at: ['meeting', i] as PropertyKey[] }))
      : [{ id: written, at: ['meeting'] as PropertyKey[] }];
    const refs = named.filter((r): r is { id: string; at: PropertyKey[] } => typeof r.id === 'string' && r.id !== '');
    const missing = refs.filter((r) => !meetingFiles.has(r.id));
    for (const r of missing) problemAt(entry, r.at, t('error.unknownMeeting', { found: r.id, known: meetingIds }));
    if (refs.length === 0 || missing.length > 0) continue;
    const meetingId = refs.at(-1)!.id;
    const meeting = meetings.get(meetingId);
    if (!meeting) continue; // its file is broken and reported on its own
    const start = record(meeting).start;
    const issued = record(entry).issued;
    if (entry.collection === 'ket-luan' && isDateTime(start) && typeof issued === 'string' && isValidIsoDate(issued) && issued < datePart(start)) {
      problemAt(entry, ['issued'], t('error.conclusionBeforeMeeting', { found: issued, meeting: meetingId, day: datePart(start) }));
    }
    const received = record(entry).received;
    if (
      entry.collection === 'kien-nghi' && record(entry).channel === 'at-meeting' && isDateTime(start) &&
      typeof received === 'string' && isValidIsoDate(received) && received !== datePart(start) &&
      !(typeof record(meeting).end === 'string' && received > datePart(start) && received <= (record(meeting).end as string))
    ) {
      problemAt(entry, ['received'], t('error.atMeetingReceived', { found: received, meeting: meetingId, day: datePart(start) }));
    }
    const answer = record(entry).answer as { date?: unknown } | null | undefined;
    if (
      entry.collection === 'kien-nghi' && record(entry).status === 'answered-at-meeting' && isDateTime(start) &&
      typeof answer?.date === 'string' && isValidIsoDate(answer.date) && answer.date < datePart(start)
    ) {
      problemAt(entry, ['answer', 'date'], t('error.answerAtMeetingBeforeMeeting', { found: answer.date, meeting: meetingId, day: datePart(start) }));
    }
  }

  const codes = new Map<string, RawEntry[]>();
  for (const entry of entries.filter((e) => e.collection === 'kien-nghi')) {
    const code = record(entry).code;
    if (typeof code !== 'string' || code === '') continue;
    codes.set(code, [...(codes.get(code) ?? []), entry]);
  }
  for (const [code, same] of codes) {
    if (same.length < 2) continue;
    for (const entry of same) {
      const others = same.filter((e) => e !== entry).map((e) => e.file).join(', ');
      problemAt(entry, ['code'], t('error.duplicateCode', { found: code, others }));
    }
  }

  for (const entry of entries.filter((e) => e.collection === 'lich-nghi')) {
    const year = record(entry).year;
    if (typeof year !== 'number') continue;
    if (entry.id !== String(year)) problemAt(entry, ['year'], t('error.calendarYearName', { found: year, name: entry.id }));
    for (const key of ['daysOff', 'workedSaturdays'] as const) {
      const days = record(entry)[key];
      if (!Array.isArray(days)) continue;
      const seen = new Map<string, number>();
      days.forEach((day: { date?: unknown } | null, i) => {
        if (typeof day?.date !== 'string' || !isValidIsoDate(day.date)) return;
        const first = seen.get(day.date);
        if (first !== undefined) {
          const field = keyPath([key, first]);
          problemAt(entry, [key, i, 'date'], t('error.calendarDuplicate', { found: day.date, line: entry.lineOf([key, first, 'date']) ?? '?', field }));
          return;
        }
        seen.set(day.date, i);
        if (!day.date.startsWith(`${year}-`)) problemAt(entry, [key, i, 'date'], t('error.calendarWrongYear', { found: day.date, year }));
        else if (key === 'daysOff' && (dayOfWeek(day.date) === 0 || dayOfWeek(day.date) === 6)) problemAt(entry, [key, i, 'date'], t('error.calendarDayOffWeekend', { found: day.date }));
        else if (key === 'workedSaturdays' && dayOfWeek(day.date) !== 6) problemAt(entry, [key, i, 'date'], t('error.calendarNotSaturday', { found: day.date }));
      });
    }
  }

  return problems;
}

/** Attachments that do not exist: `exists` answers for a path relative to the content root. */
export async function attachmentProblems(
  entries: readonly RawEntry[],
  exists: (file: string) => boolean | Promise<boolean>,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const checks: Promise<void>[] = [];
  for (const entry of entries) {
    const fields = collectionSpec(entry.collection).fields;
    for (const ref of filesOf(fields, entry.data)) {
      if (!isFilePath(ref.value)) continue; // a malformed path is the field's own problem
      checks.push(
        Promise.resolve(exists(ref.value)).then((ok) => {
          if (!ok) problems.push(fieldProblem(entry, fields, ref.path, t('error.missingAttachment', { found: ref.value })));
        }),
      );
    }
  }
  await Promise.all(checks);
  return problems;
}
