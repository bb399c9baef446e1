/**
 * The petition's preview, laid out as the public page (src/pages/kien-nghi/[slug].astro): the same order
 * (heading, the answer box with the status badge, the facts, the petition's text, then the answer), the same class names (so the
 * site's stylesheet applies), the same words (the site's i18n keys and label functions). What the public
 * page computes from the whole site (the answer's deadline) is not shown here.
 */
import { createElement as h, type ReactNode } from 'react';
import { formatShortDate } from '../../src/lib/base/text/date-line.ts';
import {
  channelLabel,
  petitionGroupLabel,
  petitionStatusLabel,
  scopeLabel,
  submitterKindLabel,
} from '../../src/lib/present/view/labels.ts';
import { fileTypeLabel } from '../../src/lib/present/view/format.ts';
import { t } from '../../src/i18n/index.ts';

type Data = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : '');

function shortDate(value: unknown): string {
  try {
    return value ? formatShortDate(str(value)) : '';
  } catch {
    return str(value);
  }
}

function fact(key: string, label: string, value: ReactNode): ReactNode[] {
  if (value === '' || value === null || value === undefined) return [];
  return [h('dt', { key: `${key}-t` }, label), h('dd', { key: `${key}-d` }, value)];
}

/** `body` and `answerText`: the rendered Markdown widgets; `meetingTitle`: the chosen meeting's title. */
export function petitionPreview(
  data: Data,
  parts: { body: ReactNode; answerText?: ReactNode; meetingTitle?: string; fileUrl: (path: string) => string },
): ReactNode {
  const submitter = (data.submitter ?? {}) as Data;
  const answer = data.answer && typeof data.answer === 'object' ? (data.answer as Data) : undefined;
  const status = str(data.status);
  const submitterText = [
    str(submitter.name),
    submitter.kind ? ` (${submitterKindLabel(str(submitter.kind))})` : '',
    submitter.taxCode ? `, ${t('site.petition.taxCode')} ${str(submitter.taxCode)}` : '',
  ].join('');
  // The answer box (the public page leads with it): status, the answer's date and agency, the reply letter.
  const number = answer ? str(answer.number) : '';
  const file = answer ? str(answer.file) : '';
  const letter = file
    ? h(
        'a',
        { href: parts.fileUrl(file) },
        `${number ? `${t('site.petition.answerNumber')} ${number}` : t('site.download')} (${fileTypeLabel(file)})`,
      )
    : number
      ? `${t('site.petition.answerNumber')} ${number} (${t('reader.answerBox.noFile')})`
      : '';
  const boxFacts = [
    ...(answer
      ? [
          ...fact('date', t('site.petition.answerDate'), shortDate(answer.date)),
          ...fact('by', t('site.petition.answerBy'), str(answer.by)),
          ...fact('file', t('site.petition.answerFile'), letter),
        ]
      : []),
    ...fact('transferredTo', t('site.petition.transferredTo'), str(data.transferredTo)),
    ...(status !== 'pending' && status !== 'declined'
      ? fact(
          'resolved',
          t('site.petition.resolved'),
          data.resolved === undefined ? t('fact.unknown') : data.resolved ? t('site.yes') : t('site.no'),
        )
      : []),
  ];
  const facts = [
    ...fact('submitter', t('site.petition.submitter'), submitterText),
    ...fact('meeting', t('site.meeting'), parts.meetingTitle ?? str(data.meeting)),
    ...fact('received', t('site.petition.received'), shortDate(data.received)),
    ...fact('channel', t('site.petition.channel'), data.channel ? channelLabel(str(data.channel)) : ''),
    ...fact('group', t('site.petition.group'), data.group ? petitionGroupLabel(str(data.group)) : ''),
    ...fact('scope', t('site.petition.scope'), data.scope ? scopeLabel(str(data.scope)) : ''),
    ...(data.coordination ? fact('coordination', t('site.petition.coordination'), t('site.yes')) : []),
  ];
  return h('article', { className: 'document petition' }, [
    h('h1', { key: 'h' }, `${str(data.code)}: ${str(data.title)}`),
    h('section', { key: 'box', className: 'answer-box', 'aria-labelledby': 'answer-box-heading' }, [
      h('h2', { key: 'h', id: 'answer-box-heading' }, t('reader.answerBox.title')),
      status
        ? h(
            'p',
            { key: 's', className: 'status-line' },
            h('span', { className: `badge badge-petition-${status}` }, petitionStatusLabel(status)),
          )
        : null,
      h('dl', { key: 'f', className: 'facts' }, boxFacts),
    ]),
    h('section', { key: 'f', 'aria-labelledby': 'facts-heading' }, [
      h('h2', { key: 'h', id: 'facts-heading' }, t('reader.petitionFacts')),
      h('dl', { key: 'f', className: 'facts' }, facts),
    ]),
    h('section', { key: 'b', 'aria-labelledby': 'body-heading' }, [
      h('h2', { key: 'h', id: 'body-heading' }, t('site.petition.body')),
      h('div', { key: 'p', className: 'prose' }, parts.body),
    ]),
    h('section', { key: 'a', className: 'answer', 'aria-labelledby': 'answer-heading' }, [
      h('h2', { key: 'h', id: 'answer-heading' }, t('site.petition.answer')),
      answer ? h('div', { key: 't', className: 'prose' }, parts.answerText ?? null) : h('p', { key: 'n' }, t('site.petition.noAnswer')),
    ]),
  ]);
}
