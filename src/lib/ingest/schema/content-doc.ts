/** `noi-dung/*.md`, part 2: the meeting's content (agenda, reports, minutes). */
import { t } from '../../../i18n/index.ts';
import { date, list, objectSchema, select, text } from './fields.ts';
import { attachments, docNumber, meetingRef, published, title } from './shared.ts';
import { notBefore, requireWhen, type EntryRule } from './rules.ts';

export const CONTENT_KINDS = [
  { value: 'agenda', label: 'Chương trình hội nghị' },
  { value: 'report', label: 'Báo cáo' },
  { value: 'minutes', label: 'Biên bản' },
  { value: 'other', label: 'Tài liệu khác' },
] as const;

export const contentFields = [
  meetingRef,
  select('kind', { label: 'Loại tài liệu', hint: 'Chương trình: phải có danh sách nội dung chương trình.', options: CONTENT_KINDS }),
  title,
  docNumber('number', 'Số, ký hiệu', false),
  date('issued', { label: 'Ngày ban hành', hint: 'Ngày ký (nếu là văn bản có số).', required: false }),
  published,
  list('agenda', {
    label: 'Chương trình',
    hint: 'Bắt buộc với loại Chương trình hội nghị: từng nội dung, người thực hiện.',
    fields: [
      text('time', {
        label: 'Giờ',
        hint: 'Dạng HH:mm, ví dụ 08:00.',
        required: false,
        pattern: { source: '^([01]\\d|2[0-3]):[0-5]\\d$', message: t('fix.time') },
      }),
      text('item', { label: 'Nội dung' }),
      text('presenter', { label: 'Người thực hiện' }),
    ],
  }),
  attachments,
] as const;

export const contentSchema = objectSchema(contentFields);

export const contentRules: EntryRule[] = [
  requireWhen(
    'agenda',
    (d) => d.kind === 'agenda',
    () => t('rule.agendaRequired'),
  ),
  notBefore('published', 'issued', 'Ngày đăng trên Cổng', 'Ngày ban hành'),
];
