/**
 * The meeting picker: every meeting of the content root, the next one to be held first, then the others
 * newest first, each labelled with its date (or planned period) and file name, so the 28 near-identical
 * titles of a busy unit tell apart; a search box above it folds marks as the public search does
 * ("quy IV 2026" finds "Quý IV năm 2026"). It stores the meeting's file stem, as the relation widget did.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import { meetingOption, orderMeetings, searchMeetings, type MeetingOption } from './meetings.ts';
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

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export class MeetingControl extends Component<Props, { query: string; ready: boolean }> {
  override state = { query: '', ready: loadedContext() !== undefined };
  live = true;

  override componentDidMount() {
    void loadContext().then(() => this.live && this.setState({ ready: true }));
  }

  override componentWillUnmount() {
    this.live = false;
  }

  options(): MeetingOption[] {
    const entries = loadedContext()?.entries.filter((e) => e.collection === 'hoi-nghi') ?? [];
    return orderMeetings(entries.map((e) => meetingOption(e)));
  }

  focus() {
    document.getElementById(this.props.forID)?.focus();
  }

  override render(): ReactNode {
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
