/** `don-vi.yaml`: the unit that publishes the section. */
import { RULE_KEYS, RULES_PROFILES, RULES_PROFILE_IDS } from '../../law/rules/profiles.ts';
import { t } from '../../../i18n/index.ts';
import { AA_TEXT, HEX_COLOUR, themeContrast } from '../../base/colour/contrast.ts';
import { group, integer, objectSchema, select, text } from './fields.ts';
import { requireWhen, valueAt, type EntryRule } from './rules.ts';

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

const RULE_LABELS: Record<(typeof RULE_KEYS)[number], string> = {
  noticeLeadDays: 'Đăng thông báo trên Cổng trước hội nghị ít nhất (ngày làm việc)',
  deskLeadDays: 'Niêm yết tại Bộ phận một cửa trước hội nghị ít nhất (ngày làm việc)',
  petitionCutoffDays: 'Tiếp nhận kiến nghị trước hội nghị ít nhất (ngày làm việc)',
  quorumRegistered: 'Số doanh nghiệp đăng ký tối thiểu',
  quorumPetitions: 'Số kiến nghị gửi trước tối thiểu',
  minAttendees: 'Số doanh nghiệp tham dự tối thiểu',
  answerDays: 'Trả lời bằng văn bản sau hội nghị chậm nhất (ngày làm việc)',
  answerCoordinationDays: 'Trả lời khi cần phối hợp chậm nhất (ngày làm việc)',
  reportDays: 'Báo cáo kết quả chậm nhất (ngày làm việc)',
  conclusionDays: 'Đăng thông báo kết luận chậm nhất (ngày làm việc)',
  meetingsPerYear: 'Số hội nghị tối thiểu mỗi năm',
};

/** Vietnamese label of a rules-profile number. */
export function ruleLabel(key: (typeof RULE_KEYS)[number]): string {
  return RULE_LABELS[key];
}

export const unitFields = [
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
  group('rulesOverride', {
    label: 'Thời hạn riêng của đơn vị',
    hint: 'Chỉ điền khi kế hoạch của đơn vị quy định khác kế hoạch của thành phố; ghi rõ nguồn.',
    required: false,
    fields: [
      ...RULE_KEYS.map((key) => integer(key, { label: RULE_LABELS[key], required: false, min: 0, max: 60 })),
      text('source', {
        label: 'Nguồn',
        hint: 'Kế hoạch và mục quy định thời hạn riêng, ví dụ "KH 15/KH-UBND của UBND xã Hà Đông, mục IV.1".',
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

/** The unit's colour must keep text readable (WCAG 2.1 AA) on the white and grey backgrounds it meets. */
export const unitRules: EntryRule[] = [
  requireWhen(
    'reportTo',
    (d) => !(TOP_UNIT_KINDS as readonly unknown[]).includes(d.kind),
    (d) => t('rule.reportToRequired', { kind: String(d.kind) }),
  ),
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
