/**
 * The admin script's pure parts: the date entry's shaping and parsing (every key of `05112026` gives a
 * sensible text, only a complete real date in the plausible years is stored), the meeting picker's order
 * and search, the next free petition code, and Decap's search folded as the public search folds.
 */
import { describe, expect, it } from 'vitest';
import { isoToShown, isoToTime, parseShownDate, parseShownTime, shapeDate, shapeTime } from '../../cms/admin/date-widgets.ts';
import { filter } from '../../cms/admin/fuzzy-folded.ts';
import { meetingOption, orderMeetings, searchMeetings } from '../../cms/admin/meetings.ts';
import type { RawEntry } from '../../src/lib/ingest/content/read.ts';
import { nextPetitionCode } from '../../src/lib/base/text/doc-number.ts';

const typeKeys = (keys: string, shape: (s: string) => string) => [...keys].reduce((text, key) => shape(text + key), '');

describe('date entry', () => {
  it('shapes what is typed key by key, with or without separators', () => {
    expect(typeKeys('05112026', shapeDate)).toBe('05/11/2026');
    expect(typeKeys('05/11/2026', shapeDate)).toBe('05/11/2026');
    expect(shapeDate('5/11/2026')).toBe('5/11/2026');
    expect(typeKeys('0830', shapeTime)).toBe('08:30');
    expect(typeKeys('08:30', shapeTime)).toBe('08:30');
  });

  it('stores nothing until the date is complete and real, whatever the keys so far', () => {
    const seen = [...'05112026'].map((_, i) => parseShownDate(shapeDate('05112026'.slice(0, i + 1))));
    expect(seen.slice(0, -1).every((p) => 'problem' in p)).toBe(true);
    expect(seen.at(-1)).toEqual({ iso: '2026-11-05' });
    expect(parseShownDate('5/1/2026')).toEqual({ iso: '2026-01-05' });
    expect(parseShownDate('30/02/2026')).toHaveProperty('problem');
    expect(parseShownDate('')).toEqual({ empty: true });
  });

  it('refuses implausible years (the build’s own check)', () => {
    expect(parseShownDate('05/11/1906')).toHaveProperty('problem', expect.stringContaining('1906'));
    expect(parseShownDate('05/11/2999')).toHaveProperty('problem');
    expect(parseShownDate('05/11/2030', 10)).toEqual({ iso: '2030-11-05' });
  });

  it('reads 24-hour times only', () => {
    expect(parseShownTime('8:30')).toEqual({ time: '08:30' });
    expect(parseShownTime('14:05')).toEqual({ time: '14:05' });
    expect(parseShownTime('24:00')).toHaveProperty('problem');
    expect(parseShownTime('8:3')).toHaveProperty('problem');
  });

  it('shows stored values as dd/mm/yyyy and HH:mm', () => {
    expect(isoToShown('2026-11-05')).toBe('05/11/2026');
    expect(isoToShown('2026-10-15T08:30')).toBe('15/10/2026');
    expect(isoToTime('2026-10-15T08:30')).toBe('08:30');
  });
});

const meeting = (id: string, data: Record<string, unknown>): RawEntry => ({
  collection: 'hoi-nghi',
  id,
  file: `hoi-nghi/${id}.yaml`,
  data,
  lineOf: () => undefined,
});

describe('meeting picker', () => {
  const entries = [
    meeting('2026-quy-i', { title: 'Hội nghị đối thoại quý I năm 2026', status: 'held', start: '2026-03-20T08:00' }),
    meeting('2026-quy-iv', {
      title: 'Hội nghị đối thoại quý IV năm 2026',
      status: 'planned',
      period: 'Quý IV/2026',
      plan: { date: '2026-09-11' },
    }),
    meeting('2026-quy-iii', { title: 'Hội nghị đối thoại quý III năm 2026', status: 'held', start: '2026-09-18T08:00' }),
    meeting('2027-quy-i', { title: 'Hội nghị đối thoại quý I năm 2027', status: 'scheduled', start: '2027-01-15T14:00' }),
  ];
  const options = orderMeetings(entries.map((e) => meetingOption(e, '2026-12-04')));

  it('puts the meetings still to be held first, then the others newest first, each with its day', () => {
    expect(options.map((o) => o.value)).toEqual(['2026-quy-iv', '2027-quy-i', '2026-quy-iii', '2026-quy-i']);
    expect(options[1]!.label).toBe('Hội nghị đối thoại quý I năm 2027 — Thứ Sáu, 15/01/2027 — 2027-quy-i');
    expect(options[0]!.label).toContain('Quý IV/2026');
  });

  it('finds a meeting typed without marks, words in any order', () => {
    expect(searchMeetings(options, 'quy IV 2026').map((o) => o.value)).toEqual(['2026-quy-iv']);
    expect(searchMeetings(options, 'hoi nghi 2027').map((o) => o.value)).toEqual(['2027-quy-i']);
    expect(searchMeetings(options, '')).toHaveLength(4);
  });
});

describe('petition codes and search', () => {
  it('offers the next free code of the year', () => {
    expect(nextPetitionCode(['KN-2026-01', 'KN-2026-07', 'KN-2025-30', 'x'], 2026)).toBe('KN-2026-08');
    expect(nextPetitionCode([], 2027)).toBe('KN-2027-01');
    expect(nextPetitionCode(['KN-2026-099'], 2026)).toBe('KN-2026-100');
  });

  it('Decap’s search finds "kho lạnh" typed as "kho lanh", "Đất đai" as "dat dai"', () => {
    const titles = ['Đề nghị hỗ trợ vốn đầu tư kho lạnh', 'Thủ tục đất đai', 'Giải phóng mặt bằng'];
    expect(filter('kho lanh', titles).map((r) => r.original)).toContain(titles[0]);
    expect(filter('dat dai', titles)[0]!.original).toBe(titles[1]);
    expect(filter('kho lanh', titles).map((r) => r.original)).not.toContain(titles[2]);
  });
});
