/**
 * The petition code: checked against the other petitions while it is typed (the build refuses two
 * petitions with one code), with the next free code of the year offered in one click. A new file is named
 * from the code, and the page address is the file name: changing the code of an existing petition does
 * not rename its file, so its page stays at the old address (no redirect is emitted; see issue 16).
 */
import { Component, createElement as h, type ReactNode } from 'react';
import { todayInVietnam } from '../../src/lib/base/dates/civil.ts';
import { nextPetitionCode } from '../../src/lib/base/text/doc-number.ts';
import { t } from '../../src/i18n/index.ts';
import { contentRelative, loadContext, loadedContext } from './validation.ts';

type Immutable = { get(key: string, fallback?: unknown): unknown; getIn(path: unknown[]): unknown };

interface Props {
  forID: string;
  value?: unknown;
  onChange: (value: string) => void;
  getEntry?: () => Immutable;
  entry?: Immutable;
  classNameWrapper?: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

export class CodeControl extends Component<Props, { ready: boolean }> {
  override state = { ready: loadedContext() !== undefined };
  live = true;

  override componentDidMount() {
    void loadContext().then(() => this.live && this.setState({ ready: true }));
  }

  override componentWillUnmount() {
    this.live = false;
  }

  focus() {
    document.getElementById(this.props.forID)?.focus();
  }

  override render(): ReactNode {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const value = typeof this.props.value === 'string' ? this.props.value : '';
    const entry = this.props.getEntry?.() ?? this.props.entry;
    const ownFile = entry?.get('path') ? contentRelative(String(entry.get('path'))) : undefined;
    const others = (loadedContext()?.entries ?? []).filter((e) => e.collection === 'kien-nghi' && e.file !== ownFile);
    const codes = others.map((e) => (e.data as { code?: unknown } | null)?.code).filter((c): c is string => typeof c === 'string');
    const received = String(entry?.getIn(['data', 'received']) ?? '');
    const year = /^\d{4}/.test(received) ? Number(received.slice(0, 4)) : Number(todayInVietnam().slice(0, 4));
    const next = nextPetitionCode(codes, year);
    const taken = value ? others.find((e) => (e.data as { code?: unknown } | null)?.code === value.trim()) : undefined;
    const note = !this.state.ready
      ? t('cms.code.loading')
      : taken
        ? t('cms.code.taken', { found: value, file: taken.file })
        : value
          ? t('cms.code.free', { found: value })
          : '';
    return h('div', { className: classNameWrapper }, [
      h('input', {
        key: 'i',
        id: forID,
        type: 'text',
        className: 'dtdn-code-input',
        value,
        autoComplete: 'off',
        spellCheck: false,
        'aria-describedby': `${forID}-note`,
        'aria-invalid': taken ? true : undefined,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (e: { target: { value: string } }) => this.props.onChange(e.target.value.toUpperCase()),
        style: { width: '12em' },
      }),
      this.state.ready && value !== next
        ? h(
            'button',
            {
              key: 'b',
              type: 'button',
              className: 'dtdn-code-next',
              onClick: () => this.props.onChange(next),
              style: { marginLeft: '1em' },
            },
            t('cms.code.useNext', { next }),
          )
        : null,
      h(
        'p',
        {
          key: 'n',
          id: `${forID}-note`,
          'aria-live': 'polite',
          style: { margin: '6px 0 0', fontSize: '14px', color: taken ? '#b3261e' : '#3a3a3a' },
        },
        note,
      ),
    ]);
  }
}
