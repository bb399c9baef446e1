import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CITY_PLANS,
  DATE_RULE_KEYS,
  DAY_KEYS,
  RULE_KEYS,
  UNIT_PLANS,
  resolveRules,
  rulesOn,
  type PlanLayer,
  type RuleSource,
} from '../../../../src/lib/law/rules/profiles.ts';
import { BQL_PLAN, KH121, KH82, KH85 } from '../../../../src/lib/law/rules/city-plans.ts';
import { HA_DONG, KH80, NGHI_DUONG } from '../../../../src/lib/law/rules/unit-plans.ts';

/** The seed text each plan's words are quoted from (KH 121 and KH 82 only through the unit plans that cite them). */
const SEED_OF: Record<string, string> = {
  [KH85]: '001_4a3b5ea4dba89c12.txt',
  [KH80]: '000_4ff1c7fa5befca8f.txt',
  [KH82]: '000_4ff1c7fa5befca8f.txt',
  [HA_DONG]: '002_6205c33b9054d218.txt',
  [NGHI_DUONG]: '003_4b8b6d2a743da4fa.txt',
  [BQL_PLAN]: '004_e0a360731c9d94bc.txt',
  [KH121]: '004_e0a360731c9d94bc.txt',
};
const flat = (text: string) => text.normalize('NFC').replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
const seedText = (file: string) => flat(readFileSync(new URL(`../../../../docs/nguon/${file}`, import.meta.url), 'utf8'));

/** Every source a plan carries, with where it is. */
function sourcesOf(plan: PlanLayer): [string, RuleSource][] {
  const out: [string, RuleSource][] = [[`${plan.id}.effective`, plan.effectiveSource]];
  for (const [key, v] of Object.entries(plan.numbers)) out.push([`${plan.id}.${key}`, v.source]);
  for (const [key, v] of Object.entries(plan.dates)) out.push([`${plan.id}.${key}`, v.source]);
  if (plan.stop) out.push([`${plan.id}.stop`, plan.stop.source]);
  for (const [kind, r] of Object.entries(plan.report ?? {})) out.push([`${plan.id}.report.${kind}`, r.source]);
  if (plan.folder) out.push([`${plan.id}.folder`, plan.folder]);
  if (plan.registrationForm) out.push([`${plan.id}.registrationForm`, plan.registrationForm]);
  return out;
}

describe('the plans as data', () => {
  it('every quote is the plan’s own words, found in its seed (pieces between “…”)', () => {
    const missing: string[] = [];
    for (const plan of [...CITY_PLANS, ...UNIT_PLANS]) {
      for (const [where, source] of sourcesOf(plan)) {
        if (source.quote === '') continue;
        const seed = SEED_OF[source.plan];
        if (!seed) {
          missing.push(`${where}: no seed for plan "${source.plan}"`);
          continue;
        }
        const text = seedText(seed);
        for (const piece of source.quote.split('…').map(flat).filter(Boolean))
          if (!text.includes(piece)) missing.push(`${where}: "${piece}" not in ${seed}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a value no text fixes has no quote and is unknown; a number or date always has a section and a quote', () => {
    for (const plan of [...CITY_PLANS, ...UNIT_PLANS]) {
      for (const v of [...Object.values(plan.numbers), ...Object.values(plan.dates)]) {
        if (v.value === 'unknown') expect(v.source.quote).toBe('');
        else {
          expect(v.source.section).not.toBe('');
          expect(v.source.quote).not.toBe('');
        }
      }
    }
  });

  it('day counts are at least 1 (null, never 0, says "none")', () => {
    for (const plan of [...CITY_PLANS, ...UNIT_PLANS])
      for (const key of DAY_KEYS) {
        const v = plan.numbers[key]?.value;
        if (typeof v === 'number') expect(v, `${plan.id}.${key}`).toBeGreaterThanOrEqual(1);
      }
  });

  it('a city plan sets every value; a unit plan names its city plan', () => {
    for (const plan of CITY_PLANS) {
      expect(Object.keys(plan.numbers).sort()).toEqual([...RULE_KEYS].sort());
      expect(Object.keys(plan.dates).sort()).toEqual([...DATE_RULE_KEYS].sort());
    }
    expect(Object.fromEntries(UNIT_PLANS.map((p) => [p.id, p.cityPlan]))).toEqual({
      'kinh-mon-kh-80-2026': 'kh-82-2026',
      'ha-dong-2026': 'kh-82-2026',
      'nghi-duong-2025': 'kh-121-2025',
      'bql-kkt-2025': 'kh-121-2025',
    });
  });
});

describe('resolving a unit’s rules, layer by layer', () => {
  it('kh-82-2026 alone is KH 82’s text, which the seeds do not hold: every number unknown, not Kinh Môn’s', () => {
    const kh82 = resolveRules('kh-82-2026', 'commune');
    expect(kh82.numbers.petitionCutoffDays).toMatchObject({ value: null, unknown: true, source: { plan: KH82 } });
    expect(kh82.numbers.quorumRegistered).toMatchObject({ value: null, unknown: true });
    expect(kh82.unknown).toEqual([...RULE_KEYS, ...DATE_RULE_KEYS]);
    expect(kh82.unitPlan).toBeUndefined();
  });

  it('Kinh Môn’s KH 80 on KH 82: its own numbers with its sections (cut-off 15, quorum 15 and 5, answers 7 and 15)', () => {
    const r = resolveRules('kh-82-2026', 'commune', {}, 'kinh-mon-kh-80-2026');
    expect(r.unitPlan).toMatchObject({ id: 'kinh-mon-kh-80-2026', effectiveFrom: '2026-03-19' });
    expect(r.numbers.petitionCutoffDays).toMatchObject({ value: 15, layer: 'unit', source: { plan: KH80, section: '§II.2.a' } });
    expect([r.numbers.quorumRegistered.value, r.numbers.quorumPetitions.value]).toEqual([15, 5]);
    expect([r.numbers.answerDays.value, r.numbers.answerCoordinationDays.value, r.numbers.reportDays.value]).toEqual([7, 15, 7]);
    expect(r.numbers.noticeLeadDays).toMatchObject({ value: null, layer: 'unit', source: { section: '§IV.1' } });
    expect(r.numbers.noticeLeadDays.unknown).toBeUndefined();
    expect(r.unknown).toEqual([]);
  });

  it('Hà Đông on KH 82: notice 15, cut-off 7, 15 invitations; what its plan does not say stays unknown', () => {
    const r = resolveRules('kh-82-2026', 'commune', {}, 'ha-dong-2026');
    expect([r.numbers.noticeLeadDays.value, r.numbers.deskLeadDays.value, r.numbers.petitionCutoffDays.value]).toEqual([15, 15, 7]);
    expect(r.numbers.invitations).toMatchObject({ value: 15, source: { section: '§II.5' } });
    expect(r.numbers.quorumRegistered).toMatchObject({ value: null, unknown: true });
    expect(r.numbers.answerDays).toMatchObject({ value: null, unknown: true });
    expect(r.unknown).toContain('answerDays');
  });

  it('Nghi Dương: invitations 7 working days ahead, conclusion within 10, fixed dates 30/10/2025 and 15/11/2025, reports 20/6 and 10/12', () => {
    const r = resolveRules('kh-121-2025', 'commune', {}, 'nghi-duong-2025');
    expect(r.numbers.invitationLeadDays.value).toBe(7);
    expect(r.numbers.conclusionDays).toMatchObject({ value: 10, source: { section: '§III.1' } });
    expect(r.dates.petitionCutoffDate.value).toBe('2025-10-30');
    expect(r.dates.meetingBefore.value).toBe('2025-11-15');
    expect([r.dates.halfYearReportBy.value, r.dates.yearReportBy.value]).toEqual(['--06-20', '--12-10']);
    // Its plan settles the report to the city as none (its reports go to the Party committee): null, not unknown.
    expect(r.numbers.reportDays).toMatchObject({ value: null, layer: 'unit' });
    expect(r.stop).toBeNull();
  });

  it('KH 85: 20 is an invitation count, not an attendance; its stop condition is no petition and no registration', () => {
    const r = resolveRules('kh-85-2024', 'district');
    expect(r.numbers.invitations.value).toBe(20);
    expect(r.numbers.minAttendees.value).toBeNull();
    expect(r.numbers.meetingsPerYear.value).toBe(2);
    expect(r.stop).toMatchObject({ when: 'no-petition-and-no-registration', source: { plan: KH85 } });
    expect(r.unknown).toEqual([]);
  });

  it('an override with its source: a number, a date, or null that removes the inherited number', () => {
    const r = resolveRules('kh-85-2024', 'commune', {
      answerDays: { value: null, plan: 'KH 9/KH-UBND', section: '§II', quote: 'trả lời tại Hội nghị' },
      noticeLeadDays: { value: 10, plan: 'KH 9/KH-UBND', section: '§IV.1', quote: 'trước 10 ngày làm việc' },
      meetingBefore: { value: '2026-11-30', plan: 'KH 9/KH-UBND', section: '§II.3', quote: 'trước ngày 30/11/2026' },
    });
    expect(r.numbers.answerDays).toMatchObject({
      value: null,
      layer: 'override',
      source: { plan: 'KH 9/KH-UBND', quote: 'trả lời tại Hội nghị' },
    });
    expect(r.numbers.noticeLeadDays).toMatchObject({ value: 10, source: { section: '§IV.1' } });
    expect(r.dates.meetingBefore.value).toBe('2026-11-30');
    // 0.2.0's plain numbers keep building; 0 is read as "none".
    const legacy = resolveRules('kh-85-2024', 'commune', { conclusionDays: 10, answerDays: 0, source: 'KH cũ' });
    expect(legacy.numbers.conclusionDays).toMatchObject({ value: 10, source: { plan: 'KH cũ' } });
    expect(legacy.numbers.answerDays.value).toBeNull();
  });

  it('each plan takes effect on its day: no meeting before it is judged by it; a unit plan only within its year', () => {
    const kh85 = resolveRules('kh-85-2024', 'district');
    expect(rulesOn(kh85, '2023-12-20')).toBeUndefined();
    expect(rulesOn(kh85, '2024-04-04')).toBeUndefined();
    expect(rulesOn(kh85, '2024-04-05')).toBe(kh85);
    const kinhMon = resolveRules('kh-82-2026', 'commune', {}, 'kinh-mon-kh-80-2026');
    expect(rulesOn(kinhMon, '2026-03-15')?.unitPlan).toBeUndefined();
    expect(rulesOn(kinhMon, '2026-03-15')?.numbers.petitionCutoffDays.unknown).toBe(true);
    expect(rulesOn(kinhMon, '2026-05-21')?.unitPlan?.id).toBe('kinh-mon-kh-80-2026');
    expect(rulesOn(kinhMon, '2027-05-21')?.unitPlan).toBeUndefined();
  });

  it('names each profile’s report template: KH 85 Phụ lục 2 for a district or ward, KH 121 Phụ lục I, KH 80 §IV.2 Phụ lục I', () => {
    expect(resolveRules('kh-85-2024', 'commune').report).toMatchObject({
      plan: KH85,
      appendix: 'Phụ lục 2',
      layout: 'by-group',
      total: false,
    });
    expect(resolveRules('kh-85-2024', 'department').report).toMatchObject({ appendix: 'Phụ lục 1', layout: 'single', topic: true });
    expect(resolveRules('kh-121-2025', 'zone-authority', {}, 'bql-kkt-2025').report).toMatchObject({
      plan: KH121,
      appendix: 'Phụ lục I',
      source: { plan: BQL_PLAN, section: '§III.1' },
      columnsFrom: expect.stringContaining('Phụ lục 1'),
    });
    expect(resolveRules('kh-82-2026', 'commune', {}, 'kinh-mon-kh-80-2026').report).toMatchObject({
      plan: KH80,
      appendix: 'Phụ lục I',
      source: { section: '§IV.2' },
    });
    expect(resolveRules('kh-82-2026', 'commune').report.appendix).toBe('');
  });
});
