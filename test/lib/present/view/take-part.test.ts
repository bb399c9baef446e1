/** The take-part view model: the channels the unit configured, and only those; open or closed by the day. */
import { beforeAll, describe, expect, it } from 'vitest';
import { mailtoHref, registrationOpen, takePartPage, upcomingMeetings } from '../../../../src/lib/present/pages/take-part.ts';
import { onlineChannelWarnings } from '../../../../src/lib/ingest/root/production.ts';
import type { SiteView } from '../../../../src/lib/present/view/site-view.ts';
import { DEMO } from '../../../helpers/content-root.ts';
import { viewOfRoot } from '../../../helpers/site.ts';

let view: SiteView;
beforeAll(async () => {
  view = await viewOfRoot(DEMO, '2026-11-22');
});

describe('taking part', () => {
  it('a page per upcoming meeting; a held one is closed', () => {
    expect(upcomingMeetings(view).map((m) => m.id)).toEqual(['2026-quy-iv']);
    expect(registrationOpen(view, view.site.meetingById.get('2026-quy-ii')!)).toBe(false);
    expect(registrationOpen(view, view.site.meetingById.get('2026-quy-iv')!)).toBe(true);
  });

  it('offers an online channel only when don-vi.yaml configures it', () => {
    expect(takePartPage(view, '2026-quy-iv').channels.map((c) => c.kind)).toEqual(['email', 'post', 'desk']);
    const unit = view.site.unit as typeof view.site.unit & { participation?: object };
    const saved = unit.participation;
    unit.participation = {
      onlineFormUrl: 'https://kinhmon.haiphong.gov.vn/gui-kien-nghi',
      nationalPortalUrl: 'https://dichvucong.gov.vn/p/pakn',
    };
    try {
      const channels = takePartPage(view, '2026-quy-iv').channels;
      expect(channels.map((c) => [c.kind, c.href])).toEqual([
        ['online-form', 'https://kinhmon.haiphong.gov.vn/gui-kien-nghi'],
        ['national-portal', 'https://dichvucong.gov.vn/p/pakn'],
        ['email', expect.stringMatching(/^mailto:/)],
        ['post', undefined],
        ['desk', undefined],
      ]);
    } finally {
      unit.participation = saved;
    }
  });

  it('the e-mail link carries the subject and the body, encoded', () => {
    const href = mailtoHref('vanphong@x.gov.vn', 'Hội nghị A & B');
    const url = new URL(href);
    expect(url.pathname).toBe('vanphong@x.gov.vn');
    expect(url.searchParams.get('subject')).toBe('Đăng ký tham dự và gửi kiến nghị: Hội nghị A & B');
    expect(url.searchParams.get('body')).toMatch(/^Tên doanh nghiệp/);
  });

  it('a notice that names an online channel the unit has not configured is a build warning', () => {
    const notice = (howTo: string) => ({ collection: 'thong-bao', file: 'thong-bao/a.md', data: { registration: { howTo } } });
    const unit = (participation?: object) => ({ collection: 'don-vi', file: 'don-vi.yaml', data: { participation } });
    expect(onlineChannelWarnings([unit(), notice('Gửi trực tuyến trên Cổng')])).toHaveLength(1);
    expect(onlineChannelWarnings([unit(), notice('Gửi trực tuyến trên Cổng')])[0]).toContain('thong-bao/a.md');
    expect(onlineChannelWarnings([unit(), notice('Gửi thư điện tử')])).toEqual([]);
    expect(onlineChannelWarnings([unit({ onlineFormUrl: 'https://x.gov.vn/f' }), notice('Gửi trực tuyến')])).toEqual([]);
  });
});
