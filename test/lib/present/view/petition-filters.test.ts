import { describe, expect, it } from 'vitest';
import type { Entry, PetitionData } from '../../../../src/lib/domain/model/types.ts';
import { filteredListPaths, filterPageUrl, filterValues } from '../../../../src/lib/present/view/petition-filters.ts';

const petition = (code: string, status: PetitionData['status'], group: PetitionData['group']) =>
  ({ id: code.toLowerCase(), file: `kien-nghi/${code}.md`, data: { code, status, group } as PetitionData }) as Entry<PetitionData>;

const petitions = [
  petition('KN-1', 'pending', 'land'),
  petition('KN-2', 'answered-in-writing', 'land'),
  petition('KN-3', 'pending', 'capital'),
  ...Array.from({ length: 51 }, (_, i) => petition(`KN-X${i}`, 'declined', 'other')),
];

describe('petition filters', () => {
  it('offers only values some petition has, in the schema order, with counts and unmarked slugs', () => {
    expect(filterValues(petitions, 'tinh-trang')).toEqual([
      { value: 'pending', label: 'Đang xử lý', slug: 'dang-xu-ly', count: 2 },
      { value: 'answered-in-writing', label: 'Đã trả lời bằng văn bản', slug: 'da-tra-loi-bang-van-ban', count: 1 },
      { value: 'declined', label: 'Không thuộc phạm vi giải quyết', slug: 'khong-thuoc-pham-vi-giai-quyet', count: 51 },
    ]);
    expect(filterValues(petitions, 'nhom').map((v) => v.slug)).toEqual(['von', 'dat-dai', 'linh-vuc-khac']);
  });

  it('pre-renders one list per value, paged by 50, page 1 at the value itself', () => {
    const paths = filteredListPaths(petitions, 'tinh-trang', '/dtdn/');
    const declined = paths.filter((p) => p.params.value === 'khong-thuoc-pham-vi-giai-quyet');
    expect(declined.map((p) => p.params.page)).toEqual([undefined, 'trang/2']);
    expect(declined[1]!.props.petitions).toHaveLength(1);
    expect(paths.find((p) => p.params.value === 'dang-xu-ly')!.props.petitions.map((p) => p.data.code)).toEqual(['KN-1', 'KN-3']);
    expect(filterPageUrl('/dtdn/', 'nhom', 'dat-dai', 2)).toBe('/dtdn/kien-nghi/nhom/dat-dai/trang/2/');
  });
});
