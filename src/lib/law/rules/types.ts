/**
 * The shapes of the plans as data (docs/RULES.md): a plan is a layer of values, each with the plan,
 * section and quote it comes from. A city plan sets every value (a value its text in hand does not fix is
 * `unknown`); a unit's own plan sets some values on top; `null` means "this plan sets none" and removes
 * the number a lower layer set.
 */

/** Where a value comes from: the plan, its section, and the words of the plan. */
export interface RuleSource {
  /** The plan, e.g. `KH 85/KH-UBND ngày 05/4/2024 của UBND thành phố Hải Phòng` */
  plan: string;
  /** The section, e.g. `§IV.1`; empty when no text in hand fixes the value */
  section: string;
  /** The plan's own words, quoted; empty when no text in hand fixes the value */
  quote: string;
}

export type UnitKind = 'department' | 'district' | 'commune' | 'zone-authority';

/**
 * The kind the plans' numbers are read for: a city or province (issue 17) is judged by the commune-level
 * numbers until its own plans are modelled.
 */
export function rulesKind(kind: string): UnitKind {
  return kind === 'city' || kind === 'province' ? 'commune' : (kind as UnitKind);
}

/**
 * The numbers of a plan, by kind: working-day counts (`…Days`, ≥ 1) and counts of businesses, petitions,
 * meetings. `invitations` is the number of businesses to invite (KH 85 "tối thiểu 20 doanh nghiệp"), not
 * an attendance: a count below it is a warning, never "not enough to hold the meeting".
 */
export const RULE_KEYS = [
  'noticeLeadDays',
  'deskLeadDays',
  'petitionCutoffDays',
  'quorumRegistered',
  'quorumPetitions',
  'minAttendees',
  'invitations',
  'invitationLeadDays',
  'answerDays',
  'answerCoordinationDays',
  'reportDays',
  'conclusionDays',
  'meetingsPerYear',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

/** The numbers that count working days (≥ 1); the others count businesses, petitions or meetings. */
export const DAY_KEYS: readonly RuleKey[] = [
  'noticeLeadDays',
  'deskLeadDays',
  'petitionCutoffDays',
  'invitationLeadDays',
  'answerDays',
  'answerCoordinationDays',
  'reportDays',
  'conclusionDays',
];

/**
 * Fixed calendar dates a plan sets (Nghi Dương 2025: petitions by 30/10/2025, the meeting before
 * 15/11/2025, reports before 20/6 and 10/12). `YYYY-MM-DD`; `--MM-DD` for a day every year. The cut-off
 * and the reports are read "by" that day, the meeting strictly "before" it (it must end before 15/11).
 */
export const DATE_RULE_KEYS = ['petitionCutoffDate', 'meetingBefore', 'halfYearReportBy', 'yearReportBy'] as const;
export type DateRuleKey = (typeof DATE_RULE_KEYS)[number];

/** One value as a plan writes it: a number or a date, `null` (this plan sets none) or `unknown`. */
export interface LayerValue<V> {
  value: V | null | 'unknown';
  source: RuleSource;
  /** A different value for some kinds of unit (KH 85/2024: districts meet twice a year) */
  byKind?: Partial<Record<UnitKind, V>>;
}

/** One number of a resolved profile. `value` is null when no plan sets one, or when `unknown`. */
export interface RuleNumber {
  value: number | null;
  /** No text in hand fixes it (a city plan whose text is not in the seeds) */
  unknown?: true;
  source: RuleSource;
  /** Which layer set it: the city plan, the unit's plan or the unit's `rulesOverride` */
  layer: 'city' | 'unit' | 'override';
}

/** One fixed date of a resolved profile. */
export interface RuleDate {
  value: string | null;
  unknown?: true;
  source: RuleSource;
  layer: 'city' | 'unit' | 'override';
}

/**
 * When the meeting is not to be held: KH 85 §IV.1–2 and seed 004 §III.1 — "quá thời hạn tiếp nhận kiến
 * nghị theo thông báo, đơn vị vẫn không nhận được kiến nghị và đăng ký tham dự": no petition and no
 * registration by the announced deadline; the unit then reports that it stops or postpones the meeting.
 */
export interface StopCondition {
  when: 'no-petition-and-no-registration';
  source: RuleSource;
}

/** The columns of a report template, as the appendix heads them. */
export interface ReportColumns {
  no: string;
  group?: string;
  received: string;
  resolved: string;
  unresolved: string;
  transferred: string;
  escalated: string;
  notes: string;
}

/**
 * The report the plan asks for: which appendix of which plan, its title and columns. When the appendix's
 * own text is not in hand (KH 121's and KH 82's "Phụ lục I"), `columnsFrom` names the template whose
 * headings are shown instead, and the report says so.
 */
export interface ReportTemplate {
  /** The plan the appendix belongs to */
  plan: string;
  /** `Phụ lục 2`, `Phụ lục I` */
  appendix: string;
  /** The appendix's title, when known */
  title: string;
  /** The line under the title: `(Kèm theo Kế hoạch số 85 /KH-UBND ngày 05/4/2024 của Ủy ban nhân dân thành phố)` */
  attached: string;
  /** One row per petition group (KH 85 Phụ lục 2), or one row (Phụ lục 1) */
  layout: 'single' | 'by-group';
  columns: ReportColumns;
  /** Whether the template has a total row */
  total: boolean;
  /** The header lines the template asks for: unit, time, and (Phụ lục 1) topic */
  topic: boolean;
  /** Where the plan names this template */
  source: RuleSource;
  /** The template whose headings are used when this one's text is not in hand */
  columnsFrom?: string;
}

/** A plan as data: a city plan (every value) or a unit's plan (some values, on its city plan). */
export interface PlanLayer {
  id: string;
  /** The plan, in Vietnamese */
  title: string;
  /** Which seed document (docs/nguon/) holds the plan's text, or quotes it */
  seed: string;
  level: 'city' | 'unit';
  /** A unit plan's city plan */
  cityPlan?: string;
  /** The day the plan takes effect: meetings before it are not judged by it */
  effectiveFrom: string;
  /** A unit plan's last day (the plan is for one year) */
  effectiveUntil?: string;
  /** Where the effective date comes from */
  effectiveSource: RuleSource;
  numbers: Partial<Record<RuleKey, LayerValue<number>>>;
  dates: Partial<Record<DateRuleKey, LayerValue<string>>>;
  /** The stop condition, when the plan states one */
  stop?: StopCondition | null;
  /** The report template, by kind of unit (a plan may name one template for all) */
  report?: Partial<Record<UnitKind, ReportTemplate>>;
  /** The rule that the folder holds the four parts */
  folder?: RuleSource;
  /** The rule that the notice comes with a registration form */
  registrationForm?: RuleSource;
}
