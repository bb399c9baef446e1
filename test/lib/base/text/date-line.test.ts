import { describe, expect, it } from 'vitest';
import {
  dateLine,
  formatDateTime,
  formatDateWithWeekday,
  formatDecreeDate,
  formatShortDate,
  weekdayName,
} from '../../../../src/lib/base/text/date-line.ts';

describe('formatDecreeDate', () => {
  it.each([
    ['2026-01-05', 'ngày 05 tháng 01 năm 2026'],
    ['2026-02-09', 'ngày 09 tháng 02 năm 2026'],
    ['2026-03-19', 'ngày 19 tháng 3 năm 2026'],
    ['2024-04-05', 'ngày 05 tháng 4 năm 2024'],
    ['2026-09-10', 'ngày 10 tháng 9 năm 2026'],
    ['2026-10-01', 'ngày 01 tháng 10 năm 2026'],
    ['2026-11-30', 'ngày 30 tháng 11 năm 2026'],
    ['2025-12-31', 'ngày 31 tháng 12 năm 2025'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'],
  ])('%s → %s', (date, expected) => {
    expect(formatDecreeDate(date)).toBe(expected);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-3-19', '19/03/2026', '2026-03-19T08:00', ''])(
    'rejects %j',
    (date) => {
      expect(() => formatDecreeDate(date)).toThrow(RangeError);
    },
  );

  it('says what was wrong in Vietnamese', () => {
    expect(() => formatDecreeDate('2026-02-30')).toThrow(
      'Ngày không hợp lệ: "2026-02-30" (cần một ngày có thật, dạng YYYY-MM-DD, ví dụ 2026-03-19).',
    );
  });
});

describe('dateLine', () => {
  it('puts the place before the date', () => {
    expect(dateLine('Kinh Môn', '2026-03-19')).toBe('Kinh Môn, ngày 19 tháng 3 năm 2026');
    expect(dateLine('Hải Phòng', '2024-04-05')).toBe('Hải Phòng, ngày 05 tháng 4 năm 2024');
  });

  it('normalises and trims the place', () => {
    expect(dateLine(' Kinh Môn '.normalize('NFD'), '2026-01-05')).toBe('Kinh Môn, ngày 05 tháng 01 năm 2026');
  });

  it('rejects a blank place or a bad date', () => {
    expect(() => dateLine('  ', '2026-03-19')).toThrow('Thiếu địa danh cho dòng địa danh, ngày tháng (ví dụ: "Kinh Môn").');
    expect(() => dateLine('Kinh Môn', '2026-02-30')).toThrow(RangeError);
  });
});

describe('formatShortDate', () => {
  it('pads day and month to two digits', () => {
    expect(formatShortDate('2026-03-19')).toBe('19/03/2026');
    expect(formatShortDate('2026-01-05')).toBe('05/01/2026');
    expect(formatShortDate('2026-12-31')).toBe('31/12/2026');
  });

  it('rejects impossible dates', () => {
    expect(() => formatShortDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('writes the time before the date', () => {
    expect(formatDateTime('2026-05-21T08:00')).toBe('08 giờ 00, ngày 21 tháng 5 năm 2026');
    expect(formatDateTime('2026-01-02T14:30')).toBe('14 giờ 30, ngày 02 tháng 01 năm 2026');
  });

  it('keeps the civil date late in the evening, whatever the machine time zone', () => {
    expect(formatDateTime('2026-12-31T23:59')).toBe('23 giờ 59, ngày 31 tháng 12 năm 2026');
    expect(formatDateTime('2026-11-01T00:00')).toBe('00 giờ 00, ngày 01 tháng 11 năm 2026');
  });

  it('falls back to the date form for a plain date', () => {
    expect(formatDateTime('2026-03-19')).toBe('ngày 19 tháng 3 năm 2026');
  });

  it.each(['2026-02-30T08:00', '2026-05-21T24:00', '2026-05-21T08:60', '2026-05-21 08:00', '2026-05-21T08:00Z', ''])(
    'rejects %j',
    (value) => {
      expect(() => formatDateTime(value)).toThrow(RangeError);
    },
  );
});

describe('weekdayName', () => {
  it.each([
    ['2026-05-18', 'Thứ Hai'],
    ['2026-05-19', 'Thứ Ba'],
    ['2026-05-20', 'Thứ Tư'],
    ['2026-05-21', 'Thứ Năm'],
    ['2026-05-22', 'Thứ Sáu'],
    ['2026-05-23', 'Thứ Bảy'],
    ['2026-05-24', 'Chủ nhật'],
    ['2026-01-01', 'Thứ Năm'],
    ['2024-02-29', 'Thứ Năm'],
  ])('%s is %s', (date, expected) => {
    expect(weekdayName(date)).toBe(expected);
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(() => weekdayName('2026-02-30')).toThrow(RangeError);
  });
});

describe('formatDateWithWeekday', () => {
  it('prefixes the weekday', () => {
    expect(formatDateWithWeekday('2026-05-21')).toBe('Thứ Năm, ngày 21 tháng 5 năm 2026');
    expect(formatDateWithWeekday('2026-02-01')).toBe('Chủ nhật, ngày 01 tháng 02 năm 2026');
  });
});
