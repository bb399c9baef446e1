/**
 * Rules profiles: the numbers each city plan sets, as data, each with the plan and section it comes from
 * (see docs/RULES.md). A unit names its profile in `don-vi.yaml` (`rules`) and may override
 * any number (`rulesOverride`), e.g. a commune whose own plan asks for a longer notice.
 */

/** Where a number comes from: the plan, its section, and the words of the plan. */
export interface RuleSource {
  /** The plan, e.g. `KH 85/KH-UBND ngày 05/4/2024` */
  plan: string;
  /** The section, e.g. `§IV.1` */
  section: string;
  /** The plan's own words, quoted */
  quote: string;
}

/** One number of a profile; `null` when the plan sets no number for it. */
export interface RuleNumber {
  value: number | null;
  source: RuleSource;
  /** A different value for some kinds of unit (KH 85/2024: districts meet twice a year) */
  byKind?: Partial<Record<UnitKind, number>>;
}

export type UnitKind = 'department' | 'district' | 'commune' | 'zone-authority';

/** The numbers of a profile that a unit may override. */
export const RULE_KEYS = [
  'noticeLeadDays',
  'deskLeadDays',
  'petitionCutoffDays',
  'quorumRegistered',
  'quorumPetitions',
  'minAttendees',
  'answerDays',
  'answerCoordinationDays',
  'reportDays',
  'conclusionDays',
  'meetingsPerYear',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export interface RulesProfile {
  id: string;
  /** The city plan, in Vietnamese */
  title: string;
  /** Which seed document (docs/nguon/) holds the plan */
  seed: string;
  numbers: Record<RuleKey, RuleNumber>;
}

const KH85 = 'KH 85/KH-UBND ngày 05/4/2024 của UBND thành phố Hải Phòng';
const KH121 = 'KH 121/KH-UBND ngày 19/5/2025 của UBND thành phố (áp dụng tại Ban Quản lý Khu kinh tế Hải Phòng)';
const KH82 = 'KH 82/KH-UBND ngày 13/3/2026 của UBND thành phố (theo KH 80/KH-UBND ngày 19/3/2026 của UBND phường Kinh Môn)';

function rule(value: number | null, plan: string, section: string, quote: string): RuleNumber {
  return { value, source: { plan, section, quote } };
}

/** KH 85/2024: departments and districts (seed 001). */
const kh85: RulesProfile = {
  id: 'kh-85-2024',
  title: KH85,
  seed: '001_4a3b5ea4dba89c12.txt',
  numbers: {
    noticeLeadDays: rule(
      7,
      KH85,
      '§IV.1, §IV.2',
      'dán thông báo về việc tổ chức Hội nghị tại Bộ phận một cửa của đơn vị trước 07 ngày làm việc diễn ra Hội nghị',
    ),
    deskLeadDays: rule(
      7,
      KH85,
      '§IV.1, §IV.2',
      'dán thông báo về việc tổ chức Hội nghị tại Bộ phận một cửa của đơn vị trước 07 ngày làm việc diễn ra Hội nghị',
    ),
    petitionCutoffDays: rule(
      null,
      KH85,
      '§IV.1',
      'Trường hợp quá thời hạn tiếp nhận kiến nghị theo thông báo … (hạn do thông báo của đơn vị ấn định)',
    ),
    quorumRegistered: rule(null, KH85, '§IV.1', 'không quy định số doanh nghiệp đăng ký tối thiểu'),
    quorumPetitions: rule(null, KH85, '§IV.1', 'không quy định số kiến nghị tối thiểu'),
    minAttendees: rule(
      20,
      KH85,
      '§IV.1, §IV.2',
      'doanh nghiệp có kiến nghị và doanh nghiệp thuộc lĩnh vực quản lý (tối thiểu 20 doanh nghiệp) tham dự Hội nghị',
    ),
    answerDays: rule(
      7,
      KH85,
      '§IV.1, §IV.2',
      'có văn bản trả lời kiến nghị của doanh nghiệp chậm nhất 07 ngày làm việc sau khi diễn ra Hội nghị',
    ),
    answerCoordinationDays: rule(
      14,
      KH85,
      '§IV.1, §IV.2',
      'Đối với kiến nghị cần phối hợp của các đơn vị thì có văn bản trả lời … chậm nhất 14 ngày làm việc sau khi diễn ra Hội nghị',
    ),
    reportDays: rule(
      7,
      KH85,
      '§IV.1, §IV.2',
      'Báo cáo kết quả tổ chức Hội nghị và kết quả giải quyết kiến nghị … chậm nhất 07 ngày làm việc sau khi diễn ra Hội nghị',
    ),
    conclusionDays: rule(
      null,
      KH85,
      '§IV.1, §IV.2',
      'Đăng thông báo kết luận Hội nghị lên Cổng thông tin điện tử thành phần của đơn vị sau khi diễn ra Hội nghị',
    ),
    meetingsPerYear: {
      ...rule(1, KH85, '§II.1.4, §II.2.4', 'Sở, ban, ngành: ít nhất 01 lần/năm; quận, huyện: ít nhất 02 lần/năm'),
      byKind: { district: 2, commune: 2 },
    },
  },
};

/** KH 121/2025 as the Economic Zone Authority's 2025 plan applies it (seed 004). */
const kh121: RulesProfile = {
  id: 'kh-121-2025',
  title: KH121,
  seed: '004_e0a360731c9d94bc.txt',
  numbers: {
    noticeLeadDays: rule(
      7,
      KH121,
      '§III.3',
      'Đăng thông báo về việc tổ chức hội nghị trên Cổng thông tin điện tử và tại Bộ phận một cửa của Ban Quản lý trước 07 ngày làm việc diễn ra hội nghị',
    ),
    deskLeadDays: rule(7, KH121, '§III.3', 'Đăng thông báo … tại Bộ phận một cửa của Ban Quản lý trước 07 ngày làm việc diễn ra hội nghị'),
    petitionCutoffDays: rule(
      5,
      KH121,
      '§I.2',
      'tối thiểu 05 kiến nghị … phải được đơn vị tổ chức tiếp nhận trước 05 ngày làm việc diễn ra Hội nghị',
    ),
    quorumRegistered: rule(15, KH121, '§I.2', 'đủ điều kiện tổ chức khi có tối thiểu 15 doanh nghiệp đăng ký tham gia Hội nghị'),
    quorumPetitions: rule(5, KH121, '§I.2', 'trong đó tối thiểu 05 kiến nghị của các doanh nghiệp đăng ký tham dự Hội nghị'),
    minAttendees: rule(null, KH121, '§I.2', 'không quy định số doanh nghiệp tham dự tối thiểu ngoài số đăng ký'),
    answerDays: rule(7, KH121, '§III.1', 'trả lời bằng văn bản chậm nhất 07 ngày làm việc sau Hội nghị'),
    answerCoordinationDays: rule(
      14,
      KH121,
      '§III.1',
      'đối với kiến nghị cần phối hợp của các đơn vị liên quan, có văn bản trả lời doanh nghiệp chậm nhất 14 ngày làm việc sau khi diễn ra Hội nghị',
    ),
    reportDays: rule(7, KH121, '§III.1', 'báo cáo kết quả tổ chức Hội nghị … chậm nhất 07 ngày làm việc sau Hội nghị'),
    conclusionDays: rule(
      null,
      KH121,
      '§III.3',
      'Đăng thông báo kết luận Hội nghị trên Cổng thông tin điện tử của Ban Quản lý sau khi diễn ra Hội nghị',
    ),
    meetingsPerYear: rule(1, KH121, '§II.4', 'Thời gian dự kiến: Quý III năm 2025 (một hội nghị trong năm)'),
  },
};

/** KH 82/2026 as the Kinh Môn ward plan KH 80/KH-UBND carries it out (seed 000). */
const kh82: RulesProfile = {
  id: 'kh-82-2026',
  title: KH82,
  seed: '000_4ff1c7fa5befca8f.txt',
  numbers: {
    noticeLeadDays: rule(
      null,
      KH82,
      '§IV.1',
      'Niêm yết Kế hoạch tổ chức đối thoại (thay cho thông báo về tổ chức Hội nghị) … đồng thời đăng tải Kế hoạch … trên Cổng thông tin điện tử phường (không quy định số ngày)',
    ),
    deskLeadDays: rule(
      null,
      KH82,
      '§IV.1',
      'Niêm yết Kế hoạch tổ chức đối thoại … tại Trung tâm Phục vụ hành chính công phường (không quy định số ngày)',
    ),
    petitionCutoffDays: rule(
      15,
      KH82,
      '§II.2.a',
      'Các kiến nghị phải được tiếp nhận trước ít nhất 15 ngày làm việc trước ngày tổ chức Hội nghị',
    ),
    quorumRegistered: rule(
      15,
      KH82,
      '§II.2.a',
      'Hội nghị được tổ chức khi có tối thiểu 15 doanh nghiệp, hợp tác xã, hộ kinh doanh đăng ký tham dự',
    ),
    quorumPetitions: rule(5, KH82, '§II.2.a', 'trong đó có ít nhất 05 kiến nghị gửi trước'),
    minAttendees: rule(null, KH82, '§II.2.a', 'không quy định số tham dự tối thiểu ngoài số đăng ký'),
    answerDays: rule(7, KH82, '§II.5', 'Ủy ban nhân dân phường trả lời bằng văn bản trong thời hạn 07 ngày làm việc'),
    answerCoordinationDays: rule(
      15,
      KH82,
      '§II.5',
      'đối với nội dung cần phối hợp liên ngành, tối đa 15 ngày làm việc kể từ ngày kết thúc Hội nghị',
    ),
    reportDays: rule(
      7,
      KH82,
      '§II.6, §IV.2',
      'Báo cáo kết quả tổ chức Hội nghị gửi Sở Tài chính trong thời hạn 07 ngày làm việc sau Hội nghị',
    ),
    conclusionDays: rule(
      null,
      KH82,
      '§II.5',
      'Kết luận Hội nghị được ban hành thông báo và đăng tải trên Cổng thông tin điện tử của phường (không quy định số ngày)',
    ),
    meetingsPerYear: rule(1, KH82, '§II.2.b', 'dự kiến 01 buổi, tổ chức trong quý II năm 2026'),
  },
};

export const RULES_PROFILES: Readonly<Record<string, RulesProfile>> = {
  [kh85.id]: kh85,
  [kh121.id]: kh121,
  [kh82.id]: kh82,
};

export const RULES_PROFILE_IDS = [kh85.id, kh121.id, kh82.id] as const;

/** A unit's overrides (`rulesOverride` in don-vi.yaml): numbers, and the unit's own plan they come from. */
export type RulesOverride = Partial<Record<RuleKey, number>> & { source?: string };

/**
 * The numbers that apply to a unit: its profile, the value for its kind of unit, then its overrides,
 * whose source is the unit's own plan (`rulesOverride.source`).
 */
export function resolveRules(profileId: string, kind: UnitKind, override: RulesOverride = {}): RulesProfile {
  const profile = RULES_PROFILES[profileId];
  if (!profile) throw new RangeError(`unknown rules profile: ${profileId}`);
  const numbers = {} as Record<RuleKey, RuleNumber>;
  for (const key of RULE_KEYS) {
    const base = profile.numbers[key];
    const own = override[key];
    if (own !== undefined) {
      const plan = override.source ?? 'rulesOverride (don-vi.yaml)';
      numbers[key] = { value: own, source: { plan, section: '', quote: '' } };
    } else {
      numbers[key] = { value: base.byKind?.[kind] ?? base.value, source: base.source };
    }
  }
  return { ...profile, numbers };
}
