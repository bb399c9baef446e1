/** The city registry (src/lib/ingest/city/registry.ts): the example parses; each mistake is named with its line, field and fix. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeDuring, exclusionDuring, loadRegistry, parseRegistry } from '../../../../src/lib/ingest/city/registry.ts';
import { formatProblem } from '../../../../src/lib/ingest/content/errors.ts';
import { PROJECT } from '../../../../tools/build-site.ts';

const HEAD = 'city: Thành phố Hải Phòng\ncompiledBy: Sở Tài chính thành phố Hải Phòng\nunits:\n';
const lines = (text: string) => {
  const result = parseRegistry(HEAD + text, 'don-vi.yaml', '/tmp');
  return result.problems.map(formatProblem);
};

describe('the example registry', () => {
  it('parses, with the mergers of 1/7/2025 linked both ways and the units KH 85 excludes marked', async () => {
    const result = await loadRegistry(path.join(PROJECT, 'examples/thanh-pho/don-vi.yaml'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    const units = result.registry.units;
    const byId = new Map(units.map((u) => [u.id, u]));
    const excluded = units.filter((u) => (u.excluded ?? []).length > 0).map((u) => u.id);
    expect(excluded).toEqual(
      expect.arrayContaining(['so-noi-vu', 'so-y-te', 'so-ngoai-vu', 'cong-an-thanh-pho', 'thanh-tra-thanh-pho', 'dac-khu-bach-long-vi']),
    );
    const kinhMon = byId.get('phuong-kinh-mon')!;
    expect(kinhMon.source).toEqual({ kind: 'folder', folder: path.join(PROJECT, 'dist') });
    for (const old of kinhMon.replaces ?? []) expect(byId.get(old)!.replacedBy).toContain('phuong-kinh-mon');
    const oldTown = byId.get(kinhMon.replaces![0]!)!;
    expect(activeDuring(oldTown, '2025-07-01', '2025-09-30')).toBe(false);
    expect(activeDuring(oldTown, '2025-04-01', '2025-06-30')).toBe(true);
    expect(exclusionDuring(byId.get('so-y-te')!, '2026-01-01', '2026-03-31')?.plan).toContain('85/KH-UBND');
  });
});

describe('registry mistakes', () => {
  it('names a missing field, an unknown kind and a malformed id, with their lines', () => {
    expect(lines('  - id: Phuong Mot\n    kind: ward\n')).toEqual([
      'don-vi.yaml, dòng 4, trường "units[1].id" (Các đơn vị › Mã đơn vị): "Phuong Mot" không đúng dạng. Ghi mã bằng chữ thường không dấu, chữ số và dấu "-", ví dụ "phuong-kinh-mon".',
      expect.stringMatching(/^don-vi\.yaml, dòng 4, trường "units\[1\]\.name" .*trường bắt buộc/),
      expect.stringMatching(/^don-vi\.yaml, dòng 5, trường "units\[1\]\.kind" .*giá trị "ward" không có trong danh sách/),
    ]);
  });

  it('refuses two units with one id, and a merger written one way only', () => {
    const text = `  - id: phuong-a\n    name: A\n    kind: commune\n    replaces: [quan-cu]\n  - id: phuong-a\n    name: B\n    kind: commune\n  - id: quan-cu\n    name: C\n    kind: district\n`;
    const problems = lines(text);
    expect(problems).toContainEqual(expect.stringContaining('mã "phuong-a" đã dùng cho đơn vị thứ 1'));
    expect(problems).toContainEqual(expect.stringContaining('"quan-cu" không ghi "phuong-a" ở replacedBy'));
  });

  it('refuses a URL without its final slash and a unit given both a URL and a folder', () => {
    const problems = lines(`  - id: phuong-a\n    name: A\n    kind: commune\n    url: https://a.gov.vn/dtdn\n    folder: dist\n`);
    expect(problems).toContainEqual(expect.stringContaining('phải kết thúc bằng "/"'));
    expect(problems).toContainEqual(expect.stringContaining('chỉ ghi một trong hai'));
  });
});
