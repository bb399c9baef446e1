/**
 * The meeting picker: every meeting of the content root, the next one to be held first, then the others
 * newest first, each labelled with its date (or planned period) and file name, so the 28 near-identical
 * titles of a busy unit tell apart; a search box above it folds marks as the public search does
 * ("quy IV 2026" finds "Quý IV năm 2026"). It stores the meeting's file stem, as the relation widget did.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import type { RawEntry } from '../../src/lib/ingest/content/read.ts';
import { datePart, todayInVietnam } from '../../src/lib/base/dates/civil.ts';
import { foldForSearch } from '../../src/lib/base/text/slug.ts';
import { formatShortDate, weekdayName } from '../../src/lib/base/text/date-line.ts';
import { t } from '../../src/i18n/index.ts';
import { loadContext, loadedContext } from './validation.ts';

interface Props {
  forID: string;
  value?: unknown;
  onChange: (value: string) => void;
  classNameWrapper?: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

export interface MeetingOption {
  value: string;
  label: string;
  /** The label folded for search */
  folded: string;
  /** The meeting's day (start, else the plan's date), for ordering */
  day: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A meeting's option: title, then its day in words or its planned period, then its file name. */
export function meetingOption(entry: RawEntry): MeetingOption {
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
  return { value: entry.id, label, folded: foldForSearch(label), day };
}

/** Upcoming meetings first (the nearest at the top), then past and undated ones, newest first. */
export function orderMeetings(options: MeetingOption[], today = todayInVietnam()): MeetingOption[] {
  const upcoming = options.filter((o) => o.day >= today).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const rest = options.filter((o) => !(o.day >= today)).sort((a, b) => (a.day > b.day ? -1 : a.day < b.day ? 1 : 0));
  return [...upcoming, ...rest];
}

/** Options whose label holds every word of the query, marks and case aside. */
export function searchMeetings(options: MeetingOption[], query: string): MeetingOption[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.length ? options.filter((o) => words.every((w) => o.folded.includes(w))) : options;
}

export class MeetingControl extends Component<Props, { query: string; ready: boolean }> {
  state = { query: '', ready: loadedContext() !== undefined };
  live = true;

  componentDidMount() {
    void loadContext().then(() => this.live && this.setState({ ready: true }));
  }

  componentWillUnmount() {
    this.live = false;
  }

  options(): MeetingOption[] {
    const entries = loadedContext()?.entries.filter((e) => e.collection === 'hoi-nghi') ?? [];
    return orderMeetings(entries.map(meetingOption));
  }

  focus() {
    document.getElementById(this.props.forID)?.focus();
  }

  render(): ReactNode {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const value = text(this.props.value);
    const all = this.options();
    let shown = searchMeetings(all, this.state.query);
    const current = all.find((o) => o.value === value);
    if (current && !shown.includes(current)) shown = [current, ...shown];
    const unknown = value && !current && this.state.ready;
    const choices: ReactNode[] = [h('option', { key: '', value: '' }, t('cms.meeting.choose'))];
    if (unknown) choices.push(h('option', { key: value, value }, t('cms.meeting.unknown', { found: value })));
    for (const o of shown) choices.push(h('option', { key: o.value, value: o.value }, o.label));
    return h('div', { className: classNameWrapper }, [
      h('input', {
        key: 'q',
        id: `meeting-search-${forID}`,
        type: 'search',
        className: 'dtdn-meeting-search',
        placeholder: t('cms.meeting.search'),
        'aria-label': t('cms.meeting.search'),
        value: this.state.query,
        onChange: (e: { target: { value: string } }) => this.setState({ query: e.target.value }),
        style: { width: '100%', marginBottom: '8px' },
      }),
      h(
        'select',
        {
          key: 's',
          id: forID,
          className: 'dtdn-meeting-select',
          size: Math.min(8, Math.max(3, shown.length + 1)),
          value,
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          onChange: (e: { target: { value: string } }) => this.props.onChange(e.target.value),
          style: { width: '100%' },
        },
        choices,
      ),
      h(
        'p',
        { key: 'n', className: 'dtdn-meeting-count', style: { margin: '6px 0 0', fontSize: '14px' } },
        this.state.ready ? t('cms.meeting.count', { shown: shown.length, total: all.length }) : t('cms.meeting.loading'),
      ),
    ]);
  }
}
