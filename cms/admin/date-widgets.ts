/**
 * Date and date-time entry for Vietnamese editors, in place of Decap's native `<input type=date>`
 * (decap-cms#7939: typing 05 11 2026 key by key stored 1906-11-05). The field shows `dd/mm/yyyy` and a
 * 24-hour `HH:mm` whatever the browser's language; the stored value changes only when what is typed is
 * a complete, real date in the plausible years (the build's own check, `implausibleYear`), and is
 * echoed in words beside the field ("Thứ Năm, ngày 15 tháng 10 năm 2026"). Anything else is kept as
 * typed, flagged under the field, and blocks the save.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import { isValidIsoDate } from '../../src/lib/base/dates/civil.ts';
import { DEFAULT_YEARS_AHEAD, implausibleYear } from '../../src/lib/ingest/schema/fields.ts';
import { formatMeetingTime } from '../../src/lib/present/view/format.ts';
import { t } from '../../src/i18n/index.ts';

type Immutable = { get(key: string, fallback?: unknown): unknown };

interface Props {
  field: Immutable;
  forID: string;
  value?: unknown;
  onChange: (value: string) => void;
  classNameWrapper?: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** What an editor types for a date the source does not give (stored as `unknown`). */
const UNKNOWN_TYPED = /^(không rõ|khong ro|unknown)$/iu;

/** `2026-11-05` → `05/11/2026`; `unknown` → "không rõ"; anything else → ''. */
export function isoToShown(value: unknown): string {
  if (value === 'unknown') return t('fact.unknown');
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value ?? ''));
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** `2026-11-05T08:30` → `08:30`; anything else → ''. */
export function isoToTime(value: unknown): string {
  const match = /T(\d{2}:\d{2})/.exec(String(value ?? ''));
  return match ? match[1]! : '';
}

/**
 * Typed digits get their separators as they come: `0511` → `05/11`, `05112026` → `05/11/2026`, and a
 * separator typed where one goes anyway is not doubled. A date typed with its own separators elsewhere
 * (`5/11/2026`) is kept as typed.
 */
export function shapeDate(typed: string): string {
  return shape(typed, '/', [2, 4], 8);
}

/** `0830` → `08:30`; `8:30` is kept. */
export function shapeTime(typed: string): string {
  return shape(typed, ':', [2], 4);
}

function shape(typed: string, separator: string, cuts: number[], maxDigits: number): string {
  const positions = cuts.map((cut, i) => cut + i);
  const separatorsInPlace = [...typed].every((c, i) => /\d/.test(c) || (c === separator && positions.includes(i)));
  if (!separatorsInPlace) return typed.slice(0, maxDigits + cuts.length);
  const digits = typed.replaceAll(separator, '').slice(0, maxDigits);
  let out = '';
  let from = 0;
  for (const cut of cuts) {
    if (digits.length <= cut) break;
    out += `${digits.slice(from, cut)}${separator}`;
    from = cut;
  }
  return out + digits.slice(from);
}

export type Parsed = { iso: string } | { problem: string } | { empty: true };

/** A typed `d/m/yyyy` as `YYYY-MM-DD`, or what is wrong with it. */
export function parseShownDate(text: string, yearsAhead = DEFAULT_YEARS_AHEAD): Parsed {
  const typed = text.trim();
  if (typed === '') return { empty: true };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  if (!match) return { problem: t('cms.date.incomplete', { found: typed }) };
  const iso = `${match[3]}-${pad2(Number(match[2]))}-${pad2(Number(match[1]))}`;
  if (!isValidIsoDate(iso)) return { problem: t('cms.date.impossible', { found: typed }) };
  const implausible = implausibleYear(iso, yearsAhead);
  if (implausible) return { problem: t('cms.date.implausible', { found: typed, detail: implausible }) };
  return { iso };
}

/** A typed `H:mm` (24-hour) as `HH:mm`, or what is wrong with it. */
export function parseShownTime(text: string): { time: string } | { problem: string } | { empty: true } {
  const typed = text.trim();
  if (typed === '') return { empty: true };
  const match = /^(\d{1,2})[:hg.](\d{2})$/.exec(typed);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return { problem: t('cms.time.invalid', { found: typed }) };
  return { time: `${pad2(Number(match[1]))}:${match[2]}` };
}

const inputStyle = { width: '9em', fontVariantNumeric: 'tabular-nums' } as const;

abstract class Base extends Component<Props, { date: string; time: string; shownFor: unknown }> {
  abstract readonly withTime: boolean;

  /** `allow_unknown` (a date the source may not give) and `date_only` (a day without the hour) from the configuration. */
  option(name: 'allow_unknown' | 'date_only'): boolean {
    return this.props.field.get(name) === true;
  }
  override state = { date: isoToShown(this.props.value), time: isoToTime(this.props.value), shownFor: this.props.value };

  /** A value changed from outside (another entry loaded, a reset): show it. */
  static getDerivedStateFromProps(props: Props, state: { date: string; time: string; shownFor: unknown }) {
    if (props.value === state.shownFor) return null;
    return { date: isoToShown(props.value), time: isoToTime(props.value), shownFor: props.value };
  }

  yearsAhead(): number {
    const value = Number(this.props.field.get('years_ahead'));
    return Number.isFinite(value) && value >= 0 ? value : DEFAULT_YEARS_AHEAD;
  }

  /** The value to store for the typed text, undefined while it is not complete and valid; '' when empty. */
  resolve(date: string, time: string): { value?: string; problem?: string } {
    if (this.option('allow_unknown') && UNKNOWN_TYPED.test(date.trim())) return { value: 'unknown' };
    const day = parseShownDate(date, this.yearsAhead());
    if (!this.withTime) {
      if ('empty' in day) return { value: '' };
      return 'iso' in day ? { value: day.iso } : { problem: day.problem };
    }
    const clock = parseShownTime(time);
    if ('empty' in day && 'empty' in clock) return { value: '' };
    if ('problem' in day) return { problem: day.problem };
    if ('problem' in clock) return { problem: clock.problem };
    if ('empty' in day) return { problem: t('cms.datetime.noDate') };
    if ('empty' in clock) return this.option('date_only') ? { value: day.iso } : { problem: t('cms.datetime.noTime') };
    return { value: `${day.iso}T${clock.time}` };
  }

  update(date: string, time: string) {
    const { value } = this.resolve(date, time);
    // Only a complete, valid value reaches the entry; the typed text is kept either way.
    const commit = value !== undefined && value !== (this.props.value ?? '');
    this.setState({ date, time, shownFor: commit ? value : this.props.value });
    if (commit) this.props.onChange(value);
  }

  isValid = () => {
    const { problem } = this.resolve(this.state.date, this.state.time);
    return problem ? { error: { type: 'CUSTOM', message: problem } } : true;
  };

  focus() {
    document.getElementById(this.props.forID)?.focus();
  }

  override render(): ReactNode {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const { value, problem } = this.resolve(this.state.date, this.state.time);
    const echoId = `${forID}-echo`;
    const echo = problem
      ? h('span', { style: { color: '#b3261e' } }, problem)
      : value === 'unknown'
        ? t('fact.unknown')
        : value
          ? formatMeetingTime(value)
          : t(this.withTime ? 'cms.datetime.format' : 'cms.date.format');
    const common = {
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
      autoComplete: 'off',
      inputMode: 'numeric' as const,
      spellCheck: false,
    };
    const inputs: ReactNode[] = [
      h('input', {
        ...common,
        key: 'd',
        id: forID,
        type: 'text',
        className: 'dtdn-date-input',
        placeholder: 'dd/mm/yyyy',
        'aria-describedby': echoId,
        'aria-invalid': problem ? true : undefined,
        value: this.state.date,
        style: inputStyle,
        onChange: (e: { target: { value: string } }) => this.update(shapeDate(e.target.value), this.state.time),
      }),
    ];
    if (this.withTime)
      inputs.push(
        h('input', {
          ...common,
          key: 't',
          id: `${forID}-time`,
          type: 'text',
          className: 'dtdn-time-input',
          placeholder: 'HH:mm',
          'aria-label': t('cms.datetime.timeLabel'),
          'aria-describedby': echoId,
          value: this.state.time,
          style: { ...inputStyle, width: '5.5em', marginLeft: '0.5em' },
          onChange: (e: { target: { value: string } }) => this.update(this.state.date, shapeTime(e.target.value)),
        }),
      );
    return h('div', { className: classNameWrapper }, [
      h('div', { key: 'i', style: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5em 1em' } }, [
        h('span', { key: 'f' }, inputs),
        h('span', { key: 'e', id: echoId, className: 'dtdn-date-echo', 'aria-live': 'polite', style: { color: '#3a3a3a' } }, echo),
      ]),
    ]);
  }
}

export class DateControl extends Base {
  readonly withTime = false;
}

export class DateTimeControl extends Base {
  readonly withTime = true;
}

/** The preview of a stored date: as the public pages write it. */
export function DatePreview(props: { value?: unknown }): ReactNode {
  const value = String(props.value ?? '');
  try {
    return value ? h('span', null, formatMeetingTime(value)) : null;
  } catch {
    return h('span', null, value);
  }
}
