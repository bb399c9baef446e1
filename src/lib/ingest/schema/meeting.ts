/** `hoi-nghi/<meeting>.yaml`: one dialogue meeting, the hub its four parts refer to. */
import { t } from '../../../i18n/index.ts';
import { count, date, dateTime, group, integer, list, objectSchema, select, text } from './fields.ts';
import { docNumber, title, UNKNOWN_HINT } from './shared.ts';
import { notBefore, requireWhen, type EntryRule } from './rules.ts';

export const MEETING_STATUSES = [
  { value: 'planned', label: 'Dự kiến' },
  { value: 'scheduled', label: 'Đã thông báo' },
  { value: 'held', label: 'Đã tổ chức' },
  { value: 'postponed', label: 'Hoãn' },
  { value: 'cancelled', label: 'Dừng tổ chức' },
] as const;

export const MEETING_FORMATS = [
  { value: 'in-person', label: 'Trực tiếp' },
  { value: 'online', label: 'Trực tuyến' },
  { value: 'hybrid', label: 'Trực tiếp kết hợp trực tuyến' },
] as const;

const COUNT_HINT = ' Nguồn ghi "hơn 600": sửa trực tiếp trong tệp thành value: 600 và approximate: true.';

/**
 * Where a report went and when (0.3.0): the plans send it to the city's People's Committee and to the
 * department that compiles the reports (KH 85/2024 §IV.1; Sở Tài chính since 2025), each on its own day.
 */
const recipients = () =>
  list('recipients', {
    label: 'Nơi nhận',
    hint: 'Từng nơi nhận và ngày gửi, ví dụ Ủy ban nhân dân thành phố Hải Phòng và Sở Tài chính thành phố Hải Phòng.',
    fields: [text('to', { label: 'Nơi nhận' }), date('date', { label: 'Ngày gửi' })],
  });

export const meetingFields = [
  { ...title, hint: 'Ví dụ "Hội nghị đối thoại doanh nghiệp, hợp tác xã, hộ kinh doanh năm 2026".' },
  group('plan', {
    label: 'Kế hoạch',
    hint: `Kế hoạch tổ chức hội nghị mà đơn vị ban hành.${UNKNOWN_HINT}`,
    unknown: true,
    fields: [
      docNumber('number', 'Số kế hoạch', true, true),
      date('date', { label: 'Ngày ban hành kế hoạch', hint: UNKNOWN_HINT.trim(), unknown: true }),
    ],
  }),
  select('status', {
    label: 'Trạng thái',
    hint: 'Dự kiến: cần "Thời gian dự kiến". Đã thông báo, Đã tổ chức: cần "Thời gian họp" và "Hạn đăng ký". Đã tổ chức: cần "Số đơn vị tham dự". Hoãn, Dừng: cần "Hoãn/dừng".',
    options: MEETING_STATUSES,
  }),
  text('period', { label: 'Thời gian dự kiến', hint: 'Bắt buộc khi trạng thái là Dự kiến, ví dụ "Quý II/2026".', required: false }),
  dateTime('start', {
    label: 'Thời gian họp',
    hint: 'Ngày và giờ họp theo giờ Việt Nam, như trong giấy mời: ngày 15/10/2026, giờ 08:30. Bắt buộc từ trạng thái Đã thông báo. Nguồn chỉ ghi ngày, không ghi giờ: để trống giờ (trang công khai không ghi giờ).',
    required: false,
    dateOnly: true,
  }),
  date('end', {
    label: 'Ngày kết thúc',
    hint: 'Chỉ ghi khi hội nghị kéo dài nhiều ngày: ngày cuối cùng. Các thời hạn sau hội nghị tính từ ngày này.',
    required: false,
  }),
  text('venue', { label: 'Địa điểm', hint: UNKNOWN_HINT.trim(), unknown: true }),
  select('format', { label: 'Hình thức', hint: UNKNOWN_HINT.trim(), options: MEETING_FORMATS, unknown: true }),
  text('chair', { label: 'Chủ trì', hint: `Ví dụ "Lãnh đạo Ủy ban nhân dân phường".${UNKNOWN_HINT}`, unknown: true }),
  text('organiser', {
    label: 'Cơ quan tổ chức',
    hint: 'Chỉ khi hội nghị do cơ quan khác tổ chức, đơn vị chỉ đăng tải và trả lời kiến nghị (ví dụ "Thường trực Thành ủy"): phần kiểm tra chỉ xét việc của đơn vị.',
    required: false,
  }),
  text('topic', { label: 'Chuyên đề', hint: 'Chủ đề hội nghị (sở, ban, ngành tổ chức theo chuyên đề).', required: false }),
  date('registrationDeadline', {
    label: 'Hạn đăng ký và gửi kiến nghị',
    hint: `Ngày cuối cùng doanh nghiệp đăng ký tham dự và gửi kiến nghị. Bắt buộc từ trạng thái Đã thông báo; không sau ngày họp.${UNKNOWN_HINT}`,
    required: false,
    unknown: true,
  }),
  count('registeredCount', {
    label: 'Số đơn vị đăng ký',
    hint: `Số doanh nghiệp, hợp tác xã, hộ kinh doanh đã đăng ký (kiểm tra điều kiện tổ chức).${COUNT_HINT}`,
    required: false,
  }),
  integer('invitedCount', {
    label: 'Số đơn vị được mời',
    hint: 'Số doanh nghiệp, hợp tác xã, hộ kinh doanh được gửi giấy mời (kế hoạch có thể quy định số mời tối thiểu, ví dụ KH 85: 20).',
    required: false,
    min: 0,
  }),
  count('attendedCount', {
    label: 'Số đơn vị tham dự',
    hint: `Bắt buộc khi trạng thái là Đã tổ chức.${COUNT_HINT}${UNKNOWN_HINT}`,
    required: false,
    unknown: true,
  }),
  count('questionsReceived', { label: 'Số câu hỏi, kiến nghị nhận được', hint: `Không bắt buộc.${COUNT_HINT}`, required: false }),
  count('speakersRegistered', { label: 'Số đơn vị đăng ký phát biểu', hint: `Không bắt buộc.${COUNT_HINT}`, required: false }),
  group('report', {
    label: 'Báo cáo kết quả gửi thành phố',
    hint: 'Văn bản báo cáo kết quả hội nghị và kết quả giải quyết kiến nghị đã gửi thành phố (Phụ lục 1 hoặc 2); phần kiểm tra so ngày gửi với hạn báo cáo.',
    required: false,
    fields: [
      docNumber('number', 'Số văn bản báo cáo', true, true),
      date('date', { label: 'Ngày gửi báo cáo', unknown: true }),
      recipients(),
    ],
  }),
  group('postponement', {
    label: 'Hoãn/dừng',
    hint: 'Bắt buộc khi trạng thái là Hoãn hoặc Dừng tổ chức: lý do và văn bản báo cáo thành phố.',
    required: false,
    fields: [
      text('reason', { kind: 'text', label: 'Lý do', unknown: true }),
      docNumber('reportNumber', 'Số văn bản báo cáo', true, true),
      date('reportDate', { label: 'Ngày báo cáo', unknown: true }),
      recipients(),
    ],
  }),
] as const;

export const meetingSchema = objectSchema(meetingFields);

const SCHEDULED_ON = ['scheduled', 'held'];

/** Fields a meeting's status needs. */
export const meetingRules: EntryRule[] = [
  requireWhen(
    'period',
    (d) => d.status === 'planned',
    () => t('rule.requiredForStatus', { status: 'planned (Dự kiến)' }),
  ),
  requireWhen(
    'start',
    (d) => SCHEDULED_ON.includes(d.status as string),
    (d) => t('rule.requiredForStatus', { status: String(d.status) }),
  ),
  requireWhen(
    'registrationDeadline',
    (d) => SCHEDULED_ON.includes(d.status as string),
    (d) => t('rule.requiredForStatus', { status: String(d.status) }),
  ),
  requireWhen(
    'attendedCount',
    (d) => d.status === 'held',
    () => t('rule.requiredForStatus', { status: 'held (Đã tổ chức)' }),
  ),
  requireWhen(
    'postponement',
    (d) => d.status === 'postponed' || d.status === 'cancelled',
    (d) => t('rule.requiredForStatus', { status: String(d.status) }),
  ),
  notBefore('start', 'registrationDeadline', 'Thời gian họp', 'Hạn đăng ký'),
  notBefore('start', 'plan.date', 'Thời gian họp', 'Ngày ban hành kế hoạch'),
  notBefore('end', 'start', 'Ngày kết thúc', 'Thời gian họp'),
];
