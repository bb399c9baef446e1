/** Issue 15: what a reader notices on the built demo site (as of 2026-11-22), one test per item. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(route: string, width = 1280) {
  const tab = await browser.newPage({ viewport: { width, height: 900 } });
  await tab.goto(inject('siteUrl') + route);
  return tab;
}

describe('honest states', () => {
  it('an answered petition not resolved for good: the badge says so and is not green', async () => {
    const tab = await open('kien-nghi/kn-2026-08/');
    const badge = tab.locator('.status-line .badge');
    expect(await badge.textContent()).toContain('chưa giải quyết triệt để');
    const colours = await badge.evaluate((e) => getComputedStyle(e).backgroundColor);
    const resolved = await (await open('kien-nghi/kn-2026-01/')).locator('.status-line .badge');
    expect(await resolved.textContent()).not.toContain('chưa giải quyết');
    expect(colours).not.toBe(await resolved.evaluate((e) => getComputedStyle(e).backgroundColor));
    // The list says the same as the page.
    const list = await open('kien-nghi/');
    expect(await list.locator('tr[data-code="KN-2026-08"] .badge').textContent()).toContain('chưa giải quyết triệt để');
    await tab.close();
    await list.close();
  });

  it('"updated" comes from the content’s own dates, per petition and per page, not the build day', async () => {
    const tab = await open('kien-nghi/kn-2026-12/');
    const line = await tab.locator('.updated-line time').getAttribute('datetime');
    expect(line).toMatch(/^2026-\d\d-\d\d$/);
    expect(await tab.locator('.site-footer .updated').getAttribute('data-updated')).toBe(line);
    expect(await tab.locator('.updated-line').textContent()).toMatch(/^Cập nhật ngày \d\d tháng \d{1,2} năm 2026$/);
    const home = await open('');
    const homeDay = await home.locator('.site-footer .updated').getAttribute('data-updated');
    expect(homeDay).not.toBe('2026-11-22');
    expect(homeDay! >= line!).toBe(true);
    await tab.close();
    await home.close();
  });
});

describe('the meeting’s four parts first', () => {
  it('the meeting page: facts, then the four-step dossier, then the parts; the deadline table folded', async () => {
    const tab = await open('hoi-nghi/2026-quy-ii/', 360);
    const top = (s: string) =>
      tab
        .locator(s)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const facts = await top('main .facts');
    const dossier = await top('.dossier');
    expect(dossier).toBeGreaterThan(facts);
    expect(dossier).toBeLessThan(await top('#p1'));
    expect(await tab.locator('.dossier-step').count()).toBe(4);
    expect(await tab.locator('.dossier-step').first().textContent()).toMatch(/Thông báo thời gian đối thoại.*Đã đăng/s);
    // The deadlines are there, folded: the table is not shown until asked for.
    expect(await tab.locator('details.deadlines-fold').getAttribute('open')).toBeNull();
    expect(await tab.locator('table.timeline').isVisible()).toBe(false);
    await tab.locator('details.deadlines-fold summary').click();
    expect(await tab.locator('table.timeline').isVisible()).toBe(true);
    // Part 1 starts within the first two screens of a phone (it started at 7,000 px).
    expect(await top('#p1')).toBeLessThan(2400);
    await tab.close();
  });

  it('an empty part says when it falls due', async () => {
    const tab = await open('hoi-nghi/2026-quy-iv/');
    const empties = await tab.locator('main section .empty').allTextContents();
    expect(empties.length).toBeGreaterThan(0);
    for (const e of empties) expect(e).toMatch(/^Hội nghị này chưa có văn bản ở phần này\./);
    await tab.close();
  });

  it('every document and petition page shows the dossier with the reader’s place marked', async () => {
    for (const [route, part] of [
      ['thong-bao/kh-80-2026-ke-hoach-doi-thoai/', 'thong-bao'],
      ['noi-dung/bien-ban-hoi-nghi-2026/', 'noi-dung'],
      ['kien-nghi/kn-2026-03/', 'kien-nghi'],
      ['ket-luan/tb-95-2026-ket-luan-hoi-nghi/', 'ket-luan'],
    ] as const) {
      const tab = await open(route);
      expect(await tab.locator('.dossier-step[aria-current="step"]').getAttribute('data-part'), route).toBe(part);
      const here = tab.locator('.dossier-step[aria-current="step"] a[aria-current="page"]');
      expect(await here.count(), route).toBe(1);
      expect(new URL((await here.getAttribute('href'))!, tab.url()).pathname).toBe(new URL(tab.url()).pathname);
      await tab.close();
    }
  });

  it('petition codes in the conclusion, minutes and report are links to the petitions', async () => {
    for (const route of ['ket-luan/tb-95-2026-ket-luan-hoi-nghi/', 'noi-dung/bao-cao-kinh-te-xa-hoi-va-tong-hop-kien-nghi-2026/']) {
      const tab = await open(route);
      const links = tab.locator('.doc-body a.code-link');
      expect(await links.count(), route).toBeGreaterThan(0);
      const first = links.first();
      const code = (await first.textContent())!;
      expect(await first.getAttribute('href')).toMatch(new RegExp(`/kien-nghi/${code.toLowerCase()}/$`));
      const response = await tab.goto(new URL((await first.getAttribute('href'))!, tab.url()).href);
      expect(response?.status()).toBe(200);
      await tab.close();
    }
  });
});

describe('the answer first', () => {
  it('a petition page leads with its answer: status, date, the reply letter with number, format and size', async () => {
    const tab = await open('kien-nghi/kn-2026-03/', 360);
    const top = (s: string) =>
      tab
        .locator(s)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    expect(await top('.answer-box')).toBeLessThan(await top('#facts-heading'));
    // On a phone the answer's date and letter are within the first screen and a half.
    expect(await top('.reply-letter')).toBeLessThan(1100);
    const box = (await tab.locator('.answer-box').textContent())!;
    expect(box).toContain('Đã trả lời bằng văn bản');
    expect(box).toMatch(/Ngày trả lời\s*ngày \d\d tháng \d{1,2} năm 2026/);
    expect(await tab.locator('.reply-letter a').textContent()).toMatch(/^Văn bản số 128\/UBND-KT \(PDF, \d+ KB\)$/);
    await tab.close();
    // A letter cited without its file says so.
    const noFile = await open('kien-nghi/kn-2026-06/');
    expect(await noFile.locator('.reply-letter').textContent()).toBe('Văn bản số 126/UBND-KT (chưa đăng bản điện tử)');
    await noFile.close();
  });
});

describe('taking part', () => {
  it('the home page and the upcoming meeting’s page have a button to the take-part page', async () => {
    for (const route of ['', 'hoi-nghi/2026-quy-iv/']) {
      const tab = await open(route);
      const button = tab.getByRole('link', { name: 'Gửi kiến nghị / Đăng ký tham dự' });
      expect(await button.count(), route).toBe(1);
      expect(await button.getAttribute('href')).toMatch(/\/tham-gia\/2026-quy-iv\/$/);
      await tab.close();
    }
    // A held meeting has none.
    const held = await open('hoi-nghi/2026-quy-ii/');
    expect(await held.getByRole('link', { name: 'Gửi kiến nghị / Đăng ký tham dự' }).count()).toBe(0);
    await held.close();
  });

  it('the take-part page: deadline, the channels the unit offers (e-mail prefilled, post, desk), the forms with sizes, what happens next', async () => {
    const tab = await open('tham-gia/2026-quy-iv/');
    expect(await tab.locator('h1').textContent()).toBe('Gửi kiến nghị, đăng ký tham dự');
    expect(await tab.locator('.take-part-deadline').textContent()).toBeTruthy();
    const kinds = await tab.locator('.channel').evaluateAll((els) => els.map((e) => e.className.replace('channel channel-', '')));
    // The demo's don-vi.yaml configures no online channel: none is offered.
    expect(kinds).toEqual(['email', 'post', 'desk']);
    const mail = new URL((await tab.locator('.channel-email a').getAttribute('href'))!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toMatch(/^Đăng ký tham dự và gửi kiến nghị: Hội nghị/);
    expect(mail.searchParams.get('body')).toContain('Nội dung kiến nghị:');
    const forms = await tab
      .locator('a[download]')
      .evaluateAll((els) => els.map((e) => e.parentElement!.textContent!.replace(/\s+/g, ' ').trim()));
    expect(forms.some((f) => /\(PDF, \d+ KB\)$/.test(f))).toBe(true);
    expect(await tab.locator('.next-steps li').count()).toBeGreaterThanOrEqual(3);
    await tab.close();
  });

  it('after the deadline, the notice shows "Đã hết hạn đăng ký — xem kết quả" instead of the registration box', async () => {
    const tab = await open('thong-bao/kh-80-2026-ke-hoach-doi-thoai/');
    expect(await tab.locator('section.registration').count()).toBe(0);
    // The registration as announced stays on the record, folded under the banner.
    expect(await tab.locator('details.registration-as-announced').getAttribute('open')).toBeNull();
    const banner = tab.locator('.closed-banner a');
    expect(await banner.textContent()).toBe('Đã hết hạn đăng ký — xem kết quả');
    expect(await banner.getAttribute('href')).toMatch(/\/hoi-nghi\/2026-quy-ii\/$/);
    await tab.close();
    // The upcoming meeting's plan keeps its box, with the button.
    const open_ = await open('thong-bao/kh-246-2026-doi-thoai-chuyen-de-thue-dat-dai/');
    expect(await open_.locator('section.registration .take-part-button a').getAttribute('href')).toMatch(/\/tham-gia\/2026-quy-iv\/$/);
    await open_.close();
  });
});
