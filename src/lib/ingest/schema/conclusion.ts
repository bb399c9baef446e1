/** `ket-luan/*.md`, part 4: the notice of the meeting's conclusions. */
import { objectSchema } from './fields.ts';
import { attachments, docNumber, issued, meetingRef, published, signer, title } from './shared.ts';
import { notBefore, type EntryRule } from './rules.ts';

export const conclusionFields = [
  meetingRef,
  title,
  docNumber('number', 'Số, ký hiệu'),
  { ...issued, hint: 'Ngày ký thông báo kết luận; không được trước ngày họp.' },
  published,
  signer(),
  attachments,
] as const;

export const conclusionSchema = objectSchema(conclusionFields);

export const conclusionRules: EntryRule[] = [notBefore('published', 'issued', 'Ngày đăng trên Cổng', 'Ngày ban hành')];
