import { describe, expect, it } from 'vitest';
import { contrastRatio, darken, themeContrast } from '../../../../src/lib/base/colour/contrast.ts';
import { loadContentRoot } from '../../../../src/lib/ingest/root/load.ts';
import { formatProblem } from '../../../../src/lib/ingest/content/errors.ts';
import { makeContentRoot } from '../../../helpers/content-root.ts';

describe('colour contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(themeContrast('#0b4f8a')).toBeGreaterThan(7);
  });

  it('darkens towards black', () => {
    expect(darken('#ff8000', 0.5)).toBe('#804000');
    expect(contrastRatio(darken('#0b4f8a', 0.3), '#fff')).toBeGreaterThan(contrastRatio('#0b4f8a', '#fff'));
  });
});

describe('the unit colour in don-vi.yaml', () => {
  const withTheme = (primary: string) =>
    makeContentRoot({ 'don-vi.yaml': (text) => `${text.trimEnd()}\ntheme:\n  primary: "${primary}"\n` });

  it('accepts a colour dark enough for text on white', async () => {
    const content = await loadContentRoot(await withTheme('#9b1c1c'));
    expect(content.problems.map(formatProblem)).toEqual([]);
  });

  it('refuses a colour too light to read, naming the file, field, ratio and fix', async () => {
    const content = await loadContentRoot(await withTheme('#4fa3e0'));
    expect(content.ok).toBe(false);
    expect(content.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^don-vi\.yaml, dòng \d+, trường "theme\.primary".*màu #4fa3e0 chỉ tương phản 2,\d\d:1 với nền trắng, dưới mức 4,5:1 .*Chọn màu đậm hơn\.$/,
      ),
    ]);
  });

  it('refuses what is not a hex colour', async () => {
    const content = await loadContentRoot(await withTheme('xanh'));
    expect(content.problems.map(formatProblem).join('\n')).toContain('"xanh" không đúng dạng. Ghi mã màu dạng #0b4f8a');
  });
});
