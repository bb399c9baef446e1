/** `kien-nghi/*.md`, part 3: one petition (kiến nghị) and its answer. */
import { t } from '../../../i18n/index.ts';
import { PETITION_CODE_ANY_PATTERN } from '../../base/text/doc-number.ts';
import { boolean, date, file, group, integer, list, objectSchema, relations, select, strings, text } from './fields.ts';
import { docNumber, title, UNKNOWN_HINT } from './shared.ts';
import { forbidWhen, notBefore, requireWhen, valueAt, type EntryRule, type RawData, type RuleIssue } from './rules.ts';

export const SUBMITTER_KINDS = [
  { value: 'enterprise', label: 'Doanh nghiệp' },
  { value: 'cooperative', label: 'Hợp tác xã' },
  { value: 'household-business', label: 'Hộ kinh doanh' },
  { value: 'association', label: 'Hiệp hội' },
  { value: 'other', label: 'Tổ chức, cá nhân khác' },
] as const;

/** An answer's kind: an interim reply (an assignment with a due-by) or the final answer. */
export const ANSWER_KINDS = [
  { value: 'interim', label: 'Trả lời tạm thời, giao xử lý' },
  { value: 'final', label: 'Trả lời chính thức' },
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

const SUBMITTER_NAME_HINT = 'Tên doanh nghiệp, hợp tác xã, hộ kinh doanh, hiệp hội.';
const TAX_CODE_HINT =
  'Chỉ với doanh nghiệp, hợp tác xã (10 số, hoặc 13 số dạng 0123456789-001). Không ghi với hộ kinh doanh: mã số thuế của hộ là số định danh cá nhân của chủ hộ.';

const taxCode = text('taxCode', {
  label: 'Mã số thuế',
  hint: TAX_CODE_HINT,
  required: false,
  pattern: { source: ENTERPRISE_TAX_CODE, message: t('fix.taxCode') },
});

/** The fields of one answer (`answer`, and each of `answers`). */
function answerFields<const I extends boolean>(inList: I) {
  return [
    date('date', { label: 'Ngày trả lời', hint: `Không trước ngày tiếp nhận.${UNKNOWN_HINT}`, unknown: true }),
    text('by', { label: 'Cơ quan trả lời', hint: `Ví dụ "Phòng Kinh tế, Hạ tầng và Đô thị".${UNKNOWN_HINT}`, unknown: true }),
    docNumber('number', 'Số văn bản trả lời', false),
    file('file', { label: 'Văn bản trả lời (tệp)', required: false }),
    ...(inList
      ? [
          text('assignee', {
            label: 'Cơ quan được giao xử lý',
            hint: 'Với trả lời tạm thời: cơ quan được giao chủ trì, ví dụ "Sở Xây dựng".',
            required: false,
          }),
          date('dueBy', {
            label: 'Hạn báo cáo, trả lời',
            hint: 'Với trả lời tạm thời: hạn cơ quan được giao phải báo cáo hoặc trả lời (ví dụ "trước ngày 10/5/2024" ghi 2024-05-09). Phần kiểm tra theo dõi hạn này.',
            required: false,
          }),
        ]
      : []),
    text('text', { kind: 'markdown', label: 'Nội dung trả lời' }),
  ] as const;
}

export const petitionFields = [
  relations('meeting', {
    label: 'Hội nghị',
    hint: 'Hội nghị nhận kiến nghị. Để trống với kiến nghị gửi qua chuyên mục thường xuyên trên Cổng, trả lời ngoài hội nghị. Kiến nghị chuyển sang hội nghị sau: ghi danh sách, hội nghị đầu tiên là nơi nhận (sửa trực tiếp trong tệp).',
    collection: 'hoi-nghi',
  }),
  text('code', {
    label: 'Mã kiến nghị',
    hint: 'Duy nhất trong chuyên mục. Nên dùng dạng KN-năm-số thứ tự, ví dụ KN-2026-07; mã riêng của đơn vị (154, 2849/UBND-KT, HD-12) cũng được nhận.',
    pattern: { source: PETITION_CODE_ANY_PATTERN, message: t('fix.petitionCode') },
  }),
  { ...title, hint: 'Tóm tắt kiến nghị trong một dòng.' },
  group('submitter', {
    label: 'Đơn vị kiến nghị',
    hint: 'Một đơn vị kiến nghị; hoặc, khi nguồn chỉ cho biết số lượng ("5 doanh nghiệp"), ghi Số đơn vị và Loại hình, không ghi tên. Kiến nghị chung của nhiều đơn vị: dùng "Các đơn vị cùng kiến nghị".',
    required: false,
    fields: [
      text('name', { label: 'Tên đơn vị', hint: `${SUBMITTER_NAME_HINT} Không ghi khi chỉ biết số lượng.`, required: false }),
      select('kind', { label: 'Loại hình', options: SUBMITTER_KINDS }),
      taxCode,
      integer('count', {
        label: 'Số đơn vị',
        hint: 'Chỉ khi nguồn gộp nhiều đơn vị không nêu tên ("5 doanh nghiệp"): báo cáo đếm kiến nghị này theo số này.',
        required: false,
        min: 2,
      }),
    ],
  }),
  list('submitters', {
    label: 'Các đơn vị cùng kiến nghị',
    hint: 'Kiến nghị chung của hai đơn vị trở lên (thay cho "Đơn vị kiến nghị").',
    min: 2,
    fields: [
      text('name', { label: 'Tên đơn vị', hint: SUBMITTER_NAME_HINT }),
      select('kind', { label: 'Loại hình', options: SUBMITTER_KINDS }),
      taxCode,
    ],
  }),
  date('received', { label: 'Ngày tiếp nhận', hint: `Ngày đơn vị nhận kiến nghị.${UNKNOWN_HINT}`, unknown: true }),
  select('channel', { label: 'Hình thức tiếp nhận', hint: UNKNOWN_HINT.trim(), options: CHANNELS, unknown: true }),
  select('group', {
    label: 'Nhóm kiến nghị',
    hint: `Nhóm theo Phụ lục 2 của báo cáo gửi thành phố: một nhóm, báo cáo đếm mỗi kiến nghị một lần. Các lĩnh vực khác ghi ở "Chủ đề".${UNKNOWN_HINT}`,
    options: PETITION_GROUPS,
    oneOf: t('fix.groupOne'),
    unknown: true,
  }),
  strings('topics', {
    label: 'Chủ đề',
    hint: 'Các lĩnh vực kiến nghị nêu, như nguồn ghi (ví dụ Thuế, Đất đai); không ảnh hưởng số liệu báo cáo.',
    maxLength: 120,
  }),
  select('scope', {
    label: 'Phạm vi',
    hint: `Khiếu nại, tố cáo, nội dung thuộc thẩm quyền tư pháp: "Không thuộc phạm vi".${UNKNOWN_HINT}`,
    options: SCOPES,
    unknown: true,
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
    fields: answerFields(false),
  }),
  list('answers', {
    label: 'Các lần trả lời',
    hint: 'Thay cho "Trả lời" khi có nhiều lần hoặc nhiều cơ quan trả lời: mỗi lần là tạm thời (giao cơ quan xử lý, có hạn) hoặc chính thức. Khi Đang xử lý chỉ có trả lời tạm thời; Đã trả lời cần ít nhất một trả lời chính thức.',
    fields: [select('kind', { label: 'Loại trả lời', options: ANSWER_KINDS }), ...answerFields(true)],
  }),
  text('transferredTo', {
    label: 'Cơ quan tiếp nhận',
    hint: 'Bắt buộc khi đã chuyển hoặc báo cáo cấp trên: tên cơ quan.',
    required: false,
  }),
] as const;

export const petitionSchema = objectSchema(petitionFields);

const needsAnswer = (d: RawData) => (ANSWERED_STATUSES as readonly unknown[]).includes(d.status);
const handedOver = (d: RawData) => (HANDED_OVER_STATUSES as readonly unknown[]).includes(d.status);
const submitterKind = (d: RawData) => (d.submitter as RawData | undefined)?.kind;
const answerList = (d: RawData): RawData[] =>
  Array.isArray(d.answers) ? d.answers.filter((a): a is RawData => typeof a === 'object' && a !== null) : [];
const hasFinal = (d: RawData) => answerList(d).some((a) => a.kind === 'final');
const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** A dotted path's list positions as numbers, so the message names `answers[1].date` and its line. */
const inList = (issues: RuleIssue[]): RuleIssue[] =>
  issues.map((issue) => ({ ...issue, path: issue.path.map((k) => (typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : k)) }));

export const petitionRules: EntryRule[] = [
  (d) =>
    needsAnswer(d) && !present(d.answer) && !hasFinal(d)
      ? [{ path: ['answer'], message: t('rule.answerRequired', { status: String(d.status) }) }]
      : [],
  forbidWhen(
    'answer',
    (d) => d.status === 'pending',
    () => t('rule.pendingWithAnswer'),
  ),
  (d) =>
    d.status === 'pending'
      ? answerList(d).flatMap((a, i) => (a.kind === 'final' ? [{ path: ['answers', i, 'kind'], message: t('rule.pendingWithFinal') }] : []))
      : [],
  forbidWhen(
    'answers',
    (d) => present(d.answer),
    () => t('rule.answerAndAnswers'),
  ),
  requireWhen('transferredTo', handedOver, (d) => t('rule.transferredToRequired', { status: String(d.status) })),
  requireWhen(
    'submitter',
    (d) => !present(d.submitters),
    () => t('rule.submitterRequired'),
  ),
  forbidWhen(
    'submitters',
    (d) => present(d.submitter),
    () => t('rule.submitterAndSubmitters'),
  ),
  requireWhen(
    'submitter.name',
    (d) => typeof d.submitter === 'object' && d.submitter !== null && !present(valueAt(d, 'submitter.count')),
    () => t('rule.submitterName'),
  ),
  forbidWhen(
    'submitter.taxCode',
    (d) => submitterKind(d) === 'household-business',
    () => t('rule.householdTaxCode'),
  ),
  (d) =>
    Array.isArray(d.submitters)
      ? d.submitters.flatMap((s: unknown, i) =>
          typeof s === 'object' && s !== null && (s as RawData).kind === 'household-business' && present((s as RawData).taxCode)
            ? [{ path: ['submitters', i, 'taxCode'], message: t('rule.householdTaxCode') }]
            : [],
        )
      : [],
  notBefore('answer.date', 'received', 'Ngày trả lời', 'Ngày tiếp nhận'),
  (d) => answerList(d).flatMap((_, i) => inList(notBefore(`answers.${i}.date`, 'received', 'Ngày trả lời', 'Ngày tiếp nhận')(d))),
  (d) =>
    answerList(d).flatMap((_, i) =>
      inList(notBefore(`answers.${i}.dueBy`, `answers.${i}.date`, 'Hạn báo cáo, trả lời', 'Ngày trả lời')(d)),
    ),
];
