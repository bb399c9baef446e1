/**
 * The city plans as data (docs/RULES.md): KH 85/2024 (seed 001, the only city plan whose text is in hand),
 * KH 121/2025 and KH 82/2026 (known only from the unit plans that carry them out: seeds 004, 000, 002).
 * A value no text in hand fixes is `unknown`, never borrowed from a unit's plan.
 */
import type { LayerValue, PlanLayer, ReportColumns, ReportTemplate, RuleKey, RuleSource, DateRuleKey } from './types.ts';

export const KH85 = 'KH 85/KH-UBND ngày 05/4/2024 của UBND thành phố Hải Phòng';
export const KH121 = 'KH 121/KH-UBND ngày 19/5/2025 của UBND thành phố Hải Phòng';
export const KH82 = 'KH 82/KH-UBND ngày 13/3/2026 của UBND thành phố Hải Phòng';
/** Seed 004, the plan that quotes KH 121 */
export const BQL_PLAN = 'Kế hoạch tổ chức Hội nghị đối thoại doanh nghiệp năm 2025 của Ban Quản lý Khu kinh tế Hải Phòng';

export function source(plan: string, section: string, quote: string): RuleSource {
  return { plan, section, quote };
}
export function value<V = number>(v: NoInfer<V> | null | 'unknown', plan: string, section: string, quote: string): LayerValue<V> {
  return { value: v, source: source(plan, section, quote) };
}
/** A value the plan's text in hand does not fix. */
function unknown<V>(plan: string): LayerValue<V> {
  return { value: 'unknown', source: source(plan, '', '') };
}
function allUnknown(plan: string): { numbers: Record<RuleKey, LayerValue<number>>; dates: Record<DateRuleKey, LayerValue<string>> } {
  return {
    numbers: {
      noticeLeadDays: unknown(plan),
      deskLeadDays: unknown(plan),
      petitionCutoffDays: unknown(plan),
      quorumRegistered: unknown(plan),
      quorumPetitions: unknown(plan),
      minAttendees: unknown(plan),
      invitations: unknown(plan),
      invitationLeadDays: unknown(plan),
      answerDays: unknown(plan),
      answerCoordinationDays: unknown(plan),
      reportDays: unknown(plan),
      conclusionDays: unknown(plan),
      meetingsPerYear: unknown(plan),
    },
    dates: {
      petitionCutoffDate: unknown(plan),
      meetingBefore: unknown(plan),
      halfYearReportBy: unknown(plan),
      yearReportBy: unknown(plan),
    },
  };
}

/** The headings of KH 85's appendices, word for word (seed 001). */
export const KH85_COLUMNS_1: ReportColumns = {
  no: 'Stt',
  received: 'Tổng số kiến nghị đã tiếp nhận',
  resolved: 'Tổng số kiến nghị đã giải quyết triệt để',
  unresolved: 'Tổng số kiến nghị chưa giải quyết triệt để',
  transferred: 'Tổng số kiến nghị chuyển cơ quan khác giải quyết',
  escalated:
    'Tổng số kiến nghị xin ý kiến chỉ đạo của UBND TP hoặc cơ quan quản lý cấp trên trực tiếp (đối với các cơ quan Trung ương đóng trên địa bàn thành phố)',
  notes: 'Ghi chú',
};
export const KH85_COLUMNS_2: ReportColumns = {
  no: 'Stt',
  group: 'Nhóm kiến nghị',
  received: 'Tổng số kiến nghị tiếp nhận',
  resolved: 'Tổng số kiến nghị đã giải quyết triệt để',
  unresolved: 'Tổng số kiến nghị chưa giải quyết triệt để',
  transferred: 'Tổng số kiến nghị chuyển cơ quan khác giải quyết',
  escalated: 'Tổng số kiến nghị xin ý kiến chỉ đạo của UBND TP',
  notes: 'Ghi chú',
};

const KH85_ATTACHED = '(Kèm theo Kế hoạch số 85/KH-UBND ngày 05/4/2024 của Ủy ban nhân dân thành phố)';
export const KH85_APPENDIX_1: ReportTemplate = {
  plan: KH85,
  appendix: 'Phụ lục 1',
  title: 'Báo cáo kết quả tổ chức Hội nghị đối thoại doanh nghiệp tại các Sở, ban, ngành',
  attached: KH85_ATTACHED,
  layout: 'single',
  columns: KH85_COLUMNS_1,
  total: false,
  topic: true,
  source: source(
    KH85,
    '§IV.1',
    'Báo cáo kết quả tổ chức Hội nghị và kết quả giải quyết kiến nghị về Ủy ban nhân dân thành phố, đồng thời gửi báo cáo về Sở Kế hoạch và Đầu tư (Kèm theo mẫu tại Phụ lục 1)',
  ),
};
export const KH85_APPENDIX_2: ReportTemplate = {
  plan: KH85,
  appendix: 'Phụ lục 2',
  title: 'Báo cáo kết quả tổ chức Hội nghị đối thoại doanh nghiệp tại Ủy ban nhân dân các quận, huyện',
  attached: KH85_ATTACHED,
  layout: 'by-group',
  columns: KH85_COLUMNS_2,
  total: false,
  topic: false,
  source: source(
    KH85,
    '§IV.2',
    'Báo cáo kết quả tổ chức Hội nghị và kết quả giải quyết kiến nghị về Ủy ban nhân dân thành phố, đồng thời gửi báo cáo về Sở Kế hoạch và Đầu tư (Kèm theo mẫu tại Phụ lục 2)',
  ),
};

/** A template named by a plan whose text is not in hand: KH 85's headings shown instead, and said so. */
export function borrowedTemplate(
  plan: string,
  appendix: string,
  title: string,
  attached: string,
  from: ReportTemplate,
  named: RuleSource,
): ReportTemplate {
  return { ...from, plan, appendix, title, attached, source: named, columnsFrom: `${from.appendix}, ${from.plan}` };
}

/** The report's name where the plan names no title for it: its own words "báo cáo kết quả tổ chức Hội nghị". */
export const REPORT_TITLE = 'Báo cáo kết quả tổ chức Hội nghị đối thoại doanh nghiệp';

const FOLDER_85 = source(
  KH85,
  '§IV.1, §IV.2',
  'Thường xuyên rà soát, cập nhật nội dung trên thư mục “Đối thoại doanh nghiệp” … bao gồm: (1) Thông báo thời gian đối thoại doanh nghiệp; (2) Nội dung Hội nghị đối thoại; (3) Phản ánh kiến nghị doanh nghiệp; (4) Thông báo kết luận Hội nghị đối thoại doanh nghiệp',
);
const FORM_85 = source(
  KH85,
  '§IV.1, §IV.2',
  'thông báo phải có hướng dẫn cụ thể cách thức đăng ký cho doanh nghiệp, kèm phiếu đăng ký để các doanh nghiệp gửi kiến nghị và đăng ký tham dự Hội nghị',
);
const STOP_85 = source(
  KH85,
  '§IV.1, §IV.2',
  'Trường hợp quá thời hạn tiếp nhận kiến nghị theo thông báo, đơn vị vẫn không nhận được kiến nghị và đăng ký tham dự Hội nghị của doanh nghiệp. Đơn vị có văn bản báo cáo Ủy ban nhân dân thành phố về việc dừng hoặc hoãn việc tổ chức Hội nghị',
);

const KH85_QUARTERLY =
  'Sở Kế hoạch và Đầu tư tổng hợp kết quả tổ chức Hội nghị đối thoại giải quyết kiến nghị doanh nghiệp của các Sở, ban, ngành, quận, huyện theo quý báo cáo Ủy ban nhân dân thành phố (theo mẫu tại Phụ lục 3)';

/** KH 85/KH-UBND ngày 05/4/2024: departments and districts (seed 001, its full text). */
export const kh85: PlanLayer = {
  id: 'kh-85-2024',
  title: KH85,
  seed: '001_4a3b5ea4dba89c12.txt',
  level: 'city',
  effectiveFrom: '2024-04-05',
  effectiveSource: source(KH85, 'dòng ngày tháng', 'Hải Phòng, ngày 05 tháng 4 năm 2024'),
  numbers: {
    noticeLeadDays: value(
      7,
      KH85,
      '§IV.1, §IV.2',
      'Đăng thông báo về việc tổ chức Hội nghị trên Cổng thông tin điện tử thành phần của đơn vị … Đồng thời dán thông báo về việc tổ chức Hội nghị tại Bộ phận một cửa của đơn vị trước 07 ngày làm việc diễn ra Hội nghị',
    ),
    deskLeadDays: value(
      7,
      KH85,
      '§IV.1, §IV.2',
      'dán thông báo về việc tổ chức Hội nghị tại Bộ phận một cửa của đơn vị trước 07 ngày làm việc diễn ra Hội nghị',
    ),
    petitionCutoffDays: value(null, KH85, '§IV.1, §IV.2', 'Trường hợp quá thời hạn tiếp nhận kiến nghị theo thông báo'),
    quorumRegistered: value(null, KH85, '§IV.1, §IV.2', STOP_85.quote),
    quorumPetitions: value(null, KH85, '§IV.1, §IV.2', STOP_85.quote),
    minAttendees: value(
      null,
      KH85,
      '§IV.1',
      'doanh nghiệp có kiến nghị và doanh nghiệp thuộc lĩnh vực quản lý (tối thiểu 20 doanh nghiệp) tham dự Hội nghị',
    ),
    invitations: value(
      20,
      KH85,
      '§IV.1, §IV.2',
      'doanh nghiệp có kiến nghị và doanh nghiệp thuộc lĩnh vực quản lý (tối thiểu 20 doanh nghiệp) tham dự Hội nghị … Mời doanh nghiệp, hợp tác xã, hộ kinh doanh có kiến nghị và doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn tham dự Hội nghị (tối thiểu 20 đơn vị tham dự)',
    ),
    invitationLeadDays: value(
      null,
      KH85,
      '§IV.1',
      'Mời lãnh đạo Ủy ban nhân dân thành phố và các đơn vị có liên quan tham dự, các báo, đài để đưa tin về Hội nghị',
    ),
    answerDays: value(
      7,
      KH85,
      '§IV.1, §IV.2',
      'Trường hợp chưa trả lời được các kiến nghị của doanh nghiệp trực tiếp tại Hội nghị thì có văn bản trả lời kiến nghị của doanh nghiệp chậm nhất 07 ngày làm việc sau khi diễn ra Hội nghị',
    ),
    answerCoordinationDays: value(
      14,
      KH85,
      '§IV.1, §IV.2',
      'Đối với kiến nghị cần phối hợp của các đơn vị thì có văn bản trả lời kiến nghị của doanh nghiệp chậm nhất 14 ngày làm việc sau khi diễn ra Hội nghị',
    ),
    reportDays: value(
      7,
      KH85,
      '§IV.1, §IV.2',
      'Báo cáo kết quả tổ chức Hội nghị và kết quả giải quyết kiến nghị về Ủy ban nhân dân thành phố … chậm nhất 07 ngày làm việc sau khi diễn ra Hội nghị',
    ),
    conclusionDays: value(
      null,
      KH85,
      '§IV.1, §IV.2',
      'Đăng thông báo kết luận Hội nghị lên Cổng thông tin điện tử thành phần của đơn vị sau khi diễn ra Hội nghị',
    ),
    meetingsPerYear: {
      ...value(1, KH85, '§II.1.4, §II.2.4', 'Số lần tổ chức Hội nghị: ít nhất 01 lần/năm … Số lần tổ chức Hội nghị: ít nhất 02 lần/năm'),
      byKind: { district: 2, commune: 2 },
    },
  },
  dates: {
    petitionCutoffDate: value(null, KH85, '§IV.1, §IV.2', 'Trường hợp quá thời hạn tiếp nhận kiến nghị theo thông báo'),
    meetingBefore: value(null, KH85, '§II.1.4, §II.2.4', 'Số lần tổ chức Hội nghị: ít nhất 01 lần/năm … ít nhất 02 lần/năm'),
    halfYearReportBy: value(null, KH85, '§IV.4', KH85_QUARTERLY),
    yearReportBy: value(null, KH85, '§IV.4', KH85_QUARTERLY),
  },
  stop: { when: 'no-petition-and-no-registration', source: STOP_85 },
  report: {
    department: KH85_APPENDIX_1,
    'zone-authority': KH85_APPENDIX_1,
    district: KH85_APPENDIX_2,
    commune: KH85_APPENDIX_2,
  },
  folder: FOLDER_85,
  registrationForm: FORM_85,
};

const KH121_NAMED = source(
  BQL_PLAN,
  '§III.1',
  'gửi báo cáo về Sở Tài chính (kèm theo mẫu quy định tại Phụ lục I, Kế hoạch số 121/KH-UBND) chậm nhất 07 ngày làm việc sau Hội nghị',
);
const KH121_ATTACHED = '(Theo mẫu quy định tại Phụ lục I, Kế hoạch số 121/KH-UBND ngày 19/5/2025 của Ủy ban nhân dân thành phố)';

/**
 * KH 121/KH-UBND ngày 19/5/2025: its text is not in the seeds; seed 004 (the Economic Zone authority's plan)
 * quotes its date, its folder and its report template (Phụ lục I). Every number is unknown.
 */
export const kh121: PlanLayer = {
  id: 'kh-121-2025',
  title: KH121,
  seed: '004_e0a360731c9d94bc.txt',
  level: 'city',
  effectiveFrom: '2025-05-19',
  effectiveSource: source(BQL_PLAN, 'căn cứ', 'Căn cứ Kế hoạch số 121/KH-UBND ngày 19/5/2025 của Ủy ban nhân dân thành phố'),
  ...allUnknown(KH121),
  stop: undefined,
  report: {
    department: borrowedTemplate(KH121, 'Phụ lục I', REPORT_TITLE, KH121_ATTACHED, KH85_APPENDIX_1, KH121_NAMED),
    'zone-authority': borrowedTemplate(KH121, 'Phụ lục I', REPORT_TITLE, KH121_ATTACHED, KH85_APPENDIX_1, KH121_NAMED),
    district: borrowedTemplate(KH121, 'Phụ lục I', REPORT_TITLE, KH121_ATTACHED, KH85_APPENDIX_2, KH121_NAMED),
    commune: borrowedTemplate(KH121, 'Phụ lục I', REPORT_TITLE, KH121_ATTACHED, KH85_APPENDIX_2, KH121_NAMED),
  },
  folder: source(
    BQL_PLAN,
    '§III.3',
    'Thường xuyên rà soát, cập nhật nội dung trên thư mục “Đối thoại doanh nghiệp” trên Cổng thông tin điện tử của Ban Quản lý theo quy định tại Kế hoạch 121/KH-UBND',
  ),
};

/**
 * KH 82/KH-UBND ngày 13/3/2026: its text is not in the seeds; seeds 000 and 002 quote only its number,
 * date and title. Every number is unknown; the folder of four parts is KH 85's (no text in hand repeats it).
 */
export const kh82: PlanLayer = {
  id: 'kh-82-2026',
  title: KH82,
  seed: '000_4ff1c7fa5befca8f.txt',
  level: 'city',
  effectiveFrom: '2026-03-13',
  effectiveSource: source(
    'KH 80/KH-UBND ngày 19/3/2026 của UBND phường Kinh Môn',
    'căn cứ',
    'Thực hiện Kế hoạch số 82/KH-UBND ngày 13/3/2026 của Ủy ban nhân dân thành phố Hải Phòng',
  ),
  ...allUnknown(KH82),
  stop: undefined,
  report: undefined,
  folder: FOLDER_85,
};

export const CITY_PLANS: readonly PlanLayer[] = [kh85, kh121, kh82];
