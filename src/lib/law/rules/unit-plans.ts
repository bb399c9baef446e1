/**
 * The units' own plans as data, each on its city plan (docs/RULES.md): Kinh Môn's KH 80/2026 (seed 000),
 * Hà Đông's 2026 plan (seed 002), Nghi Dương's 2025 plan (seed 003), the Economic Zone authority's 2025
 * plan (seed 004). A value the plan does not mention is left to the city plan; `null` where the plan
 * settles the matter without a number ("this plan sets none").
 */
import { BQL_PLAN, KH85_APPENDIX_2, borrowedTemplate, source, value } from './city-plans.ts';
import type { PlanLayer } from './types.ts';

export const KH80 = 'KH 80/KH-UBND ngày 19/3/2026 của UBND phường Kinh Môn';
export const HA_DONG =
  'Kế hoạch tổ chức Hội nghị đối thoại doanh nghiệp, hợp tác xã, hộ kinh doanh năm 2026 của UBND xã Hà Đông (tháng 3/2026)';
export const NGHI_DUONG = 'Kế hoạch tổ chức Hội nghị đối thoại trực tiếp năm 2025 của UBND xã Nghi Dương';

const KH80_POSTING =
  'Niêm yết Kế hoạch tổ chức đối thoại (thay cho thông báo về tổ chức Hội nghị) tại Trung tâm Phục vụ hành chính công phường, đồng thời đăng tải Kế hoạch tổ chức đối thoại trên Cổng thông tin điện tử phường để doanh nghiệp, hợp tác xã, hộ kinh doanh biết gửi kiến nghị và đăng ký tham dự';
const KH80_HOLDING =
  'Hội nghị được tổ chức khi có tối thiểu 15 doanh nghiệp, hợp tác xã, hộ kinh doanh đăng ký tham dự, trong đó có ít nhất 05 kiến nghị gửi trước';
const KH80_WHEN = 'Thời gian tổ chức: dự kiến 01 buổi, tổ chức trong quý II năm 2026 (thời gian cụ thể sẽ được thông báo sau)';

/** Kinh Môn ward, KH 80/KH-UBND ngày 19/3/2026 (seed 000), under KH 82/2026. */
export const kinhMon: PlanLayer = {
  id: 'kinh-mon-kh-80-2026',
  title: KH80,
  seed: '000_4ff1c7fa5befca8f.txt',
  level: 'unit',
  cityPlan: 'kh-82-2026',
  effectiveFrom: '2026-03-19',
  effectiveUntil: '2026-12-31',
  effectiveSource: source(KH80, 'dòng ngày tháng, tên kế hoạch', 'Kinh Môn, ngày 19 tháng 3 năm 2026 … năm 2026'),
  numbers: {
    noticeLeadDays: value(null, KH80, '§IV.1', KH80_POSTING),
    deskLeadDays: value(null, KH80, '§IV.1', KH80_POSTING),
    petitionCutoffDays: value(
      15,
      KH80,
      '§II.2.a',
      'Các kiến nghị phải được tiếp nhận trước ít nhất 15 ngày làm việc trước ngày tổ chức Hội nghị',
    ),
    quorumRegistered: value(15, KH80, '§II.2.a', KH80_HOLDING),
    quorumPetitions: value(5, KH80, '§II.2.a', KH80_HOLDING),
    minAttendees: value(null, KH80, '§II.2.a', KH80_HOLDING),
    invitations: value(
      null,
      KH80,
      '§II.3',
      'Đại diện lãnh đạo doanh nghiệp, hợp tác xã, hộ kinh doanh có kiến nghị và các doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn phường',
    ),
    invitationLeadDays: value(null, KH80, '§IV.1', 'phát hành giấy mời và chuẩn bị các điều kiện bảo đảm tổ chức hội nghị đối thoại'),
    answerDays: value(
      7,
      KH80,
      '§II.5',
      'Trường hợp chưa trả lời ngay, Ủy ban nhân dân phường trả lời bằng văn bản trong thời hạn 07 ngày làm việc',
    ),
    answerCoordinationDays: value(
      15,
      KH80,
      '§II.5',
      'đối với nội dung cần phối hợp liên ngành, tối đa 15 ngày làm việc kể từ ngày kết thúc Hội nghị',
    ),
    reportDays: value(7, KH80, '§II.6', 'Báo cáo kết quả tổ chức Hội nghị gửi Sở Tài chính trong thời hạn 07 ngày làm việc sau Hội nghị'),
    conclusionDays: value(
      null,
      KH80,
      '§II.5',
      'Kết luận Hội nghị được ban hành thông báo và đăng tải trên Cổng thông tin điện tử của phường',
    ),
    meetingsPerYear: value(1, KH80, '§II.2.b', KH80_WHEN),
  },
  dates: {
    petitionCutoffDate: value(
      null,
      KH80,
      '§II.2.a',
      'Các kiến nghị phải được tiếp nhận trước ít nhất 15 ngày làm việc trước ngày tổ chức Hội nghị',
    ),
    meetingBefore: value(null, KH80, '§II.2.b', KH80_WHEN),
    halfYearReportBy: value(
      null,
      KH80,
      '§IV.8',
      'làm đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; định kỳ báo cáo Ủy ban nhân dân phường',
    ),
    yearReportBy: value(
      null,
      KH80,
      '§IV.8',
      'làm đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; định kỳ báo cáo Ủy ban nhân dân phường',
    ),
  },
  report: Object.fromEntries(
    (['department', 'district', 'commune', 'zone-authority'] as const).map((kind) => [
      kind,
      borrowedTemplate(
        KH80,
        'Phụ lục I',
        'Báo cáo kết quả tổ chức Hội nghị và kết quả giải quyết kiến nghị',
        '(Theo mẫu tại Phụ lục I nêu tại mục IV.2 Kế hoạch số 80/KH-UBND ngày 19/3/2026 của Ủy ban nhân dân phường Kinh Môn)',
        KH85_APPENDIX_2,
        source(
          KH80,
          '§IV.2',
          'Tham mưu báo cáo kết quả tổ chức Hội nghị và kết quả giải quyết kiến nghị về Sở Tài chính (theo mẫu tại Phụ lục I) chậm nhất 07 ngày làm việc sau khi diễn ra Hội nghị',
        ),
      ),
    ]),
  ),
};

const HA_DONG_POSTING =
  'Chủ trì đăng tải trên Cổng thông tin điện tử của UBND xã và niêm yết tại Trung tâm phục vụ hành chính công xã trước 15 ngày làm việc diễn ra hội nghị để các doanh nghiệp, hợp tác xã, hộ kinh doanh gửi kiến nghị và đăng ký tham dự hội nghị';

/** Hà Đông commune, its 2026 plan (seed 002, a draft: number and day blank), under KH 82/2026. */
export const haDong: PlanLayer = {
  id: 'ha-dong-2026',
  title: HA_DONG,
  seed: '002_6205c33b9054d218.txt',
  level: 'unit',
  cityPlan: 'kh-82-2026',
  // The day is left blank ("ngày tháng 3 năm 2026"); it carries out KH 82 of 13/3/2026, so not before that.
  effectiveFrom: '2026-03-13',
  effectiveUntil: '2026-12-31',
  effectiveSource: source(
    HA_DONG,
    'dòng ngày tháng, căn cứ',
    'Hà Đông, ngày tháng 3 năm 2026 … Thực hiện Kế hoạch số 82/KH-UBND ngày 13/3/2026',
  ),
  numbers: {
    noticeLeadDays: value(15, HA_DONG, '§IV.1', HA_DONG_POSTING),
    deskLeadDays: value(15, HA_DONG, '§IV.1', HA_DONG_POSTING),
    petitionCutoffDays: value(
      7,
      HA_DONG,
      '§IV.2',
      'Chủ trì, tổng hợp các ý kiến, kiến nghị của các doanh nghiệp, hợp tác xã, hộ kinh doanh gửi về UBND xã (qua Phòng Kinh tế xã) trước 07 ngày làm việc diễn ra hội nghị',
    ),
    invitations: value(
      15,
      HA_DONG,
      '§II.5',
      'Đại diện lãnh đạo các doanh nghiệp, hợp tác xã, hộ kinh doanh có kiến nghị và mời tham dự Hội nghị (tối thiểu 15 doanh nghiệp, hợp tác xã, hộ kinh doanh)',
    ),
    reportDays: value(
      7,
      HA_DONG,
      '§IV.2',
      'Tổng hợp báo cáo kết quả giải quyết kiến nghị gửi về Sở Tài chính chậm nhất 07 ngày làm việc sau khi diễn ra hội nghị',
    ),
    meetingsPerYear: value(1, HA_DONG, '§II.3', 'Thời gian: Tháng 7/2026'),
  },
  dates: {
    petitionCutoffDate: value(null, HA_DONG, '§IV.2', 'gửi về UBND xã (qua Phòng Kinh tế xã) trước 07 ngày làm việc diễn ra hội nghị'),
    meetingBefore: value(null, HA_DONG, '§II.3', 'Thời gian: Tháng 7/2026'),
  },
};

const ND_PARTICIPANTS =
  'Các doanh nghiệp, HTX, các hộ sản xuất, kinh doanh trên địa bàn xã (dự kiến 40-60 đại biểu) … (Số lượng đại biểu tham dự từ 120-160 người/hội nghị)';
const ND_CONCLUSION =
  'Chậm nhất là 10 ngày làm việc sau khi kết thúc đối thoại với Nhân dân và doanh nghiệp, có thông báo ý kiến kết luận của đồng chí chủ trì Hội nghị đến các phòng, ban, ngành, đơn vị có liên quan xem xét, giải quyết kiến nghị của Nhân dân và doanh nghiệp, đồng thời gửi thông báo đến tập thể, cá nhân nêu kiến nghị để biết';
const ND_ANSWERS =
  'giao các cơ quan chức năng nghiên cứu, đề xuất phương án và thời hạn giải quyết các kiến nghị và kết luận hội nghị, chỉ đạo ban hành Thông báo kết luận hội nghị';
const ND_REPORTS =
  'Định kỳ 06 tháng (trước ngày 20/6) và hằng năm (trước ngày 10/12), tổng hợp và báo cáo kết quả triển khai thực hiện đối thoại giữa Chủ tịch Ủy ban nhân dân xã với Nhân dân về Ban Thường vụ Đảng ủy';

/**
 * Nghi Dương commune, its 2025 plan (seed 003): a dialogue of the Party and commune leaders with people
 * and businesses, carrying out the Party committee's KH 20-KH/ĐU of 22/9/2025; in 2025 the city plan in
 * force is KH 121/2025. Fixed dates instead of day counts for the petitions and the meeting.
 */
export const nghiDuong: PlanLayer = {
  id: 'nghi-duong-2025',
  title: NGHI_DUONG,
  seed: '003_4b8b6d2a743da4fa.txt',
  level: 'unit',
  cityPlan: 'kh-121-2025',
  // Undated in the seed; it carries out the Party committee's plan of 22/9/2025, so not before that.
  effectiveFrom: '2025-09-22',
  effectiveUntil: '2025-12-31',
  effectiveSource: source(NGHI_DUONG, 'căn cứ', 'Thực hiện Kế hoạch số 20-KH/ĐU ngày 22/9/2025 của Đảng ủy xã'),
  numbers: {
    noticeLeadDays: value(
      null,
      NGHI_DUONG,
      '§I.2',
      'Chương trình, nội dung, thời gian và địa điểm tổ chức đối thoại phải được thông báo rộng rãi trên hệ thống Đài truyền thanh, trên cổng thông tin điện tử',
    ),
    deskLeadDays: value(
      null,
      NGHI_DUONG,
      '§I.2',
      'Chương trình, nội dung, thời gian và địa điểm tổ chức đối thoại phải được thông báo rộng rãi trên hệ thống Đài truyền thanh, trên cổng thông tin điện tử',
    ),
    petitionCutoffDays: value(null, NGHI_DUONG, '§III.3', 'gửi phản ánh kiến nghị về UBND xã trước ngày 30/10/2025'),
    quorumRegistered: value(null, NGHI_DUONG, '§II.3', ND_PARTICIPANTS),
    quorumPetitions: value(null, NGHI_DUONG, '§II.3', ND_PARTICIPANTS),
    minAttendees: value(null, NGHI_DUONG, '§II.3', ND_PARTICIPANTS),
    invitations: value(null, NGHI_DUONG, '§II.3', ND_PARTICIPANTS),
    invitationLeadDays: value(
      7,
      NGHI_DUONG,
      '§III.1',
      'Phối hợp với phòng Kinh tế lập danh sách và gửi giấy mời đến các đại biểu là các doanh nghiệp, HTX, các hộ kinh doanh … trước ngày tổ chức ít nhất 07 ngày làm việc',
    ),
    answerDays: value(null, NGHI_DUONG, '§II.5', ND_ANSWERS),
    answerCoordinationDays: value(null, NGHI_DUONG, '§II.5', ND_ANSWERS),
    reportDays: value(null, NGHI_DUONG, '§III.1', ND_REPORTS),
    conclusionDays: value(10, NGHI_DUONG, '§III.1', ND_CONCLUSION),
    meetingsPerYear: value(1, NGHI_DUONG, '§II.2', 'Đối thoại định kỳ: Ít nhất 1 lần/năm'),
  },
  dates: {
    petitionCutoffDate: value('2025-10-30', NGHI_DUONG, '§III.3', 'gửi phản ánh kiến nghị về UBND xã trước ngày 30/10/2025'),
    meetingBefore: value(
      '2025-11-15',
      NGHI_DUONG,
      '§II.6',
      'Dự kiến tổ chức đối thoại định kỳ vào Quý IV/2025, kết thúc trước ngày 15/11/2025',
    ),
    halfYearReportBy: value('--06-20', NGHI_DUONG, '§III.1', ND_REPORTS),
    yearReportBy: value('--12-10', NGHI_DUONG, '§III.1', ND_REPORTS),
  },
  stop: null,
};

const BQL_HOLDING =
  'Hội nghị đối thoại doanh nghiệp đủ điều kiện tổ chức khi có tối thiểu 15 doanh nghiệp đăng ký tham gia Hội nghị, trong đó tối thiểu 05 kiến nghị của các doanh nghiệp đăng ký tham dự Hội nghị và phải được đơn vị tổ chức tiếp nhận trước 05 ngày làm việc diễn ra Hội nghị';
const BQL_NOTICE =
  'Đăng thông báo về việc tổ chức hội nghị trên Cổng thông tin điện tử và tại Bộ phận một cửa của Ban Quản lý trước 07 ngày làm việc diễn ra hội nghị để các doanh nghiệp gửi kiến nghị và đăng ký tham dự hội nghị';

const BQL_REPORT =
  'Dự thảo báo cáo kết quả tổ chức Hội nghị đối thoại doanh nghiệp của Ban Quản lý gửi Ủy ban nhân dân thành phố, đồng thời gửi báo cáo về Sở Tài chính … chậm nhất 07 ngày làm việc sau Hội nghị';

/** The Hải Phòng Economic Zone authority, its 2025 plan (seed 004), under KH 121/2025. */
export const bqlKkt: PlanLayer = {
  id: 'bql-kkt-2025',
  title: BQL_PLAN,
  seed: '004_e0a360731c9d94bc.txt',
  level: 'unit',
  cityPlan: 'kh-121-2025',
  // Undated in the seed; it is made under KH 121 of 19/5/2025, so not before that.
  effectiveFrom: '2025-05-19',
  effectiveUntil: '2025-12-31',
  effectiveSource: source(BQL_PLAN, 'căn cứ', 'Căn cứ Kế hoạch số 121/KH-UBND ngày 19/5/2025 của Ủy ban nhân dân thành phố'),
  numbers: {
    noticeLeadDays: value(7, BQL_PLAN, '§III.3', BQL_NOTICE),
    deskLeadDays: value(7, BQL_PLAN, '§III.3', BQL_NOTICE),
    petitionCutoffDays: value(5, BQL_PLAN, '§I.2', BQL_HOLDING),
    quorumRegistered: value(15, BQL_PLAN, '§I.2', BQL_HOLDING),
    quorumPetitions: value(5, BQL_PLAN, '§I.2', BQL_HOLDING),
    minAttendees: value(null, BQL_PLAN, '§I.2', BQL_HOLDING),
    invitations: value(null, BQL_PLAN, '§II.3', 'Đại diện lãnh đạo doanh nghiệp có kiến nghị và doanh nghiệp mời tham dự Hội nghị'),
    invitationLeadDays: value(null, BQL_PLAN, '§III.3', 'Gửi công văn, thư mời đến các đơn vị liên quan'),
    answerDays: value(
      7,
      BQL_PLAN,
      '§III.1',
      'trả lời, giải quyết kiến nghị của doanh nghiệp trực tiếp tại Hội nghị hoặc trả lời bằng văn bản chậm nhất 07 ngày làm việc sau Hội nghị',
    ),
    answerCoordinationDays: value(
      14,
      BQL_PLAN,
      '§III.1',
      'đối với kiến nghị cần phối hợp của các đơn vị liên quan, có văn bản trả lời doanh nghiệp chậm nhất 14 ngày làm việc sau khi diễn ra Hội nghị',
    ),
    reportDays: value(7, BQL_PLAN, '§III.1', BQL_REPORT),
    conclusionDays: value(
      null,
      BQL_PLAN,
      '§III.3',
      'Đăng thông báo kết luận Hội nghị trên Cổng thông tin điện tử của Ban Quản lý sau khi diễn ra Hội nghị',
    ),
    meetingsPerYear: value(
      1,
      BQL_PLAN,
      '§II.1, §II.4',
      'Tên Hội nghị: Hội nghị đối thoại doanh nghiệp năm 2025 … Thời gian dự kiến: Quý III năm 2025',
    ),
  },
  dates: {
    petitionCutoffDate: value(null, BQL_PLAN, '§I.2', 'phải được đơn vị tổ chức tiếp nhận trước 05 ngày làm việc diễn ra Hội nghị'),
    meetingBefore: value(null, BQL_PLAN, '§II.4', 'Thời gian dự kiến: Quý III năm 2025'),
    halfYearReportBy: value(null, BQL_PLAN, '§III.1', BQL_REPORT),
    yearReportBy: value(null, BQL_PLAN, '§III.1', BQL_REPORT),
  },
  stop: {
    when: 'no-petition-and-no-registration',
    source: source(
      BQL_PLAN,
      '§III.1',
      'Trong trường hợp quá thời hạn tiếp nhận kiến nghị theo thông báo, Ban Quản lý vẫn không nhận được kiến nghị và đăng ký tham dự Hội nghị của doanh nghiệp, Phòng Doanh nghiệp và Giám sát đầu tư tham mưu lãnh đạo Ban dự thảo văn bản báo cáo Ủy ban nhân dân thành phố và Sở Tài chính về việc dừng hoặc hoãn việc tổ chức Hội nghị',
    ),
  },
};

export const UNIT_PLANS: readonly PlanLayer[] = [kinhMon, haDong, nghiDuong, bqlKkt];
