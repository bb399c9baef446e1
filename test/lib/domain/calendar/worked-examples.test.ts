// Every worked example of RULES.md, "Counting working days".
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../../../src/lib/domain/calendar/index.ts';
import { officialYear } from './official-calendars.ts';

const calendar = createWorkingCalendar([officialYear(2025), officialYear(2026)]);

describe('RULES.md worked examples', () => {
  it('2026: meeting Friday 24/4, answers within 7 working days → Friday 8/5', () => {
    expect(calendar.addWorkingDays('2026-04-24', 7)).toBe('2026-05-08');
  });

  it('2026: meeting Friday 24/4, within 15 working days → Wednesday 20/5', () => {
    expect(calendar.addWorkingDays('2026-04-24', 15)).toBe('2026-05-20');
  });

  it('2026: meeting Thursday 20/8, conclusion within 10 → Monday 7/9 (Saturday 22/8 worked)', () => {
    expect(calendar.addWorkingDays('2026-08-20', 10)).toBe('2026-09-07');
  });

  it('2026: notice ≥ 7 working days before Thursday 26/2 → posted by Monday 9/2 (Tết between)', () => {
    expect(calendar.latestPostingDate('2026-02-26', 7)).toBe('2026-02-09');
    expect(calendar.workingDaysBetween('2026-02-09', '2026-02-26')).toBe(7);
    expect(calendar.workingDaysBetween('2026-02-10', '2026-02-26')).toBe(6);
  });

  it('2025: meeting Friday 25/4, 7 working days → Thursday 8/5 (Saturday 26/4 worked)', () => {
    expect(calendar.addWorkingDays('2025-04-25', 7)).toBe('2025-05-08');
  });
});
