/**
 * Where the rules without a number come from (the four parts, the registration form, the calendar):
 * the numbered ones carry their source in the rules profile.
 */
import type { RuleSource, RulesProfile } from '../../law/rules/profiles.ts';

const KH85 = 'KH 85/KH-UBND ngày 05/4/2024 của UBND thành phố Hải Phòng';
const KH121 = 'KH 121/KH-UBND ngày 19/5/2025 của UBND thành phố (áp dụng tại Ban Quản lý Khu kinh tế Hải Phòng)';

const FOLDER_85: RuleSource = {
  plan: KH85,
  section: '§IV.1, §IV.2',
  quote:
    'Thường xuyên rà soát, cập nhật nội dung trên thư mục “Đối thoại doanh nghiệp” … bao gồm: (1) Thông báo thời gian đối thoại doanh nghiệp; (2) Nội dung Hội nghị đối thoại; (3) Phản ánh kiến nghị doanh nghiệp; (4) Thông báo kết luận Hội nghị đối thoại doanh nghiệp',
};
const FOLDER_121: RuleSource = {
  plan: KH121,
  section: '§III.3',
  quote:
    'Thường xuyên rà soát, cập nhật nội dung trên thư mục “Đối thoại doanh nghiệp” trên Cổng thông tin điện tử của Ban Quản lý theo quy định tại Kế hoạch 121/KH-UBND',
};
const FORM_85: RuleSource = {
  plan: KH85,
  section: '§IV.1, §IV.2',
  quote:
    'thông báo phải có hướng dẫn cụ thể cách thức đăng ký cho doanh nghiệp, kèm phiếu đăng ký để các doanh nghiệp gửi kiến nghị và đăng ký tham dự Hội nghị',
};
const FORM_121: RuleSource = {
  plan: KH121,
  section: '§III.3',
  quote: 'Đăng thông báo về việc tổ chức hội nghị … để các doanh nghiệp gửi kiến nghị và đăng ký tham dự hội nghị',
};

/** The Civil Code and Labour Code articles behind working-day counting. */
export const CALENDAR_SOURCE: RuleSource = {
  plan: 'Bộ luật Lao động 2019; Bộ luật Dân sự 2015',
  section: 'BLLĐ Điều 111 khoản 3, Điều 112; BLDS Điều 147, 148',
  quote:
    'Ngày nghỉ lễ, Tết do Thủ tướng Chính phủ công bố hằng năm; khi chưa có lịch chính thức, ngày làm việc được tính theo Bộ luật Lao động.',
};

/** The source of the rule that a meeting's folder holds the four parts. */
export function folderSource(rules: RulesProfile): RuleSource {
  return rules.id === 'kh-121-2025' ? FOLDER_121 : FOLDER_85;
}

/** The source of the rule that the notice comes with a registration form. */
export function registrationFormSource(rules: RulesProfile): RuleSource {
  return rules.id === 'kh-121-2025' ? FORM_121 : FORM_85;
}
