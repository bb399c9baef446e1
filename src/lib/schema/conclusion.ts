/** `ket-luan/*.md`, part 4: the notice of the meeting's conclusions. */
import { group, objectSchema, text } from './fields.ts';
import { attachments, docNumber, issued, meetingRef, published, title } from './shared.ts';
import { notBefore, type EntryRule } from './rules.ts';

export const conclusionFields = [
  meetingRef,
  title,
  docNumber('number', 'Số, ký hiệu'),
  { ...issued, hint: 'Ngày ký thông báo kết luận; không được trước ngày họp.' },
  published,
  group('signer', {
    label: 'Người ký',
    hint: 'Quyền hạn, chức vụ và họ tên người ký, ví dụ "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".',
    fields: [
      text('position', { label: 'Quyền hạn, chức vụ', hint: 'Ví dụ "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (dấu "/" để xuống dòng).' }),
      text('name', { label: 'Họ tên' }),
    ],
  }),
  attachments,
] as const;

export const conclusionSchema = objectSchema(conclusionFields);

export const conclusionRules: EntryRule[] = [notBefore('published', 'issued', 'Ngày đăng trên Cổng', 'Ngày ban hành')];
