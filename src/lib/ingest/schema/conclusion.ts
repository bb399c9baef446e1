/** `ket-luan/*.md`, part 4: the notice of the meeting's conclusions. */
import { date, objectSchema } from './fields.ts';
import { attachments, docNumber, issued, meetingRef, published, signer, title, UNKNOWN_HINT } from './shared.ts';
import { notBefore, type EntryRule } from './rules.ts';

export const conclusionFields = [
  meetingRef,
  title,
  docNumber('number', 'Số, ký hiệu', true, true),
  {
    ...date('issued', { label: issued.label, unknown: true }),
    hint: `Ngày ký thông báo kết luận; không được trước ngày họp.${UNKNOWN_HINT}`,
  },
  { ...date('published', { label: published.label, unknown: true }), hint: `${published.hint}${UNKNOWN_HINT}` },
  signer(),
  attachments,
] as const;

export const conclusionSchema = objectSchema(conclusionFields);

export const conclusionRules: EntryRule[] = [notBefore('published', 'issued', 'Ngày đăng trên Cổng', 'Ngày ban hành')];
