/** `kien-nghi/*.md`, part 3: one petition (kiến nghị) and its answer. */
import { t } from '../../../i18n/index.ts';
import { PETITION_CODE_PATTERN } from '../../base/text/doc-number.ts';
import { boolean, date, file, group, objectSchema, select, text } from './fields.ts';
import { docNumber, meetingRef, title } from './shared.ts';
import { forbidWhen, notBefore, requireWhen, type EntryRule } from './rules.ts';

export const SUBMITTER_KINDS = [
  { value: 'enterprise', label: 'Doanh nghiệp' },
  { value: 'cooperative', label: 'Hợp tác xã' },
  { value: 'household-business', label: 'Hộ kinh doanh' },
] as const;

export const CHANNELS = [
  { value: 'portal', label: 'Cổng thông tin điện tử' },
  { value: 'letter', label: 'Văn bản gửi trực tiếp, bưu chính' },
  { value: 'email', label: 'Thư điện tử' },
  { value: 'at-meeting', label: 'Tại hội nghị' },
  { value: 'other', label: 'Hình thức khác' },
] as const;

/** The seven groups of the report (Phụ lục 2 of KH 85/KH-UBND), in the report's order. */
export const PETITION_GROUPS = [
  { value: 'capital', label: 'Vốn' },
  { value: 'interest-rate', label: 'Lãi suất' },
  { value: 'credit', label: 'Tín dụng' },
  { value: 'policy', label: 'Cơ chế chính sách' },
  { value: 'admin-procedure', label: 'Thủ tục hành chính' },
  { value: 'land', label: 'Đất đai' },
  { value: 'other', label: 'Lĩnh vực khác' },
] as const;

export const SCOPES = [
  { value: 'in-competence', label: 'Thuộc thẩm quyền' },
  { value: 'beyond-competence', label: 'Vượt thẩm quyền' },
  { value: 'out-of-scope', label: 'Không thuộc phạm vi (tư pháp, khiếu nại, tố cáo)' },
] as const;

export const PETITION_STATUSES = [
  { value: 'pending', label: 'Đang xử lý' },
  { value: 'answered-at-meeting', label: 'Đã trả lời tại hội nghị' },
  { value: 'answered-in-writing', label: 'Đã trả lời bằng văn bản' },
  { value: 'transferred', label: 'Đã chuyển cơ quan có thẩm quyền' },
  { value: 'escalated', label: 'Đã báo cáo cấp trên xin ý kiến chỉ đạo' },
  { value: 'declined', label: 'Không thuộc phạm vi giải quyết' },
] as const;

/** Statuses that mean the petition has been answered: they need `answer`. */
export const ANSWERED_STATUSES = ['answered-at-meeting', 'answered-in-writing'] as const;
/** Statuses that hand the petition to another agency: they need `transferredTo`. */
export const HANDED_OVER_STATUSES = ['transferred', 'escalated'] as const;

/** An enterprise or cooperative tax code: 10 digits, or 13 with a branch suffix `-NNN`. */
export const ENTERPRISE_TAX_CODE = '^\\d{10}(-\\d{3})?$';

export const petitionFields = [
  meetingRef,
  text('code', {
    label: 'Mã kiến nghị',
    hint: 'Duy nhất trong chuyên mục, dạng KN-năm-số thứ tự, ví dụ KN-2026-07.',
    pattern: { source: PETITION_CODE_PATTERN, message: t('fix.petitionCode') },
  }),
  { ...title, hint: 'Tóm tắt kiến nghị trong một dòng.' },
  group('submitter', {
    label: 'Đơn vị kiến nghị',
    fields: [
      text('name', { label: 'Tên đơn vị', hint: 'Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh.' }),
      select('kind', { label: 'Loại hình', options: SUBMITTER_KINDS }),
      text('taxCode', {
        label: 'Mã số thuế',
        hint: 'Chỉ với doanh nghiệp, hợp tác xã (10 số, hoặc 13 số dạng 0123456789-001). Không ghi với hộ kinh doanh: mã số thuế của hộ là số định danh cá nhân của chủ hộ.',
        required: false,
        pattern: { source: ENTERPRISE_TAX_CODE, message: t('fix.taxCode') },
      }),
    ],
  }),
  date('received', { label: 'Ngày tiếp nhận' }),
  select('channel', { label: 'Hình thức tiếp nhận', options: CHANNELS }),
  select('group', { label: 'Nhóm kiến nghị', hint: 'Nhóm theo Phụ lục 2 của báo cáo gửi thành phố.', options: PETITION_GROUPS }),
  select('scope', {
    label: 'Phạm vi',
    hint: 'Khiếu nại, tố cáo, nội dung thuộc thẩm quyền tư pháp: "Không thuộc phạm vi".',
    options: SCOPES,
  }),
  boolean('coordination', {
    label: 'Cần phối hợp nhiều cơ quan',
    hint: 'Đánh dấu khi cần phối hợp liên ngành: thời hạn trả lời dài hơn.',
    default: false,
  }),
  select('status', {
    label: 'Tình trạng',
    hint: 'Đã trả lời (tại hội nghị hoặc bằng văn bản): cần "Trả lời". Đã chuyển hoặc Đã báo cáo cấp trên: cần "Cơ quan tiếp nhận".',
    options: PETITION_STATUSES,
  }),
  boolean('resolved', {
    label: 'Đã giải quyết triệt để',
    hint: 'Dùng cho báo cáo gửi thành phố (cột "đã giải quyết triệt để").',
    default: false,
  }),
  group('answer', {
    label: 'Trả lời',
    hint: 'Điền khi tình trạng là Đã trả lời (tại hội nghị hoặc bằng văn bản); để trống khi Đang xử lý. Ngày trả lời không trước ngày tiếp nhận.',
    required: false,
    fields: [
      date('date', { label: 'Ngày trả lời' }),
      text('by', { label: 'Cơ quan trả lời', hint: 'Ví dụ "Phòng Kinh tế, Hạ tầng và Đô thị".' }),
      docNumber('number', 'Số văn bản trả lời', false),
      file('file', { label: 'Văn bản trả lời (tệp)', required: false }),
      text('text', { kind: 'markdown', label: 'Nội dung trả lời' }),
    ],
  }),
  text('transferredTo', {
    label: 'Cơ quan tiếp nhận',
    hint: 'Bắt buộc khi đã chuyển hoặc báo cáo cấp trên: tên cơ quan.',
    required: false,
  }),
] as const;

export const petitionSchema = objectSchema(petitionFields);

const needsAnswer = (d: Record<string, unknown>) => (ANSWERED_STATUSES as readonly unknown[]).includes(d.status);
const handedOver = (d: Record<string, unknown>) => (HANDED_OVER_STATUSES as readonly unknown[]).includes(d.status);
const submitterKind = (d: Record<string, unknown>) => (d.submitter as Record<string, unknown> | undefined)?.kind;

export const petitionRules: EntryRule[] = [
  requireWhen('answer', needsAnswer, (d) => t('rule.answerRequired', { status: String(d.status) })),
  forbidWhen(
    'answer',
    (d) => d.status === 'pending',
    () => t('rule.pendingWithAnswer'),
  ),
  requireWhen('transferredTo', handedOver, (d) => t('rule.transferredToRequired', { status: String(d.status) })),
  forbidWhen(
    'submitter.taxCode',
    (d) => submitterKind(d) === 'household-business',
    () => t('rule.householdTaxCode'),
  ),
  notBefore('answer.date', 'received', 'Ngày trả lời', 'Ngày tiếp nhận'),
];
