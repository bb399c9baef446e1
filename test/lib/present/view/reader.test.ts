/** Issue 15: what readers of the public side notice, at the level of the view models. */
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingPage } from '../../../../src/lib/present/pages/meetings.ts';
import { firstPetitionList, petitionListPage, petitionPage } from '../../../../src/lib/present/pages/petitions.ts';
import { noticePage } from '../../../../src/lib/present/pages/documents.ts';
import { homePage } from '../../../../src/lib/present/pages/home.ts';
import { contentDates, latestDate } from '../../../../src/lib/present/view/frame.ts';
import { isUnresolvedAnswer } from '../../../../src/lib/present/view/items.ts';
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
    expect(petition.updated).toBe(d.answer!.date > d.received ? d.answer!.date : d.received);
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
