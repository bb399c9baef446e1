import { describe, expect, it } from 'vitest';
import { loadContentRoot } from '../../../../src/lib/ingest/root/load.ts';
import { buildSite, type Site } from '../../../../src/lib/domain/model/site.ts';
import { meetingsCalendar, meetingSequence } from '../../../../src/lib/present/feeds/calendar.ts';
import { MEETING_COLUMNS, openData, PETITION_COLUMNS, toCsv } from '../../../../src/lib/present/feeds/open-data.ts';
import { feedItems } from '../../../../src/lib/present/feeds/rss-items.ts';
import { jsonLd, meetingEvent } from '../../../../src/lib/present/feeds/structured-data.ts';
import { makeUrls } from '../../../../src/lib/present/view/urls.ts';
import { DEMO, makeContentRoot, replace } from '../../../helpers/content-root.ts';

const urls = makeUrls('/doi-thoai-doanh-nghiep/');
const absolute = (p: string) => `https://example.gov.vn${p}`;

async function siteOf(root: string): Promise<Site> {
  const content = await loadContentRoot(root);
  if (!content.ok) throw new Error(JSON.stringify(content.problems, null, 2));
  return buildSite(content.entries);
}

const calendarOf = (site: Site) =>
  meetingsCalendar(site, { name: 'Lịch', host: 'kinhmon.haiphong.gov.vn', meetingUrl: (id) => absolute(urls.meeting(id)) });

describe('the meetings calendar', () => {
  it('writes each meeting with a start at its Vietnam wall-clock time, whatever the machine zone', async () => {
    const ics = calendarOf(await siteOf(DEMO));
    expect(ics).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20260521T080000');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    expect(ics).toContain('UID:2026-quy-ii@kinhmon.haiphong.gov.vn');
    // The planned meeting has no time yet: it is not on the calendar.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
  });

  it('keeps the UID and raises SEQUENCE when a meeting is postponed to another day', async () => {
    const postponed = await makeContentRoot({
      'hoi-nghi/2026-quy-ii.yaml': (text) =>
        replace(
          'status: held',
          'status: scheduled',
        )(replace('start: 2026-05-21T08:00', 'start: 2026-05-28T14:30')(text)).replace(/attendedCount: \d+\n/, ''),
      'ket-luan/ket-luan.md': null,
      'thong-bao/hoan.md': [
        '---',
        'meeting: 2026-quy-ii',
        'kind: postponement',
        'title: Thông báo lùi thời gian tổ chức hội nghị đối thoại',
        'number: 12/TB-UBND',
        'issued: 2026-05-18',
        'published: 2026-05-18',
        '---',
        'Hội nghị lùi sang ngày 28/5/2026.',
        '',
      ].join('\n'),
    });
    const site = await siteOf(postponed);
    expect(meetingSequence(site.meetingById.get('2026-quy-ii')!)).toBe(1);
    const ics = calendarOf(site);
    expect(ics).toContain('UID:2026-quy-ii@kinhmon.haiphong.gov.vn');
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20260528T143000');
    expect(ics).toContain('LAST-MODIFIED:20260517T170000Z');
  });

  it('marks a cancelled meeting CANCELLED with a higher SEQUENCE, so calendars drop it', async () => {
    const cancelled = await makeContentRoot({
      'hoi-nghi/2026-quy-ii.yaml': (text) =>
        replace('status: held', 'status: cancelled')(text) +
        'postponement:\n  reason: Bão số 3\n  reportNumber: 15/BC-UBND\n  reportDate: 2026-05-19\n',
    });
    const ics = calendarOf(await siteOf(cancelled));
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:1');
  });
});

describe('the open data', () => {
  it('lists every meeting and petition, with codes and their Vietnamese labels', async () => {
    const site = await siteOf(DEMO);
    const data = openData(site, urls, '2026-11-22', absolute);
    expect(data.meetings.map((m) => m.id).sort()).toEqual(site.meetings.map((m) => m.id).sort());
    expect(data.petitions).toHaveLength(site.petitions.length);
    const kn6 = data.petitions.find((p) => p.code === 'KN-2026-06')!;
    expect(kn6).toMatchObject({
      status: 'answered-in-writing',
      statusLabel: 'Đã trả lời bằng văn bản',
      url: 'https://example.gov.vn/doi-thoai-doanh-nghiep/kien-nghi/kn-2026-06/',
    });
  });

  it('never publishes a household business tax code', async () => {
    const root = await makeContentRoot({});
    const site = await siteOf(root);
    site.petitions[0]!.data.submitter = { name: 'Hộ kinh doanh Nguyễn Văn A', kind: 'household-business', taxCode: '031234567890' };
    const data = openData(site, urls, '2026-11-22', absolute);
    expect(data.petitions[0]!.submitterTaxCode).toBeNull();
    expect(toCsv(data.petitions, PETITION_COLUMNS)).not.toContain('031234567890');
  });

  it('writes CSV for Excel: BOM, CRLF, quoted commas and quotes, empty cells for nothing', () => {
    const csv = toCsv([{ a: 'Vốn, lãi suất', b: 'nói "có"', c: null }], ['a', 'b', 'c']);
    expect(csv).toBe('\uFEFFa,b,c\r\n"Vốn, lãi suất","nói ""có""",\r\n');
  });

  it('has one CSV header per documented column', async () => {
    const data = openData(await siteOf(DEMO), urls, '2026-11-22', absolute);
    expect(toCsv(data.meetings, MEETING_COLUMNS).split('\r\n')[0]).toBe(`\uFEFF${MEETING_COLUMNS.join(',')}`);
    expect(Object.keys(data.meetings[0]!).sort()).toEqual([...MEETING_COLUMNS].sort());
    expect(Object.keys(data.petitions[0]!).sort()).toEqual([...PETITION_COLUMNS].sort());
  });
});

describe('the RSS items', () => {
  it('has every document, the answers too, newest first', async () => {
    const site = await siteOf(DEMO);
    const items = feedItems(site, urls, { part: (p) => p, answered: (t) => `Trả lời: ${t}`, number: (n) => n });
    const answered = site.petitions.filter((p) => p.data.answer).length;
    expect(items).toHaveLength(site.notices.length + site.contents.length + site.petitions.length * 1 + answered + site.conclusions.length);
    const times = items.map((i) => i.pubDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A document published on 2026-05-21 in Vietnam is dated at midnight Vietnam time.
    expect(items.some((i) => i.pubDate.toISOString() === '2026-05-20T17:00:00.000Z')).toBe(true);
  });
});

describe('the meeting as a schema.org Event', () => {
  it('gives the start with Vietnam offset, status and place', async () => {
    const site = await siteOf(DEMO);
    const event = meetingEvent(site.meetingById.get('2026-quy-ii')!, site.unit, 'https://example.gov.vn/x/')!;
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: '2026-05-21T08:00:00+07:00',
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(meetingEvent(site.meetingById.get('2026-quy-iv')!, site.unit, 'x')).toBeUndefined();
  });

  it('cannot close its script element', () => {
    expect(jsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
