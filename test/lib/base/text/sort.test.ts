import { describe, expect, it } from 'vitest';
import { compareVi, sortByVi } from '../../../../src/lib/base/text/sort.ts';

describe('compareVi', () => {
  it('puts Đ after D, and after every word in D', () => {
    expect(compareVi('Đ', 'D')).toBeGreaterThan(0);
    expect(compareVi('Đa', 'Dz')).toBeGreaterThan(0);
    expect(compareVi('Đ', 'E')).toBeLessThan(0);
  });

  it('puts Ă and Â after A, and Ă before Â', () => {
    expect(compareVi('Ă', 'A')).toBeGreaterThan(0);
    expect(compareVi('Ăn', 'Az')).toBeGreaterThan(0);
    expect(compareVi('Â', 'Ă')).toBeGreaterThan(0);
    expect(compareVi('Â', 'B')).toBeLessThan(0);
  });

  it('treats NFC and NFD spellings as equal', () => {
    expect(compareVi('Nguyễn', 'Nguyễn'.normalize('NFD'))).toBe(0);
    expect(compareVi('Ưng', 'Ưng'.normalize('NFD'))).toBe(0);
  });
});

describe('sortByVi', () => {
  it('sorts letters in the Vietnamese alphabet', () => {
    const letters = ['Ư', 'Đ', 'E', 'Â', 'O', 'B', 'Ơ', 'A', 'Ê', 'U', 'Ô', 'D', 'Ă'];
    expect(sortByVi(letters).join(' ')).toBe('A Ă Â B D Đ E Ê O Ô Ơ U Ư');
  });

  it('orders tones as Vietnamese dictionaries do: level, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sortByVi(['má', 'mạ', 'mà', 'ma', 'mã', 'mả'])).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
  });

  it('sorts names by a key, NFD or not, and returns a new array', () => {
    const people = [
      { name: 'Đặng Văn Bình' },
      { name: 'Ân Thị Hoa'.normalize('NFD') },
      { name: 'Dương Minh Khoa' },
      { name: 'Ưng Văn Tú' },
      { name: 'Ắc Văn Lâm' },
      { name: 'Ụng Thị Mai' },
    ];
    const sorted = sortByVi(people, (person) => person.name);
    expect(sorted.map((person) => person.name.normalize('NFC'))).toEqual([
      'Ắc Văn Lâm',
      'Ân Thị Hoa',
      'Dương Minh Khoa',
      'Đặng Văn Bình',
      'Ụng Thị Mai',
      'Ưng Văn Tú',
    ]);
    expect(sorted).not.toBe(people);
    expect(people[0]!.name).toBe('Đặng Văn Bình');
  });

  it('keeps equal keys in input order and handles an empty list', () => {
    const rows = [
      { id: 1, name: 'Lê' },
      { id: 2, name: 'An' },
      { id: 3, name: 'Lê'.normalize('NFD') },
    ];
    expect(sortByVi(rows, (row) => row.name).map((row) => row.id)).toEqual([2, 1, 3]);
    expect(sortByVi([])).toEqual([]);
  });
});
