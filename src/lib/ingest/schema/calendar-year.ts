/** `lich-nghi/YYYY.yaml`: the official days off and worked Saturdays of one year. */
import { boolean, date, integer, list, objectSchema, text } from './fields.ts';

const day = (label: string) =>
  [
    date('date', { label: 'Ngày', yearsAhead: 2 }),
    text('name', { label, hint: 'Ví dụ "Tết Nguyên đán".' }),
    boolean('unconfirmed', {
      label: 'Chưa xác nhận',
      hint: 'Đánh dấu khi ngày này chưa đối chiếu được với văn bản gốc (ví dụ ngày hoán đổi chưa có thông báo): thời hạn tính qua ngày này có cảnh báo.',
    }),
  ] as const;

export const calendarYearFields = [
  integer('year', { label: 'Năm', hint: 'Năm của lịch nghỉ, ví dụ 2027. Mỗi năm một lịch.', min: 2000, max: 2100 }),
  boolean('confirmed', {
    label: 'Đã có thông báo chính thức',
    hint: 'Đánh dấu khi các ngày đã khớp với thông báo nghỉ lễ chính thức của năm.',
    required: true,
    default: false,
  }),
  text('source', { label: 'Nguồn', hint: 'Văn bản thông báo lịch nghỉ, ví dụ thông báo của Bộ Nội vụ.' }),
  text('note', { kind: 'text', label: 'Ghi chú', required: false }),
  list('daysOff', {
    label: 'Ngày nghỉ (ngày thường)',
    hint: 'Các ngày từ thứ Hai đến thứ Sáu không làm việc: nghỉ lễ, nghỉ bù, hoán đổi.',
    fields: day('Tên ngày nghỉ'),
  }),
  list('workedSaturdays', { label: 'Thứ Bảy làm bù', hint: 'Các ngày thứ Bảy làm việc bù cho ngày hoán đổi.', fields: day('Lý do') }),
] as const;

export const calendarYearSchema = objectSchema(calendarYearFields);
