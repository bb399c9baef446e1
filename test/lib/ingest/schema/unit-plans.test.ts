import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadContentRoot } from '../../../../src/lib/ingest/root/load.ts';
import { formatProblem } from '../../../../src/lib/ingest/content/errors.ts';
import { makeContentRoot, type Change } from '../../../helpers/content-root.ts';

async function problemsOf(unit: Change) {
  const root = await makeContentRoot({ 'don-vi.yaml': unit });
  try {
    const content = await loadContentRoot(root);
    return { ok: content.ok, problems: content.problems.filter((p) => p.file === 'don-vi.yaml') };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
const withoutUnitPlan = (text: string) => text.replace(/unitPlan: .*\n/, '');

describe('don-vi.yaml: the city plan, the unit plan, overrides with their sources', () => {
  it('a unit on KH 82 with no unit plan builds, with a warning naming the values no text fixes', async () => {
    const { ok, problems } = await problemsOf(withoutUnitPlan);
    expect(ok).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', field: 'rules' });
    expect(problems[0]!.message).toContain('KH 82/KH-UBND ngày 13/3/2026');
    expect(problems[0]!.message).toContain('Tiếp nhận kiến nghị trước hội nghị ít nhất (ngày làm việc)');
    expect(problems[0]!.message).toContain('Trả lời bằng văn bản sau hội nghị chậm nhất (ngày làm việc)');
  });

  it('the demo’s unit plan fixes every value: no warning', async () => {
    expect((await problemsOf((text) => text)).problems).toEqual([]);
  });

  it('a unit plan of another city plan is refused, naming the fix', async () => {
    const { ok, problems } = await problemsOf((text) => text.replace('unitPlan: kinh-mon-kh-80-2026', 'unitPlan: bql-kkt-2025'));
    expect(ok).toBe(false);
    expect(formatProblem(problems[0]!)).toMatch(/unitPlan.*bql-kkt-2025 thực hiện kế hoạch thành phố kh-121-2025, không phải kh-82-2026/);
  });

  it('an unknown unit plan is refused', async () => {
    const { ok, problems } = await problemsOf((text) => text.replace('unitPlan: kinh-mon-kh-80-2026', 'unitPlan: kh-80'));
    expect(ok).toBe(false);
    expect(problems[0]).toMatchObject({ field: 'unitPlan', severity: 'error' });
  });

  it('overrides with their plan, section and quote: a number, a date, null; a day count of 0 in that form is refused', async () => {
    const good = await problemsOf(
      (text) =>
        `${withoutUnitPlan(text)}rulesOverride:\n` +
        [
          '  noticeLeadDays: { value: 15, plan: KH 15/KH-UBND, section: §IV.1, quote: trước 15 ngày làm việc }',
          '  answerDays: { value: null, plan: KH 15/KH-UBND, section: §II.5, quote: trả lời tại hội nghị }',
          '  meetingBefore: { value: 2026-11-15, plan: KH 15/KH-UBND, section: §II.6, quote: kết thúc trước ngày 15/11/2026 }',
          '  yearReportBy: { value: --12-10, plan: KH 15/KH-UBND, section: §III.1, quote: hằng năm (trước ngày 10/12) }',
        ].join('\n') +
        '\n',
    );
    expect(good.ok).toBe(true);
    const bad = await problemsOf(
      (text) =>
        `${text}rulesOverride:\n  answerDays: { value: 0, plan: KH 15, section: §II, quote: x }\n  meetingBefore: { value: 2026-02-30, plan: KH 15, section: §II, quote: x }\n`,
    );
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => p.field)).toEqual(['rulesOverride.answerDays.value', 'rulesOverride.meetingBefore.value']);
  });

  it('a 0.2.0 override keeps building; its 0 ("none") with a warning to write null with a source', async () => {
    const { ok, problems } = await problemsOf(
      (text) => `${text}rulesOverride: { noticeLeadDays: 7, conclusionDays: 0, source: "KH thử nghiệm, mục IV" }\n`,
    );
    expect(ok).toBe(true);
    expect(problems).toMatchObject([{ severity: 'warning', field: 'rulesOverride.conclusionDays' }]);
  });
});
