/**
 * Decap CMS in Chromium through `npm run dev` (the site plus decap-server on loopback), on a temporary
 * copy of a content root: log in, create a meeting and one entry of each of the four parts (with an
 * uploaded registration form), check the files written against the content contract, let the build
 * validate and publish them, and find them on the public pages. The browser runs in Los Angeles time and
 * Node in New York time: the meeting's date-time must still be saved as the Vietnam time typed.
 */
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT } from '../../tools/build-site.ts';
import { serveStatic } from '../../tools/static-server.ts';
import { t } from '../../src/i18n/index.ts';
import { FIXTURES, problemsOf } from '../helpers/content-root.ts';
import {
  field,
  fillMarkdown,
  fillText,
  newEntry,
  openEditor,
  pick,
  pickMeeting,
  typeDate,
  previewStyled,
  previewTexts,
  publish,
  uploadFile,
} from './helpers/cms-editor.ts';
import { startDevStack, type DevStack } from './helpers/dev-stack.ts';

const SHOTS = path.join(PROJECT, 'test-results', 'cms');
/** `CMS_DOC_SHOTS=1 npm run test:e2e` refreshes the editor's guide's screenshots in docs/anh/. */
const DOC_SHOTS = process.env.CMS_DOC_SHOTS === '1' ? path.join(PROJECT, 'docs', 'anh') : undefined;

let root: string;
let stack: DevStack;
let browser: Browser;
let page: Page;
let pageErrors: string[];
/** The labels of the petition preview's facts, compared with the public page's once built. */
let previewFacts: string[] = [];

/** A file's front matter (or whole YAML) parsed as the build reads it (YAML 1.2 core: dates stay text). */
async function frontMatter(file: string): Promise<{ data: Record<string, unknown>; body: string }> {
  const text = await readFile(path.join(root, file), 'utf8');
  if (!file.endsWith('.md')) return { data: parse(text, { schema: 'core' }), body: '' };
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in ${file}:\n${text}`);
  return { data: parse(match[1]!, { schema: 'core' }), body: match[2]!.trim() };
}

/** The editor as an editor sees it: the form and the preview scrolled to the top, no toast of an earlier save. */
async function shot(name: string): Promise<void> {
  // The preview uses the public site's stylesheet (its font and its facts grid).
  if (name !== 'cms-danh-sach') expect(await previewStyled(page)).toMatch(/Segoe UI|Roboto|Noto Sans/);
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (el.scrollTop > 0) el.scrollTop = 0;
    for (const el of document.querySelectorAll<HTMLElement>('.Toastify')) el.style.display = 'none';
  });
  await page.waitForTimeout(300);
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (DOC_SHOTS) await copyFile(file, path.join(DOC_SHOTS, `${name}.png`));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dtdn-cms-'));
  await cp(path.join(FIXTURES, 'minimal'), root, { recursive: true });
  await mkdir(SHOTS, { recursive: true });
  if (DOC_SHOTS) await mkdir(DOC_SHOTS, { recursive: true });
  stack = await startDevStack(root);
  // A time zone far from Vietnam's.
  ({ browser, page, pageErrors } = await openEditor(stack.adminUrl, { timezoneId: 'America/Los_Angeles', locale: 'vi-VN' }));
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

const MEETING = {
  title: 'Hội nghị đối thoại doanh nghiệp, hợp tác xã, hộ kinh doanh quý IV năm 2026',
  slug: '120-kh-ubnd-2026',
};
const NOTICE_TITLE = 'Thông báo thời gian tổ chức hội nghị đối thoại quý IV năm 2026';
const CONTENT_TITLE = 'Báo cáo tổng hợp kiến nghị của doanh nghiệp quý IV năm 2026';
const PETITION_TITLE = 'Đề nghị rút ngắn thời gian cấp phép xây dựng nhà xưởng';
const CONCLUSION_TITLE = 'Thông báo kết luận hội nghị đối thoại quý IV năm 2026';

describe('editing through Decap CMS with the local backend', () => {
  it('serves the editor from the site, in Vietnamese, noindex, with the bundle from the npm package', async () => {
    const html = await (await fetch(stack.adminUrl)).text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    // Everything the editor loaded came from this machine: the site and the local backend.
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await page.goto(`${stack.adminUrl}#/collections/hoi-nghi`);
    await page.getByText('Hội nghị đối thoại doanh nghiệp năm 2026').waitFor({ timeout: 60_000 });
    await expect(page.getByRole('link', { name: 'Phản ánh kiến nghị doanh nghiệp' }).first().isVisible()).resolves.toBe(true);
    await shot('cms-danh-sach');
    for (const host of hosts) expect(host).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('creates a meeting; the date-time typed in a browser set to Los Angeles time is saved as Vietnam time', async () => {
    await newEntry(page, stack.adminUrl, 'hoi-nghi', 'title');
    await fillText(page, 'title', MEETING.title);
    await fillText(page, 'number', '120/KH-UBND');
    await typeDate(page, 'date', '01/09/2026');
    await pick(page, 'status', 'Đã tổ chức');
    await typeDate(page, 'start', '15102026', '0830');
    await fillText(page, 'venue', 'Hội trường tầng 2, Ủy ban nhân dân phường');
    await pick(page, 'format', 'Trực tiếp kết hợp trực tuyến');
    await fillText(page, 'chair', 'Chủ tịch Ủy ban nhân dân phường');
    await typeDate(page, 'registrationDeadline', '01/10/2026');
    await field(page, 'registeredCount').fill('31');
    await field(page, 'attendedCount').fill('27');
    await shot('cms-hoi-nghi');
    await publish(page, path.join(root, 'hoi-nghi', `${MEETING.slug}.yaml`));
    const { data } = await frontMatter(`hoi-nghi/${MEETING.slug}.yaml`);
    expect(data).toEqual({
      title: MEETING.title,
      plan: { number: '120/KH-UBND', date: '2026-09-01' },
      status: 'held',
      start: '2026-10-15T08:30',
      venue: 'Hội trường tầng 2, Ủy ban nhân dân phường',
      format: 'hybrid',
      chair: 'Chủ tịch Ủy ban nhân dân phường',
      registrationDeadline: '2026-10-01',
      registeredCount: 31,
      attendedCount: 27,
    });
  });

  it('part 1: a notice with a registration form uploaded into tep/', async () => {
    const form = path.join(await mkdtemp(path.join(tmpdir(), 'dtdn-upload-')), 'phieu-dang-ky-quy-iv.docx');
    await copyFile(path.join(PROJECT, 'content', 'tep', 'phieu-dang-ky-doi-thoai-2026.docx'), form);
    await newEntry(page, stack.adminUrl, 'thong-bao', 'title');
    await pickMeeting(page, MEETING.title, 'quy IV 2026');
    await pick(page, 'kind', 'Thông báo thời gian đối thoại');
    await fillText(page, 'title', NOTICE_TITLE);
    await fillText(page, 'number', '130/TB-UBND');
    await typeDate(page, 'issued', '10/09/2026');
    await typeDate(page, 'published', '11/09/2026');
    await typeDate(page, 'postedAtDesk', '11/09/2026');
    await fillMarkdown(page, 'howTo', 'Gửi **Phiếu đăng ký** qua thư điện tử hoặc nộp tại Bộ phận một cửa trước ngày 01/10/2026.');
    await uploadFile(page, 0, form);
    await fillText(page, 'email', 'vanphong@phuong.gov.vn');
    await fillMarkdown(page, 'body', 'Ủy ban nhân dân phường **thông báo** thời gian tổ chức hội nghị đối thoại quý IV năm 2026.');
    await shot('cms-thong-bao');
    // The preview renders Markdown (in the registration group too) and names the meeting by its title.
    expect(await previewTexts(page, '.facts strong')).toContain('Phiếu đăng ký');
    expect((await previewTexts(page, '.facts dd')).join(' ')).toContain(MEETING.title);
    const slug = '130-tb-ubnd-2026';
    await publish(page, path.join(root, 'thong-bao', `${slug}.md`));
    expect(existsSync(path.join(root, 'tep', 'phieu-dang-ky-quy-iv.docx'))).toBe(true);
    const { data, body } = await frontMatter(`thong-bao/${slug}.md`);
    expect(data).toEqual({
      meeting: MEETING.slug,
      kind: 'notice',
      title: NOTICE_TITLE,
      number: '130/TB-UBND',
      issued: '2026-09-10',
      published: '2026-09-11',
      postedAtDesk: '2026-09-11',
      registration: {
        howTo: 'Gửi **Phiếu đăng ký** qua thư điện tử hoặc nộp tại Bộ phận một cửa trước ngày 01/10/2026.',
        form: 'tep/phieu-dang-ky-quy-iv.docx',
        email: 'vanphong@phuong.gov.vn',
      },
    });
    expect(body).toBe('Ủy ban nhân dân phường **thông báo** thời gian tổ chức hội nghị đối thoại quý IV năm 2026.');
  });

  it('part 2: a content document', async () => {
    await newEntry(page, stack.adminUrl, 'noi-dung', 'title');
    await pickMeeting(page, MEETING.title, 'quy IV 2026');
    await pick(page, 'kind', 'Báo cáo');
    await fillText(page, 'title', CONTENT_TITLE);
    await typeDate(page, 'published', '15/10/2026');
    await fillMarkdown(page, 'body', 'Ủy ban nhân dân phường tiếp nhận 06 kiến nghị của doanh nghiệp.');
    await shot('cms-noi-dung');
    const slug = 'bao-cao-tong-hop-kien-nghi-cua-doanh-nghiep-quy-iv-nam-2026';
    await publish(page, path.join(root, 'noi-dung', `${slug}.md`));
    const { data, body } = await frontMatter(`noi-dung/${slug}.md`);
    expect(data).toEqual({ meeting: MEETING.slug, kind: 'report', title: CONTENT_TITLE, published: '2026-10-15' });
    expect(body).toBe('Ủy ban nhân dân phường tiếp nhận 06 kiến nghị của doanh nghiệp.');
  });

  it('part 3: a petition answered at the meeting', async () => {
    await newEntry(page, stack.adminUrl, 'kien-nghi', 'code');
    await pickMeeting(page, MEETING.title, 'quy IV 2026');
    await fillText(page, 'code', 'KN-2026-40');
    await fillText(page, 'title', PETITION_TITLE);
    await fillText(page, 'name', 'Công ty TNHH Cơ khí Minh Phát');
    await pick(page, 'kind', 'Doanh nghiệp');
    await fillText(page, 'taxCode', '0801234567');
    await typeDate(page, 'received', '25/09/2026');
    await pick(page, 'channel', 'Thư điện tử');
    await pick(page, 'group', 'Thủ tục hành chính');
    await pick(page, 'scope', 'Thuộc thẩm quyền');
    await pick(page, 'status', 'Đã trả lời tại hội nghị');
    await typeDate(page, 'date', '15/10/2026');
    await fillText(page, 'by', 'Phòng Kinh tế, Hạ tầng và Đô thị');
    await fillMarkdown(page, 'text', 'Hồ sơ được giải quyết trong 10 ngày làm việc.');
    await fillMarkdown(page, 'body', 'Công ty đề nghị rút ngắn thời gian cấp giấy phép xây dựng nhà xưởng.');
    await shot('cms-kien-nghi');
    // The preview is laid out as the public page: the answer box with the badge, the facts, the petition's text, then the answer.
    expect(await previewTexts(page, '.status-line .badge')).toEqual(['Đã trả lời tại hội nghị']);
    expect(await previewTexts(page, 'article h2')).toEqual([
      t('reader.answerBox.title'),
      t('reader.petitionFacts'),
      t('site.petition.body'),
      t('site.petition.answer'),
    ]);
    previewFacts = await previewTexts(page, 'article dl.facts dt');
    await publish(page, path.join(root, 'kien-nghi', 'kn-2026-40.md'));
    const { data, body } = await frontMatter('kien-nghi/kn-2026-40.md');
    expect(data).toMatchObject({
      meeting: MEETING.slug,
      code: 'KN-2026-40',
      title: PETITION_TITLE,
      submitter: { name: 'Công ty TNHH Cơ khí Minh Phát', kind: 'enterprise', taxCode: '0801234567' },
      received: '2026-09-25',
      channel: 'email',
      group: 'admin-procedure',
      scope: 'in-competence',
      status: 'answered-at-meeting',
      answer: { date: '2026-10-15', by: 'Phòng Kinh tế, Hạ tầng và Đô thị', text: 'Hồ sơ được giải quyết trong 10 ngày làm việc.' },
    });
    // The tax code stays text (a leading zero), and the booleans left alone are absent or false.
    expect(await readFile(path.join(root, 'kien-nghi', 'kn-2026-40.md'), 'utf8')).toMatch(/taxCode: ["']0801234567["']/);
    for (const key of ['coordination', 'resolved']) expect([undefined, false]).toContain(data[key]);
    expect(body).toBe('Công ty đề nghị rút ngắn thời gian cấp giấy phép xây dựng nhà xưởng.');
  });

  it('part 4: a notice of conclusions', async () => {
    await newEntry(page, stack.adminUrl, 'ket-luan', 'title');
    await pickMeeting(page, MEETING.title, 'quy IV 2026');
    await fillText(page, 'title', CONCLUSION_TITLE);
    await fillText(page, 'number', '145/TB-UBND');
    await typeDate(page, 'issued', '20/10/2026');
    await typeDate(page, 'published', '21/10/2026');
    await fillText(page, 'position', 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
    await fillText(page, 'name', 'Nguyễn Văn An');
    await fillMarkdown(page, 'body', 'Chủ tịch Ủy ban nhân dân phường kết luận: giải quyết dứt điểm các kiến nghị trong quý IV.');
    await shot('cms-ket-luan');
    const slug = '145-tb-ubnd-2026';
    await publish(page, path.join(root, 'ket-luan', `${slug}.md`));
    const { data, body } = await frontMatter(`ket-luan/${slug}.md`);
    expect(data).toEqual({
      meeting: MEETING.slug,
      title: CONCLUSION_TITLE,
      number: '145/TB-UBND',
      issued: '2026-10-20',
      published: '2026-10-21',
      signer: { position: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' },
    });
    expect(body).toContain('giải quyết dứt điểm');
  });

  it('edits an existing meeting in another time zone without shifting its dates', async () => {
    // As an editor does: the collection's list, then the entry.
    await page.goto(`${stack.adminUrl}#/collections/hoi-nghi`);
    await page.getByText('Hội nghị đối thoại doanh nghiệp năm 2026', { exact: false }).first().click({ timeout: 30_000 });
    await field(page, 'start')
      .waitFor({ timeout: 20_000 })
      .catch(async (e) => {
        await page.screenshot({ path: path.join(SHOTS, 'failed-edit.png') });
        throw e;
      });
    expect(await field(page, 'start').inputValue()).toBe('21/05/2026');
    expect(await page.locator('[id^="start-field-"][id$="-time"]').inputValue()).toBe('08:00');
    await typeDate(page, 'start', '21/05/2026', '14:00');
    await publish(page, path.join(root, 'hoi-nghi', '2026-quy-ii.yaml'));
    await expect
      .poll(async () => (await frontMatter('hoi-nghi/2026-quy-ii.yaml')).data.start, { timeout: 30_000 })
      .toBe('2026-05-21T14:00');
    const { data } = await frontMatter('hoi-nghi/2026-quy-ii.yaml');
    expect(data).toMatchObject({ plan: { date: '2026-03-19' }, registrationDeadline: '2026-04-24' });
  });

  it('the build accepts what the CMS wrote and publishes it on the public pages', async () => {
    expect(await problemsOf(root)).toEqual([]);
    const build = await buildSite({ contentDir: root, asOf: '2026-11-22' });
    expect(build.stderr).not.toMatch(/lỗi/i);
    expect(build.status).toBe(0);
    const html = async (p: string) => readFile(path.join(build.outDir, p, 'index.html'), 'utf8');
    const meeting = await html(`hoi-nghi/${MEETING.slug}`);
    expect(meeting).toContain(MEETING.title);
    expect(meeting).toContain('08 giờ 30');
    const notice = await html('thong-bao/130-tb-ubnd-2026');
    expect(notice).toContain(NOTICE_TITLE);
    expect(notice).toContain('tep/phieu-dang-ky-quy-iv.docx');
    expect(notice).toContain('<strong>Phiếu đăng ký</strong>');
    expect(existsSync(path.join(build.outDir, 'tep', 'phieu-dang-ky-quy-iv.docx'))).toBe(true);
    expect(await html('noi-dung/bao-cao-tong-hop-kien-nghi-cua-doanh-nghiep-quy-iv-nam-2026')).toContain(CONTENT_TITLE);
    const petition = await html('kien-nghi/kn-2026-40');
    expect(petition).toContain(PETITION_TITLE);
    // The same facts, in the same order, as the preview showed.
    const publicFacts = [...petition.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((m) => m[1]!.trim());
    expect(publicFacts.filter((f) => previewFacts.includes(f))).toEqual(previewFacts);
    if (DOC_SHOTS) {
      const site = await serveStatic(build.outDir);
      await page.goto(`${site.url}kien-nghi/kn-2026-40/`);
      await page.screenshot({ path: path.join(DOC_SHOTS, 'trang-kien-nghi.png') });
      await site.close();
    }
    expect(petition).toContain('Hồ sơ được giải quyết trong 10 ngày làm việc.');
    const conclusion = await html('ket-luan/145-tb-ubnd-2026');
    expect(conclusion).toContain(CONCLUSION_TITLE);
    expect(conclusion).toContain('Nguyễn Văn An');
    // The part lists link them too.
    expect(await html('thong-bao')).toContain(NOTICE_TITLE);
    expect(await html('kien-nghi')).toContain('KN-2026-40');
    await rm(path.dirname(build.outDir), { recursive: true, force: true });
  });

  it('raised no page error other than Decap’s own "undefined" of a blocked publish', () => {
    expect(pageErrors.filter((e) => e !== 'undefined')).toEqual([]);
  });
});
