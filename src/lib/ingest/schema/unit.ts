/** `don-vi.yaml`: the unit that publishes the section. */
import { z } from 'astro/zod';
import {
  CITY_PLAN_BY_ID,
  DATE_RULE_KEYS,
  RULE_KEYS,
  RULES_PROFILES,
  RULES_PROFILE_IDS,
  UNIT_PLAN_BY_ID,
  UNIT_PLAN_IDS,
  isDayKey,
  resolveRules,
  rulesKind,
  type DateRuleKey,
  type RuleKey,
  type RulesOverride,
} from '../../law/rules/profiles.ts';
import { t } from '../../../i18n/index.ts';
import { AA_TEXT, HEX_COLOUR, themeContrast } from '../../base/colour/contrast.ts';
import { isValidIsoDate } from '../../base/dates/civil.ts';
import { group, integer, objectSchema, select, text, type Field, type ObjectField } from './fields.ts';
import { requireWhen, valueAt, type EntryRule, type RuleIssue } from './rules.ts';

export const UNIT_KINDS = [
  { value: 'department', label: 'Sở, ban, ngành' },
  { value: 'district', label: 'Quận, huyện' },
  { value: 'commune', label: 'Xã, phường, đặc khu' },
  { value: 'zone-authority', label: 'Ban quản lý khu kinh tế' },
  { value: 'city', label: 'Ủy ban nhân dân thành phố' },
  { value: 'province', label: 'Ủy ban nhân dân tỉnh' },
] as const;

/** Units at the top of this model: they hold the city-wide (province-wide) dialogue and report to no one above. */
export const TOP_UNIT_KINDS = ['city', 'province'] as const;

const RULE_LABELS: Record<RuleKey | DateRuleKey, string> = {
  noticeLeadDays: 'Đăng thông báo trên Cổng trước hội nghị ít nhất (ngày làm việc)',
  deskLeadDays: 'Niêm yết tại Bộ phận một cửa trước hội nghị ít nhất (ngày làm việc)',
  petitionCutoffDays: 'Tiếp nhận kiến nghị trước hội nghị ít nhất (ngày làm việc)',
  quorumRegistered: 'Số doanh nghiệp đăng ký tối thiểu',
  quorumPetitions: 'Số kiến nghị gửi trước tối thiểu',
  minAttendees: 'Số doanh nghiệp tham dự tối thiểu',
  invitations: 'Số doanh nghiệp được mời tối thiểu',
  invitationLeadDays: 'Gửi giấy mời trước hội nghị ít nhất (ngày làm việc)',
  answerDays: 'Trả lời bằng văn bản sau hội nghị chậm nhất (ngày làm việc)',
  answerCoordinationDays: 'Trả lời khi cần phối hợp chậm nhất (ngày làm việc)',
  reportDays: 'Báo cáo kết quả chậm nhất (ngày làm việc)',
  conclusionDays: 'Đăng thông báo kết luận chậm nhất (ngày làm việc)',
  meetingsPerYear: 'Số hội nghị tối thiểu mỗi năm',
  petitionCutoffDate: 'Nhận kiến nghị chậm nhất ngày',
  meetingBefore: 'Tổ chức hội nghị trước ngày',
  halfYearReportBy: 'Báo cáo 6 tháng chậm nhất ngày',
  yearReportBy: 'Báo cáo năm chậm nhất ngày',
};

/** Vietnamese label of a rules-profile value. */
export function ruleLabel(key: RuleKey | DateRuleKey): string {
  return RULE_LABELS[key];
}

const DATE_KEYS: readonly string[] = DATE_RULE_KEYS;

/**
 * One value of `rulesOverride`: a plain number (0.2.0, its plan named once in `rulesOverride.source`), or
 * `{ value, plan, section, quote }` where `value` is a number (working days ≥ 1), a date `YYYY-MM-DD`
 * (a fixed date; `--MM-DD` for a date every year) or null ("this plan sets none").
 */
function ruleValueField<K extends RuleKey | DateRuleKey>(key: K) {
  const isDate = DATE_KEYS.includes(key);
  const min = !isDate && isDayKey(key as RuleKey) ? 1 : 0;
  const value = isDate
    ? text('value', {
        label: 'Giá trị (ngày)',
        hint: 'Ngày dạng YYYY-MM-DD (hằng năm: --MM-DD); để trống nếu kế hoạch không quy định.',
        required: false,
        pattern: { source: '^(\\d{4}|-)-\\d{2}-\\d{2}$', message: t('fix.ruleDate') },
      })
    : integer('value', { label: 'Giá trị', hint: 'Để trống nếu kế hoạch không quy định.', required: false, min, max: 200 });
  const fields = [
    value,
    text('plan', { label: 'Kế hoạch', hint: 'Ví dụ "Kế hoạch số 15/KH-UBND ngày 20/3/2026 của UBND xã Hà Đông".' }),
    text('section', { label: 'Mục', hint: 'Ví dụ "§IV.1".' }),
    text('quote', { kind: 'text', label: 'Trích nguyên văn', hint: 'Câu của kế hoạch quy định giá trị này.' }),
  ] as const;
  const object = objectSchema(fields);
  const number = z
    .number({ error: () => t('error.ruleValue') })
    .int()
    .min(0)
    .max(200);
  const zod = z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.union([number, object], { error: () => t('error.ruleValue') }).optional(),
  );
  const field: ObjectField<K> = {
    key,
    kind: 'object',
    label: RULE_LABELS[key],
    hint: 'Giá trị do kế hoạch của đơn vị quy định, kèm kế hoạch, mục và trích nguyên văn.',
    required: false,
    fields,
  };
  return { ...field, zod } as Field<ObjectField<K>, typeof zod>;
}

export const unitFields = [
  text('id', {
    label: 'Mã đơn vị',
    hint: 'Mã cố định do thành phố cấp trong danh sách đơn vị (ví dụ "phuong-kinh-mon"): chữ thường không dấu, nối bằng dấu gạch ngang. Không bắt buộc; có mã thì thành phố nhận ra dữ liệu của đơn vị.',
    required: false,
    pattern: { source: '^[a-z0-9]+(?:-[a-z0-9]+)*$', message: t('fix.unitId') },
  }),
  text('name', { label: 'Tên đơn vị', hint: 'Tên đầy đủ, ví dụ "Ủy ban nhân dân phường Kinh Môn".' }),
  text('shortName', { label: 'Tên viết tắt', hint: 'Ví dụ "UBND phường Kinh Môn".' }),
  select('kind', {
    label: 'Loại đơn vị',
    hint: 'Quyết định mẫu báo cáo: Phụ lục 1 (sở, ban, ngành; ban quản lý) hay Phụ lục 2 (quận, huyện, xã, phường). Ủy ban nhân dân thành phố, tỉnh tổ chức đối thoại toàn thành phố, tỉnh: không báo cáo cấp trên trong mô hình này.',
    options: UNIT_KINDS,
  }),
  text('place', { label: 'Địa danh', hint: 'Địa danh ghi ở dòng "…, ngày … tháng … năm …", ví dụ "Kinh Môn".' }),
  text('sectionTitle', { label: 'Tên chuyên mục', hint: 'Ví dụ "Đối thoại doanh nghiệp, hợp tác xã, hộ kinh doanh".' }),
  text('portalUrl', { kind: 'url', label: 'Địa chỉ Cổng thông tin', hint: 'Địa chỉ đầy đủ, bắt đầu bằng https://' }),
  text('reportTo', {
    label: 'Nơi nhận báo cáo',
    hint: 'Ví dụ "Sở Tài chính thành phố Hải Phòng". Bắt buộc, trừ Ủy ban nhân dân thành phố, tỉnh.',
    required: false,
  }),
  text('oneStopDesk', {
    label: 'Bộ phận một cửa',
    hint: 'Nơi niêm yết thông báo, ví dụ "Trung tâm Phục vụ hành chính công phường Kinh Môn".',
  }),
  select('rules', {
    label: 'Bộ quy tắc áp dụng',
    hint: 'Kế hoạch của thành phố mà đơn vị thực hiện; quyết định các thời hạn được kiểm tra.',
    options: RULES_PROFILE_IDS.map((id) => ({ value: id, label: RULES_PROFILES[id]!.title })),
  }),
  select('unitPlan', {
    label: 'Kế hoạch của đơn vị',
    hint: 'Kế hoạch riêng của đơn vị (đã có sẵn), áp lên kế hoạch của thành phố; phải cùng kế hoạch thành phố đã chọn.',
    required: false,
    options: UNIT_PLAN_IDS.map((id) => ({ value: id, label: UNIT_PLAN_BY_ID[id]!.title })),
  }),
  group('rulesOverride', {
    label: 'Thời hạn riêng của đơn vị',
    hint: 'Chỉ điền khi kế hoạch của đơn vị quy định khác kế hoạch của thành phố; mỗi giá trị ghi kế hoạch, mục và trích nguyên văn.',
    required: false,
    fields: [
      ...RULE_KEYS.map((key) => ruleValueField(key)),
      ...DATE_RULE_KEYS.map((key) => ruleValueField(key)),
      text('source', {
        label: 'Nguồn (cách ghi cũ)',
        hint: 'Cách ghi 0.2.0 cho các giá trị ghi bằng số: kế hoạch và mục, ví dụ "KH 15/KH-UBND của UBND xã Hà Đông, mục IV.1".',
        required: false,
      }),
    ],
  }),
  group('contact', {
    label: 'Liên hệ',
    hint: 'Địa chỉ liên hệ công vụ công khai của cơ quan (không ghi số điện thoại cá nhân).',
    required: false,
    fields: [
      text('email', { kind: 'email', label: 'Thư điện tử', required: false }),
      text('phone', { label: 'Điện thoại', required: false }),
      text('address', { label: 'Địa chỉ', required: false }),
    ],
  }),
  group('participation', {
    label: 'Kênh gửi kiến nghị trực tuyến',
    hint: 'Không bắt buộc. Chỉ điền địa chỉ đang hoạt động: trang "Tham gia" chỉ giới thiệu kênh trực tuyến có ở đây; thông báo nhắc đến kênh trực tuyến mà đơn vị chưa khai báo sẽ bị cảnh báo khi dựng.',
    required: false,
    fields: [
      text('onlineFormUrl', {
        kind: 'url',
        label: 'Biểu mẫu gửi kiến nghị trên Cổng của đơn vị',
        hint: 'Địa chỉ đầy đủ của biểu mẫu trực tuyến, bắt đầu bằng https://',
        required: false,
      }),
      text('nationalPortalUrl', {
        kind: 'url',
        label: 'Trang phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia',
        hint: 'Ví dụ https://dichvucong.gov.vn/p/phananhkiennghi/pakn-gui-pakn.html',
        required: false,
      }),
    ],
  }),
  group('theme', {
    label: 'Màu của đơn vị',
    hint: 'Không bắt buộc. Màu chính của Cổng đơn vị cho thanh đầu trang và liên kết; phải đủ tương phản với nền trắng (4,5:1).',
    required: false,
    fields: [
      text('primary', { label: 'Màu chính', hint: 'Mã màu dạng #0b4f8a.', pattern: { source: HEX_COLOUR, message: t('fix.hexColour') } }),
    ],
  }),
] as const;

export const unitSchema = objectSchema(unitFields);

/**
 * The unit's plans: the unit plan goes with its city plan; an override value's date is a date and its day
 * count at least 1; a 0.2.0 `0` ("none") still builds, with a warning; the values no text fixes are named
 * in a warning (a unit on a city plan whose text is not in hand, with no unit plan).
 */
function planRules(data: Record<string, unknown>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const city = typeof data.rules === 'string' ? CITY_PLAN_BY_ID[data.rules] : undefined;
  const unitPlan = typeof data.unitPlan === 'string' ? UNIT_PLAN_BY_ID[data.unitPlan] : undefined;
  if (city && unitPlan && unitPlan.cityPlan !== city.id)
    issues.push({
      path: ['unitPlan'],
      message: t('rule.unitPlanCity', { plan: unitPlan.id, city: unitPlan.cityPlan ?? '', found: city.id }),
    });
  const override = (typeof data.rulesOverride === 'object' && data.rulesOverride !== null ? data.rulesOverride : {}) as Record<
    string,
    unknown
  >;
  for (const key of [...RULE_KEYS, ...DATE_RULE_KEYS]) {
    const own = override[key];
    const isDate = DATE_KEYS.includes(key);
    if (own === 0 && !isDate) issues.push({ path: ['rulesOverride', key], message: t('rule.overrideZero'), severity: 'warning' });
    else if (typeof own === 'number' && isDate) issues.push({ path: ['rulesOverride', key], message: t('rule.overrideDateNumber') });
    else if (typeof own === 'object' && own !== null) {
      const v = (own as Record<string, unknown>).value;
      if (isDate && typeof v === 'number') issues.push({ path: ['rulesOverride', key, 'value'], message: t('rule.overrideDateNumber') });
      else if (isDate && typeof v === 'string' && !(isValidIsoDate(v) || isValidIsoDate(`2000${v.slice(1)}`)))
        issues.push({ path: ['rulesOverride', key, 'value'], message: t('rule.overrideDate', { found: v }) });
      else if (!isDate && typeof v === 'string')
        issues.push({ path: ['rulesOverride', key, 'value'], message: t('rule.overrideNumberDate') });
    }
  }
  if (city && (!data.unitPlan || unitPlan?.cityPlan === city.id) && typeof data.kind === 'string') {
    try {
      const profile = resolveRules(city.id, rulesKind(data.kind), override as RulesOverride, unitPlan?.id);
      if (profile.unknown.length > 0)
        issues.push({
          path: [data.unitPlan ? 'unitPlan' : 'rules'],
          message: t(data.unitPlan ? 'rule.unknownValuesUnitPlan' : 'rule.unknownValues', {
            plan: city.title,
            values: profile.unknown.map((k) => RULE_LABELS[k]).join('; '),
          }),
          severity: 'warning',
        });
    } catch {
      // A malformed override is reported by its field.
    }
  }
  return issues;
}

/** The unit's colour must keep text readable (WCAG 2.1 AA) on the white and grey backgrounds it meets. */
export const unitRules: EntryRule[] = [
  requireWhen(
    'reportTo',
    (d) => !(TOP_UNIT_KINDS as readonly unknown[]).includes(d.kind),
    (d) => t('rule.reportToRequired', { kind: String(d.kind) }),
  ),
  planRules,
  (data) => {
    const primary = valueAt(data, 'theme.primary');
    if (typeof primary !== 'string' || !new RegExp(HEX_COLOUR).test(primary)) return [];
    const ratio = themeContrast(primary);
    return ratio >= AA_TEXT
      ? []
      : [
          {
            path: ['theme', 'primary'],
            message: t('rule.themeContrast', { found: primary, ratio: ratio.toFixed(2).replace('.', ','), min: '4,5' }),
          },
        ];
  },
];
