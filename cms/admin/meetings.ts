/**
 * The meeting picker's choices (cms/admin/meeting-widget.ts): each meeting labelled with its day or
 * planned period and its file name, those still to be held first, searched as the public search folds.
 */
import type { RawEntry } from '../../src/lib/ingest/content/read.ts';
import { datePart, todayInVietnam } from '../../src/lib/base/dates/civil.ts';
import { foldForSearch } from '../../src/lib/base/text/slug.ts';
import { formatShortDate, weekdayName } from '../../src/lib/base/text/date-line.ts';

export interface MeetingOption {
  value: string;
  label: string;
  /** The label folded for search */
  folded: string;
  /** The meeting's day (start, else the plan's date), for ordering */
  day: string;
  /** Still to be held: its start is today or later, or it is planned or announced without a start yet */
  upcoming: boolean;
}

/** A meeting's option: title, then its day in words or its planned period, then its file name. */
export function meetingOption(entry: RawEntry, today = todayInVietnam()): MeetingOption {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const start = text(data.start);
  const plan = (data.plan ?? {}) as Record<string, unknown>;
  const day = /^\d{4}-\d{2}-\d{2}/.test(start) ? datePart(start) : text(plan.date);
  let when = text(data.period);
  try {
    if (start) when = `${weekdayName(datePart(start))}, ${formatShortDate(datePart(start))}`;
  } catch {
    when = start;
  }
  const label = [text(data.title) || entry.id, when, entry.id].filter(Boolean).join(' — ');
  const status = text(data.status);
  const upcoming = start ? datePart(start) >= today : status === 'planned' || status === 'scheduled' || status === 'postponed';
  return { value: entry.id, label, folded: foldForSearch(label), day, upcoming };
}

/** Meetings still to be held first (the nearest at the top), then the others, newest first. */
export function orderMeetings(options: MeetingOption[]): MeetingOption[] {
  const byDay = (a: MeetingOption, b: MeetingOption) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);
  const upcoming = options.filter((o) => o.upcoming).sort(byDay);
  const rest = options.filter((o) => !o.upcoming).sort((a, b) => byDay(b, a));
  return [...upcoming, ...rest];
}

/** Options whose label holds every word of the query, marks and case aside. */
export function searchMeetings(options: MeetingOption[], query: string): MeetingOption[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.length ? options.filter((o) => words.every((w) => o.folded.includes(w))) : options;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
