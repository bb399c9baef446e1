/** `noi-dung/*.md`, part 2: the meeting's content (agenda, reports, minutes). */
import { t } from '../../../i18n/index.ts';
import { date, list, objectSchema, select, text } from './fields.ts';
import { attachments, docNumber, meetingRef, published, title, UNKNOWN_HINT } from './shared.ts';
import { notBefore, requireWhen, type EntryRule } from './rules.ts';

export const CONTENT_KINDS = [
  { value: 'agenda', label: 'Chương trình hội nghị' },
  { value: 'report', label: 'Báo cáo' },
  { value: 'minutes', label: 'Biên bản' },
  { value: 'other', label: 'Tài liệu khác' },
] as const;

const HOUR = '([01]\\d|2[0-3]):[0-5]\\d';
/** An agenda time: `08:00`, or a range `07:00–07:30` (en dash or hyphen, spaces allowed around it). */
export const AGENDA_TIME_PATTERN = `^${HOUR}(\\s*[–-]\\s*${HOUR})?$`;

export const contentFields = [
  meetingRef,
  select('kind', { label: 'Loại tài liệu', hint: 'Chương trình: phải có danh sách nội dung chương trình.', options: CONTENT_KINDS }),
  title,
  docNumber('number', 'Số, ký hiệu', false),
  date('issued', { label: 'Ngày ban hành', hint: 'Ngày ký (nếu là văn bản có số).', required: false }),
  { ...date('published', { label: published.label, unknown: true }), hint: `${published.hint}${UNKNOWN_HINT}` },
  list('agenda', {
    label: 'Chương trình',
    hint: 'Bắt buộc với loại Chương trình hội nghị: từng nội dung, người thực hiện.',
    fields: [
      text('time', {
        label: 'Giờ',
        hint: 'Dạng HH:mm, ví dụ 08:00, hoặc khoảng giờ 07:00–07:30 (nguồn ghi "7h00’ – 7h30’").',
        required: false,
        pattern: { source: AGENDA_TIME_PATTERN, message: t('fix.agendaTime') },
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
