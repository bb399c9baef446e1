/** `hoi-nghi/<meeting>.yaml`: one dialogue meeting, the hub its four parts refer to. */
import { t } from '../../../i18n/index.ts';
import { date, dateTime, group, integer, objectSchema, select, text } from './fields.ts';
import { docNumber, title } from './shared.ts';
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

export const meetingFields = [
  { ...title, hint: 'Ví dụ "Hội nghị đối thoại doanh nghiệp, hợp tác xã, hộ kinh doanh năm 2026".' },
  group('plan', {
    label: 'Kế hoạch',
    hint: 'Kế hoạch tổ chức hội nghị mà đơn vị ban hành.',
    fields: [docNumber('number', 'Số kế hoạch'), date('date', { label: 'Ngày ban hành kế hoạch' })],
  }),
  select('status', {
    label: 'Trạng thái',
    hint: 'Dự kiến: cần "Thời gian dự kiến". Đã thông báo, Đã tổ chức: cần "Thời gian họp" và "Hạn đăng ký". Đã tổ chức: cần "Số đơn vị tham dự". Hoãn, Dừng: cần "Hoãn/dừng".',
    options: MEETING_STATUSES,
  }),
  text('period', { label: 'Thời gian dự kiến', hint: 'Bắt buộc khi trạng thái là Dự kiến, ví dụ "Quý II/2026".', required: false }),
  dateTime('start', {
    label: 'Thời gian họp',
    hint: 'Ngày và giờ họp theo giờ Việt Nam, như trong giấy mời: ngày 15/10/2026, giờ 08:30. Bắt buộc từ trạng thái Đã thông báo.',
    required: false,
  }),
  text('venue', { label: 'Địa điểm' }),
  select('format', { label: 'Hình thức', options: MEETING_FORMATS }),
  text('chair', { label: 'Chủ trì', hint: 'Ví dụ "Lãnh đạo Ủy ban nhân dân phường".' }),
  text('topic', { label: 'Chuyên đề', hint: 'Chủ đề hội nghị (sở, ban, ngành tổ chức theo chuyên đề).', required: false }),
  date('registrationDeadline', {
    label: 'Hạn đăng ký và gửi kiến nghị',
    hint: 'Ngày cuối cùng doanh nghiệp đăng ký tham dự và gửi kiến nghị. Bắt buộc từ trạng thái Đã thông báo; không sau ngày họp.',
    required: false,
  }),
  integer('registeredCount', {
    label: 'Số đơn vị đăng ký',
    hint: 'Số doanh nghiệp, hợp tác xã, hộ kinh doanh đã đăng ký (kiểm tra điều kiện tổ chức).',
    required: false,
    min: 0,
  }),
  integer('invitedCount', {
    label: 'Số đơn vị được mời',
    hint: 'Số doanh nghiệp, hợp tác xã, hộ kinh doanh được gửi giấy mời (kế hoạch có thể quy định số mời tối thiểu, ví dụ KH 85: 20).',
    required: false,
    min: 0,
  }),
  integer('attendedCount', { label: 'Số đơn vị tham dự', hint: 'Bắt buộc khi trạng thái là Đã tổ chức.', required: false, min: 0 }),
  group('report', {
    label: 'Báo cáo kết quả gửi thành phố',
    hint: 'Văn bản báo cáo kết quả hội nghị và kết quả giải quyết kiến nghị đã gửi thành phố (Phụ lục 1 hoặc 2); phần kiểm tra so ngày gửi với hạn báo cáo.',
    required: false,
    fields: [docNumber('number', 'Số văn bản báo cáo'), date('date', { label: 'Ngày gửi báo cáo' })],
  }),
  group('postponement', {
    label: 'Hoãn/dừng',
    hint: 'Bắt buộc khi trạng thái là Hoãn hoặc Dừng tổ chức: lý do và văn bản báo cáo thành phố.',
    required: false,
    fields: [
      text('reason', { kind: 'text', label: 'Lý do' }),
      docNumber('reportNumber', 'Số văn bản báo cáo'),
      date('reportDate', { label: 'Ngày báo cáo' }),
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
];
