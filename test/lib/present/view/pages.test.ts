import { beforeAll, describe, expect, it } from 'vitest';
import { PART_TABLE } from '../../../../src/lib/domain/model/parts.ts';
import { auditPage, reportPage } from '../../../../src/lib/present/pages/audit.ts';
import { conclusionPage, contentPage, noticePage, partPage } from '../../../../src/lib/present/pages/documents.ts';
import { homePage } from '../../../../src/lib/present/pages/home.ts';
import { meetingPage, meetingsPage } from '../../../../src/lib/present/pages/meetings.ts';
import { firstPetitionList, petitionListPage, petitionPage } from '../../../../src/lib/present/pages/petitions.ts';
import { searchPage } from '../../../../src/lib/present/pages/search.ts';
import type { SiteView } from '../../../../src/lib/present/view/site-view.ts';
import { DEMO, FIXTURES } from '../../../helpers/content-root.ts';
import { viewOfRoot } from '../../../helpers/site.ts';

const B = '/doi-thoai-doanh-nghiep/';
let view: SiteView;

beforeAll(async () => {
  view = await viewOfRoot(DEMO, '2026-11-22');
});

describe('the site model for pages', () => {
  it("carries every document's body and Markdown fields rendered and sanitised", () => {
    for (const { collection } of PART_TABLE) {
      for (const entry of view.site[collection]) {
        expect(entry.html, entry.file).toBeDefined();
        expect(entry.html!.body, entry.file).toMatch(/^<(p|h\d|ol|ul|table)/);
        expect(entry.html!.body).not.toMatch(/<script|on\w+=/i);
      }
    }
    const answered = view.byId['kien-nghi'].get('kn-2026-03')!;
    expect(answered.html!.fields['answer.text']).toContain('<strong>tài sản hình thành từ vốn vay</strong>');
  });

  it('holds two content roots side by side: the root is a parameter, not a process setting', async () => {
    const minimal = await viewOfRoot(`${FIXTURES}/minimal`, '2026-11-22', '/khac/');
    expect(minimal.site.unit.name).not.toBe(view.site.unit.name);
    expect(minimal.urls.home).toBe('/khac/');
    expect(view.urls.home).toBe(B);
  });
});

describe('page view models', () => {
  it('home: the next meeting, four parts with counts and three latest items, every meeting', () => {
    const page = homePage(view);
    expect(page.title).toBe(view.site.unit.sectionTitle);
    expect(page.parts.map((p) => [p.number, p.href])).toEqual([
      [1, `${B}thong-bao/`],
      [2, `${B}noi-dung/`],
      [3, `${B}kien-nghi/`],
      [4, `${B}ket-luan/`],
    ]);
    expect(page.parts[2]!.count).toBe('12 kiến nghị');
    for (const p of page.parts) expect(p.items.length).toBeLessThanOrEqual(3);
    // Petitions read as code and title, without their meeting; the other parts name the meeting.
    expect(page.parts[2]!.items[0]!.title).toMatch(/^KN-2026-\d\d: /);
    expect(page.parts[2]!.items[0]!.meetingTitle).toBeUndefined();
    expect(page.parts[0]!.items[0]!.meetingTitle).toBeTruthy();
    expect(page.meetings).toHaveLength(view.site.meetings.length);
  });

  it('meeting: facts, deadlines with links to petitions, the four parts as lists and a table', () => {
    const page = meetingPage(view, '2026-quy-ii');
    expect(page.crumbs).toEqual([{ label: 'Các hội nghị đối thoại', href: `${B}hoi-nghi/` }, { label: page.title }]);
    expect(JSON.parse(page.jsonLd!)).toMatchObject({ '@type': 'Event', url: `https://example.gov.vn${B}hoi-nghi/2026-quy-ii/` });
    expect(page.timeline!.reportHref).toBe(`${B}bao-cao/2026-quy-ii/`);
    const answer = page.timeline!.rows.find((r) => r.rule === 'answer')!;
    expect(answer.subjectHref).toMatch(new RegExp(`^${B}kien-nghi/kn-2026-\\d\\d/$`));
    expect(page.notices.every((i) => i.href.startsWith(`${B}thong-bao/`) && i.kindLabel)).toBe(true);
    expect(page.petitions.rows.map((r) => r.code)).toEqual([...page.petitions.rows.map((r) => r.code)].sort());
    expect(page.conclusions[0]).not.toHaveProperty('kindLabel');
    expect(() => meetingPage(view, 'khong-co')).toThrow();
  });

  it('meetings: every meeting with its status and when', () => {
    const page = meetingsPage(view);
    expect(page.meetings.map((m) => m.href)).toEqual(view.site.meetings.map((m) => `${B}hoi-nghi/${m.id}/`));
    expect(page.meetings[0]!.when).toBeTruthy();
  });

  it('part lists: one projection, each item with its meeting', () => {
    const page = partPage(view, 'noi-dung');
    expect(page.items).toHaveLength(view.site.contents.length);
    expect(page.items.every((i) => i.meetingTitle && i.kindLabel && i.href.startsWith(`${B}noi-dung/`))).toBe(true);
  });

  it('documents: the heading as Decree 30 lays it out, the meeting, the rendered body, downloads', () => {
    const notice = noticePage(view, 'kh-80-2026-ke-hoach-doi-thoai');
    expect(notice.head).toMatchObject({ issuer: view.site.unit.shortName, kind: 'KẾ HOẠCH' });
    expect(notice.registration!.howToHtml).toContain('<strong>Phiếu đăng ký tham dự và gửi kiến nghị</strong>');
    expect(notice.registration!.form).toMatchObject({
      href: expect.stringMatching(new RegExp(`^${B}tep/.+\\.(pdf|docx)$`)),
      typeLabel: expect.any(String),
    });
    expect(notice.meeting.href).toBe(`${B}hoi-nghi/2026-quy-ii/`);
    const content = contentPage(view, 'chuong-trinh-hoi-nghi-2026');
    expect(content.head.kind).toBeTruthy();
    expect(content.html).toMatch(/^</);
    const conclusion = conclusionPage(view, 'tb-95-2026-ket-luan-hoi-nghi');
    expect(conclusion.attachments.every((a) => a.href.startsWith(`${B}tep/`) && a.typeLabel === 'PDF')).toBe(true);
  });

  it('petition: facts, its meeting, the answer deadline and the rendered answer', () => {
    const page = petitionPage(view, 'kn-2026-03');
    expect(page.heading).toBe(`KN-2026-03: ${page.data.title}`);
    expect(page.crumbs).toEqual([{ label: 'Phản ánh kiến nghị doanh nghiệp', href: `${B}kien-nghi/` }, { label: 'KN-2026-03' }]);
    expect(page.search).toMatchObject({ date: '2026-04-20', part: 'Phản ánh kiến nghị doanh nghiệp' });
    expect(page.answerDeadline?.rule).toBe('answer');
    expect(page.answer!.file).toMatchObject({ href: `${B}tep/tra-loi-kn-2026-03.pdf`, typeLabel: 'PDF', title: '128/UBND-KT' });
    expect(page.answer!.html).toMatch(/^<p>/);
  });

  it('petition list: filters with counts of the whole list, rows, no pagination under 50', () => {
    const page = petitionListPage(view, firstPetitionList(view));
    expect(page.heading).toBe('Phản ánh kiến nghị doanh nghiệp');
    expect(page.rows).toHaveLength(12);
    expect(page.pagination).toBeUndefined();
    expect(page.filters.map((f) => f.key)).toEqual(['tinh-trang', 'nhom']);
    for (const group of page.filters) {
      expect(group.all).toEqual({ href: `${B}kien-nghi/`, count: 12, current: true });
      expect(group.values.reduce((n, v) => n + v.count, 0)).toBe(12);
    }
  });

  it('audit and report: officers’ pages with their links', () => {
    const audit = auditPage(view);
    expect(audit.meetings.map((m) => m.href)).toEqual(view.audit.meetings.map((m) => `${B}hoi-nghi/${m.id}/`));
    expect(audit.meetings.find((m) => m.id === '2026-quy-ii')!.reportHref).toBe(`${B}bao-cao/2026-quy-ii/`);
    const report = reportPage(view, '2026-quy-ii');
    expect(report.xlsxHref).toBe(`${B}bao-cao/2026-quy-ii/phu-luc.xlsx`);
    expect(report.crumbs.at(-1)!.label).toBe(report.report.name);
    expect(() => reportPage(view, '2026-quy-iv')).toThrow();
  });

  it('search: every filter value, the parts to browse without JavaScript', () => {
    const page = searchPage(view);
    expect(page.bundle).toBe(`${B}pagefind/`);
    expect(page.parts.map((p) => p.href)).toEqual(PART_TABLE.map((p) => `${B}${p.slug}/`));
    expect(page.filters.find((f) => f.key === 'year')!.values).toContain('2026');
  });
});
