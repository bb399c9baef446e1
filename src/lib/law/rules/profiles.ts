/**
 * Rules as layered plans (docs/RULES.md): the city plan a unit names in `don-vi.yaml` (`rules`), the unit's
 * own plan on top (`unitPlan`), then the unit's `rulesOverride`. Each value keeps the plan, section and
 * quote it comes from; `null` means "this plan sets none" and removes the number a lower layer set; a value
 * no text in hand fixes stays `unknown`. Each plan takes effect on a day: meetings before it are not judged
 * by it.
 */
import { CITY_PLANS, KH85_APPENDIX_1, KH85_APPENDIX_2, REPORT_TITLE, borrowedTemplate, source } from './city-plans.ts';
import { UNIT_PLANS } from './unit-plans.ts';
import {
  DATE_RULE_KEYS,
  DAY_KEYS,
  RULE_KEYS,
  type DateRuleKey,
  type LayerValue,
  type PlanLayer,
  type ReportTemplate,
  type RuleDate,
  type RuleKey,
  type RuleNumber,
  type RuleSource,
  type StopCondition,
  type UnitKind,
} from './types.ts';

export * from './types.ts';
export { CITY_PLANS } from './city-plans.ts';
export { UNIT_PLANS } from './unit-plans.ts';

/** The city plans by id. */
export const CITY_PLAN_BY_ID: Readonly<Record<string, PlanLayer>> = Object.fromEntries(CITY_PLANS.map((p) => [p.id, p]));
/** The unit plans by id. */
export const UNIT_PLAN_BY_ID: Readonly<Record<string, PlanLayer>> = Object.fromEntries(UNIT_PLANS.map((p) => [p.id, p]));

export const RULES_PROFILE_IDS = ['kh-85-2024', 'kh-121-2025', 'kh-82-2026'] as const;
export const UNIT_PLAN_IDS = ['kinh-mon-kh-80-2026', 'ha-dong-2026', 'nghi-duong-2025', 'bql-kkt-2025'] as const;

/** A plan of a resolved profile: which layer, and the days it applies. */
export interface PlanRef {
  id: string;
  title: string;
  seed: string;
  effectiveFrom: string;
  effectiveUntil?: string;
  effectiveSource: RuleSource;
}

/** The rules that apply to a unit: its city plan, its own plan, its overrides, resolved value by value. */
export interface RulesProfile {
  /** The city plan's id (`kh-82-2026`) */
  id: string;
  /** The city plan, in Vietnamese */
  title: string;
  /** Which seed document holds (or quotes) the city plan */
  seed: string;
  /** The day the city plan takes effect */
  effectiveFrom: string;
  /** The unit's own plan, when one is layered on the city plan */
  unitPlan?: PlanRef;
  numbers: Record<RuleKey, RuleNumber>;
  dates: Record<DateRuleKey, RuleDate>;
  /** When the meeting is not to be held; null when no plan in hand states it */
  stop: StopCondition | null;
  /** The report template for the unit's kind */
  report: ReportTemplate;
  /** The rule that the folder holds the four parts */
  folder: RuleSource;
  /** The rule that the notice comes with a registration form; absent when no plan in hand asks for one */
  registrationForm?: RuleSource;
  /** The values no text in hand fixes */
  unknown: (RuleKey | DateRuleKey)[];
  /** The same profile without the unit's plan: for meetings outside the unit plan's days */
  withoutUnitPlan?: RulesProfile;
}

/**
 * One value of `rulesOverride`: a number (0.2.0: the unit's plan named once in `rulesOverride.source`;
 * 0 read as "none"), or `{ value, plan, section, quote }` where `value` is a number, a date or null.
 */
export type OverrideValue = number | { value?: number | string | null; plan: string; section: string; quote: string };
export type RulesOverride = Partial<Record<RuleKey | DateRuleKey, OverrideValue>> & { source?: string };

/** Whether a layer value is set (a number, a date or null), as opposed to unknown. */

function resolveNumber(v: LayerValue<number>, kind: UnitKind, layer: RuleNumber['layer']): RuleNumber {
  if (v.value === 'unknown') return { value: null, unknown: true, source: v.source, layer };
  return { value: v.byKind?.[kind] ?? v.value, source: v.source, layer };
}
function resolveDate(v: LayerValue<string>, layer: RuleDate['layer']): RuleDate {
  if (v.value === 'unknown') return { value: null, unknown: true, source: v.source, layer };
  return { value: v.value, source: v.source, layer };
}

/** An override value as a layer value. */
function overrideLayer(own: OverrideValue, legacyPlan: string | undefined): LayerValue<number | string> {
  if (typeof own === 'number') {
    return { value: own === 0 ? null : own, source: source(legacyPlan ?? 'rulesOverride (don-vi.yaml)', '', '') };
  }
  return { value: own.value ?? null, source: source(own.plan, own.section, own.quote) };
}

/** The template for a plan whose report form is not in hand: KH 85's headings, said so. */
function unknownTemplate(plan: string, kind: UnitKind): ReportTemplate {
  const from = kind === 'department' || kind === 'zone-authority' ? KH85_APPENDIX_1 : KH85_APPENDIX_2;
  return borrowedTemplate(plan, '', REPORT_TITLE, '', from, source(plan, '', ''));
}

function planRef(plan: PlanLayer): PlanRef {
  const ref: PlanRef = {
    id: plan.id,
    title: plan.title,
    seed: plan.seed,
    effectiveFrom: plan.effectiveFrom,
    effectiveSource: plan.effectiveSource,
  };
  if (plan.effectiveUntil) ref.effectiveUntil = plan.effectiveUntil;
  return ref;
}

function layered(city: PlanLayer, unit: PlanLayer | undefined, kind: UnitKind, override: RulesOverride): RulesProfile {
  const numbers = {} as Record<RuleKey, RuleNumber>;
  const dates = {} as Record<DateRuleKey, RuleDate>;
  for (const key of RULE_KEYS) {
    const own = override[key];
    const fromUnit = unit?.numbers[key];
    numbers[key] =
      own !== undefined
        ? resolveNumber(overrideLayer(own, override.source) as LayerValue<number>, kind, 'override')
        : fromUnit
          ? resolveNumber(fromUnit, kind, 'unit')
          : resolveNumber(city.numbers[key]!, kind, 'city');
  }
  for (const key of DATE_RULE_KEYS) {
    const own = override[key];
    const fromUnit = unit?.dates[key];
    dates[key] =
      own !== undefined
        ? resolveDate(overrideLayer(own, override.source) as LayerValue<string>, 'override')
        : fromUnit
          ? resolveDate(fromUnit, 'unit')
          : resolveDate(city.dates[key]!, 'city');
  }
  const stop = unit && unit.stop !== undefined ? unit.stop : (city.stop ?? null);
  const report = unit?.report?.[kind] ?? city.report?.[kind] ?? unknownTemplate(city.title, kind);
  const profile: RulesProfile = {
    id: city.id,
    title: city.title,
    seed: city.seed,
    effectiveFrom: city.effectiveFrom,
    numbers,
    dates,
    stop,
    report,
    folder: unit?.folder ?? city.folder!,
    unknown: [...RULE_KEYS.filter((k) => numbers[k].unknown), ...DATE_RULE_KEYS.filter((k) => dates[k].unknown)],
  };
  const form = unit?.registrationForm ?? city.registrationForm;
  if (form) profile.registrationForm = form;
  if (unit) profile.unitPlan = planRef(unit);
  return profile;
}

/**
 * The rules of a unit: its city plan (`rules`), the value for its kind of unit, its own plan
 * (`unitPlan`), then its overrides. Throws on an unknown plan id (the schema refuses those first).
 */
export function resolveRules(profileId: string, kind: UnitKind, override: RulesOverride = {}, unitPlanId?: string): RulesProfile {
  const city = CITY_PLAN_BY_ID[profileId];
  if (!city) throw new RangeError(`unknown rules profile: ${profileId}`);
  const unit = unitPlanId ? UNIT_PLAN_BY_ID[unitPlanId] : undefined;
  if (unitPlanId && !unit) throw new RangeError(`unknown unit plan: ${unitPlanId}`);
  const profile = layered(city, unit, kind, override);
  if (unit) profile.withoutUnitPlan = layered(city, undefined, kind, override);
  return profile;
}

/**
 * The rules a meeting on `day` is judged by: none before the city plan takes effect (a meeting of 2017 is
 * not judged by KH 85/2024); the unit's plan only within its days (a plan for 2026 does not judge 2025).
 */
export function rulesOn(profile: RulesProfile, day: string): RulesProfile | undefined {
  if (day < profile.effectiveFrom) return undefined;
  const unit = profile.unitPlan;
  if (unit && (day < unit.effectiveFrom || (unit.effectiveUntil !== undefined && day > unit.effectiveUntil)))
    return profile.withoutUnitPlan;
  return profile;
}

/** Whether a key counts working days (≥ 1). */
export function isDayKey(key: RuleKey): boolean {
  return DAY_KEYS.includes(key);
}

/** The city plans as profiles with no unit plan, by id (the schema's choices, the docs). */
export const RULES_PROFILES: Readonly<Record<string, { id: string; title: string }>> = Object.fromEntries(
  CITY_PLANS.map((p) => [p.id, { id: p.id, title: p.title }]),
);
