/** `thong-bao/*.md`, part 1: the notice of the meeting's time (or the plan posted in its place, or a postponement). */
import { t } from '../../../i18n/index.ts';
import { date, file, group, objectSchema, select, text } from './fields.ts';
import { attachments, docNumber, meetingRef, published, signer, title, UNKNOWN_HINT } from './shared.ts';
import { forbidWhen, notBefore, requireWhen, type EntryRule } from './rules.ts';

export const NOTICE_KINDS = [
  { value: 'plan', label: 'Kế hoạch (thay cho thông báo)' },
  { value: 'notice', label: 'Thông báo thời gian đối thoại' },
  { value: 'postponement', label: 'Thông báo hoãn, dừng' },
  { value: 'news', label: 'Tin bài trên Cổng' },
  { value: 'decision', label: 'Văn bản dừng, hoãn tổ chức' },
] as const;

export const noticeFields = [
  meetingRef,
  select('kind', {
    label: 'Loại văn bản',
    hint: 'Kế hoạch hoặc Thông báo: phải có hướng dẫn đăng ký và phiếu đăng ký. Tin bài trên Cổng: bài viết về hội nghị, không có số, không in như văn bản. Văn bản dừng, hoãn: quyết định hoặc công văn dừng, hoãn hội nghị.',
    options: NOTICE_KINDS,
  }),
  title,
  { ...docNumber('number', 'Số, ký hiệu', false, true), hint: `Bắt buộc, trừ tin bài trên Cổng (không có số).${UNKNOWN_HINT}` },
  {
    ...date('issued', { label: 'Ngày ban hành', required: false, unknown: true }),
    hint: `Ngày ký văn bản. Bắt buộc, trừ tin bài trên Cổng.${UNKNOWN_HINT}`,
  },
  { ...date('published', { label: published.label, unknown: true }), hint: `${published.hint}${UNKNOWN_HINT}` },
  date('postedAtDesk', {
    label: 'Ngày niêm yết tại Bộ phận một cửa',
    hint: 'Ngày dán thông báo tại Bộ phận một cửa; không được trước ngày ban hành.',
    required: false,
  }),
  group('registration', {
    label: 'Đăng ký tham dự',
    hint: 'Bắt buộc với Kế hoạch và Thông báo: cách đăng ký và phiếu đăng ký (KH 85/KH-UBND mục IV).',
    required: false,
    fields: [
      text('howTo', {
        kind: 'markdown',
        label: 'Cách đăng ký',
        hint: 'Hướng dẫn doanh nghiệp đăng ký tham dự và gửi kiến nghị: cách gửi, hạn gửi.',
      }),
      file('form', {
        label: 'Phiếu đăng ký',
        hint: 'Tệp phiếu đăng ký (DOCX hoặc PDF) trong thư mục tep/. Kế hoạch của thành phố yêu cầu thông báo kèm phiếu đăng ký: thiếu phiếu không chặn bản dựng nhưng phần kiểm tra báo lỗi.',
        required: false,
      }),
      text('email', { kind: 'email', label: 'Thư điện tử nhận đăng ký', required: false }),
      text('address', { label: 'Địa chỉ nhận đăng ký', required: false }),
    ],
  }),
  { ...signer(false), hint: 'Không bắt buộc. Người ký thông báo, kế hoạch, để bản in có khối chữ ký như văn bản gốc.' },
  attachments,
] as const;

export const noticeSchema = objectSchema(noticeFields);

export const noticeRules: EntryRule[] = [
  requireWhen(
    'number',
    (d) => d.kind !== 'news',
    (d) => t('rule.requiredForKind', { kind: String(d.kind) }),
  ),
  requireWhen(
    'issued',
    (d) => d.kind !== 'news',
    (d) => t('rule.requiredForKind', { kind: String(d.kind) }),
  ),
  forbidWhen(
    'registration',
    (d) => d.kind === 'news',
    () => t('rule.newsRegistration'),
  ),
  requireWhen(
    'registration',
    (d) => d.kind === 'plan' || d.kind === 'notice',
    (d) => t('rule.registrationRequired', { kind: String(d.kind) }),
  ),
  notBefore('published', 'issued', 'Ngày đăng trên Cổng', 'Ngày ban hành'),
  notBefore('postedAtDesk', 'issued', 'Ngày niêm yết', 'Ngày ban hành'),
];
