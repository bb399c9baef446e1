/** Fields several parts share: the meeting reference, document numbers, dates of a document, attachments. */
import { t } from '../../../i18n/index.ts';
import { ANY_DOC_NUMBER_PATTERN } from '../../base/text/doc-number.ts';
import { date, file, group, list, relation, text } from './fields.ts';

/** The meeting a document belongs to: the stem of a file in `hoi-nghi/`. */
export const meetingRef = relation('meeting', {
  label: 'Hội nghị',
  hint: 'Hội nghị mà văn bản này thuộc về. Chưa có trong danh sách thì tạo hội nghị trước, ở mục Hội nghị.',
  collection: 'hoi-nghi',
});

/**
 * A document number in the form of Decree 30/2020/NĐ-CP (`80/KH-UBND`) or of the Party's documents
 * (`25-KH/TU`); with `unknown`, also `unknown` when the source does not give it.
 */
export function docNumber<const K extends string, R extends boolean = true, U extends boolean = false>(
  key: K,
  label: string,
  required?: R,
  unknown?: U,
) {
  return text(key, {
    label,
    hint:
      'Số và ký hiệu theo Nghị định 30/2020/NĐ-CP, ví dụ 80/KH-UBND: số, dấu "/", ký hiệu loại văn bản, dấu "-", cơ quan ban hành; không có dấu cách. Văn bản của Đảng ghi theo mẫu của Đảng, ví dụ 25-KH/TU.' +
      (unknown ? UNKNOWN_HINT : ''),
    required,
    unknown,
    pattern: { source: ANY_DOC_NUMBER_PATTERN, message: t('fix.docNumber') },
  });
}

/** Appended to the hint of a field that accepts `unknown`. */
export const UNKNOWN_HINT = ' Nguồn không cho biết thì ghi unknown (không rõ): trang công khai ghi "không rõ", không bịa số liệu.';

export const title = text('title', { label: 'Tiêu đề', hint: 'Trích yếu nội dung văn bản, một dòng.', maxLength: 300 });

export const issued = date('issued', { label: 'Ngày ban hành', hint: 'Ngày ký văn bản.' });

export const published = date('published', {
  label: 'Ngày đăng trên Cổng',
  hint: 'Ngày văn bản được đăng lên Cổng thông tin điện tử; không được trước ngày ban hành. Thời hạn đăng được kiểm tra theo ngày này.',
});

export const attachments = list('attachments', {
  label: 'Tệp đính kèm',
  hint: 'Các tệp tải lên thư mục tep/ (PDF bản ký, phiếu đăng ký…).',
  fields: [
    text('title', { label: 'Tên tệp', hint: 'Tên hiển thị, ví dụ "Kế hoạch (bản ký số)".' }),
    file('file', { label: 'Tệp', hint: 'Tệp trong thư mục tep/.' }),
  ],
});

/** Who signed the document, printed in the signature block as on the signed original. */
export function signer<R extends boolean = true>(required?: R) {
  return group('signer', {
    label: 'Người ký',
    hint: 'Quyền hạn, chức vụ và họ tên người ký, ví dụ "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".',
    required: (required ?? true) as R,
    fields: [
      text('position', { label: 'Quyền hạn, chức vụ', hint: 'Ví dụ "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (dấu "/" để xuống dòng).' }),
      text('name', { label: 'Họ tên' }),
    ],
  });
}
