/** Issue 15: what readers of the public side notice, at the level of the view models. */
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingPage } from '../../../../src/lib/present/pages/meetings.ts';
import { firstPetitionList, petitionListPage, petitionPage } from '../../../../src/lib/present/pages/petitions.ts';
import { noticePage } from '../../../../src/lib/present/pages/documents.ts';
import { homePage } from '../../../../src/lib/present/pages/home.ts';
import { contentDates, latestDate } from '../../../../src/lib/present/view/frame.ts';
import { isUnresolvedAnswer } from '../../../../src/lib/present/view/items.ts';
import { linkPetitionCodes } from '../../../../src/lib/present/view/code-links.ts';
import { meetingDossier } from '../../../../src/lib/present/view/dossier.ts';
import type { SiteView } from '../../../../src/lib/present/view/site-view.ts';
import { DEMO } from '../../../helpers/content-root.ts';
import { viewOfRoot } from '../../../helpers/site.ts';

let view: SiteView;
beforeAll(async () => {
  view = await viewOfRoot(DEMO, '2026-11-22');
});

describe('honest states', () => {
  it('an answered petition not resolved for good is marked so; others are not', () => {
    expect(isUnresolvedAnswer('answered-in-writing', false)).toBe(true);
    expect(isUnresolvedAnswer('answered-at-meeting', false)).toBe(true);
    expect(isUnresolvedAnswer('answered-in-writing', true)).toBe(false);
    expect(isUnresolvedAnswer('pending', false)).toBe(false);
    expect(isUnresolvedAnswer('transferred', false)).toBe(false);
    const rows = petitionListPage(view, firstPetitionList(view)).rows;
    const kn08 = rows.find((r) => r.code === 'KN-2026-08')!;
    expect(kn08).toMatchObject({ status: 'answered-in-writing', resolved: false });
  });

  it('"updated" is the latest of the content’s own dates, never the build day nor a day after it', () => {
    expect(latestDate(['2026-03-01', undefined, '2026-05-02', '2026-04-01'], '2026-11-22')).toBe('2026-05-02');
    expect(latestDate(['2026-03-01', '2027-01-01'], '2026-11-22')).toBe('2026-03-01');
    expect(latestDate([], '2026-11-22')).toBe('2026-11-22');
    const petition = petitionPage(view, 'kn-2026-03');
    const d = petition.data;
    expect(petition.updated).toBe(d.answer!.date! > d.received! ? d.answer!.date : d.received);
    expect(petition.frame.updated).toBe(petition.updated);
    const pending = petitionPage(view, 'kn-2026-12');
    expect(pending.updated).toBe(pending.data.received);
    const notice = noticePage(view, 'kh-80-2026-ke-hoach-doi-thoai');
    expect(notice.frame.updated).toBe(latestDate([notice.data.issued, notice.data.published, notice.data.postedAtDesk], view.asOf));
    const home = homePage(view);
    expect(home.frame.updated).toBe(latestDate(contentDates(view.site), view.asOf));
    expect(home.frame.updated).not.toBe(view.asOf);
    const meeting = meetingPage(view, '2026-quy-ii');
    expect(meeting.frame.updated <= home.frame.updated).toBe(true);
  });
});

describe('petition codes linked in Markdown', () => {
  const hrefOf = (code: string) => (code === 'KN-2026-03' || code === 'KN-2026-04' ? `/kn/${code.toLowerCase()}/` : undefined);

  it('links every known code in text, leaves unknown codes, links, code and the page’s own code alone', () => {
    const html =
      '<p>Kiến nghị <strong>KN-2026-03</strong> và KN-2026-04; KN-2026-99 chưa có.</p>' +
      '<p><a href="/x/">KN-2026-03</a> <code>KN-2026-04</code></p><table><tr><td>KN-2026-03, KN-2026-04</td></tr></table>';
    const out = linkPetitionCodes(html, hrefOf, 'KN-2026-04');
    expect(out).toContain('<strong><a class="code-link" href="/kn/kn-2026-03/">KN-2026-03</a></strong>');
    expect(out).toContain('KN-2026-99 chưa có');
    expect(out).toContain('<a href="/x/">KN-2026-03</a>');
    expect(out).toContain('<code>KN-2026-04</code>');
    expect(out).toContain('<td><a class="code-link" href="/kn/kn-2026-03/">KN-2026-03</a>, KN-2026-04</td>');
    expect(out.match(/code-link/g)).toHaveLength(2);
  });

  it('returns HTML without codes unchanged', () => {
    const html = '<p>Không có mã &amp; gì.</p>';
    expect(linkPetitionCodes(html, hrefOf)).toBe(html);
  });
});

describe('the four-step dossier', () => {
  it('a held meeting: four steps present with counts and documents; petitions counted, not listed', () => {
    const meeting = view.site.meetingById.get('2026-quy-ii')!;
    const d = meetingDossier(view, meeting);
    expect(d.steps.map((s) => [s.number, s.part])).toEqual([
      [1, 'thong-bao'],
      [2, 'noi-dung'],
      [3, 'kien-nghi'],
      [4, 'ket-luan'],
    ]);
    expect(d.steps.map((s) => s.count)).toEqual([
      meeting.notices.length,
      meeting.contents.length,
      meeting.petitions.length,
      meeting.conclusions.length,
    ]);
    expect(d.steps[0]!.items.map((i) => i.href)).toEqual(meeting.notices.map((n) => view.urls.doc('thong-bao', n.id)));
    expect(d.steps[2]!.items).toEqual([]);
    expect(d.steps[2]!.countLabel).toBe(`${meeting.petitions.length} kiến nghị`);
    expect(d.steps.every((s) => !s.current)).toBe(true);
    expect(d.steps[3]!.href).toBe(`${view.urls.meeting('2026-quy-ii')}#p4`);
  });

  it('marks where the reader is: the step and the document', () => {
    const meeting = view.site.meetingById.get('2026-quy-ii')!;
    const d = meetingDossier(view, meeting, { part: 'kien-nghi', id: 'kn-2026-03' });
    expect(d.steps[2]!.current).toBe(true);
    expect(d.steps[2]!.items).toEqual([
      { href: view.urls.doc('kien-nghi', 'kn-2026-03'), title: expect.stringMatching(/^KN-2026-03: /), current: true },
    ]);
    expect(d.steps.filter((s) => s.current)).toHaveLength(1);
  });

  it('an upcoming meeting: empty parts say when they fall due', () => {
    const upcoming = view.site.meetings.find((m) => m.data.status !== 'held')!;
    const d = meetingDossier(view, upcoming);
    const empty = d.steps.filter((s) => s.count === 0);
    expect(empty.length).toBeGreaterThan(0);
    for (const s of empty) {
      if (s.due) expect(s.stateText).toMatch(/ngày \d\d tháng \d{1,2} năm \d{4}/);
      expect(s.stateText).not.toBe('');
    }
  });
});
