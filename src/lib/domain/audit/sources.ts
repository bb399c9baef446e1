/**
 * Where the rules without a number come from: the four parts and the registration form from the unit's
 * plans (law/rules), the calendar from the codes.
 */
import type { RuleSource, RulesProfile } from '../../law/rules/profiles.ts';

/** The Civil Code and Labour Code articles behind working-day counting. */
export const CALENDAR_SOURCE: RuleSource = {
  plan: 'Bộ luật Lao động 2019; Bộ luật Dân sự 2015',
  section: 'BLLĐ Điều 111 khoản 3, Điều 112; BLDS Điều 147, 148',
  quote:
    'Ngày nghỉ lễ, Tết do Thủ tướng Chính phủ công bố hằng năm; khi chưa có lịch chính thức, ngày làm việc được tính theo Bộ luật Lao động.',
};

/** The source of the rule that a meeting's folder holds the four parts (the profile's plans). */
export function folderSource(rules: RulesProfile): RuleSource {
  return rules.folder;
}

/** The source of the rule that the notice comes with a registration form; undefined where no plan in hand asks. */
export function registrationFormSource(rules: RulesProfile): RuleSource | undefined {
  return rules.registrationForm;
}
