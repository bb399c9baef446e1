/**
 * The build's checks inside the editor (cms/admin/validation.ts), in Chromium through `npm run dev` on a
 * temporary copy of the minimal content root: a petition the build would refuse is blocked at the field
 * with the build's own Vietnamese message and nothing is written; dates typed key by key are saved
 * exactly, with the browser in Vietnamese and in American English; a new holiday calendar is written as
 * `lich-nghi/<year>.yaml`; a valid petition still saves and the build accepts it.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { FIXTURES, problemsOf } from '../helpers/content-root.ts';
import { PROJECT } from '../../tools/build-site.ts';
import {
  field,
  fillMarkdown,
  fillText,
  newEntry,
  openEditor,
  pick,
  pickMeeting,
  publish,
  typeDate,
  uploadFile,
} from './helpers/cms-editor.ts';
import { startDevStack, type DevStack } from './helpers/dev-stack.ts';

let root: string;
let stack: DevStack;
let browser: Browser;
let page: Page;

const MEETING_TITLE = 'Hội nghị đối thoại doanh nghiệp năm 2026';

/** A petition edited by hand whose meeting does not exist (the build would refuse the whole root). */
const BROKEN = 'kien-nghi/kn-2026-32.md';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dtdn-cms-check-'));
  await cp(path.join(FIXTURES, 'minimal'), root, { recursive: true });
  const text = (await readFile(path.join(root, 'kien-nghi', 'kn-2026-01.md'), 'utf8'))
    .replace('meeting: 2026-quy-ii', 'meeting: 2026-quy-ix')
    .replace('code: KN-2026-01', 'code: KN-2026-32');
  await writeFile(path.join(root, BROKEN), text);
  stack = await startDevStack(root);
  ({ browser, page } = await openEditor(stack.adminUrl, { timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' }));
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await page.screenshot({
      path: path.join(PROJECT, 'test-results', `cms-validation-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`),
    });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** A petition's required fields, valid; each test then breaks one thing. */
async function validPetition(code: string): Promise<void> {
  await newEntry(page, stack.adminUrl, 'kien-nghi', 'code');
  await pickMeeting(page, MEETING_TITLE, 'nam 2026');
  await fillText(page, 'code', code);
  await fillText(page, 'title', 'Đề nghị hỗ trợ thủ tục đất đai cho nhà xưởng');
  await fillText(page, 'name', 'Công ty TNHH Kho lạnh Hải Phòng');
  await pick(page, 'kind', 'Doanh nghiệp');
  await typeDate(page, 'received', '05112026');
  await pick(page, 'channel', 'Cổng thông tin điện tử');
  await pick(page, 'group', 'Đất đai');
  await pick(page, 'scope', 'Thuộc thẩm quyền');
  await pick(page, 'status', 'Đang xử lý');
  await fillMarkdown(page, 'body', 'Công ty đề nghị hướng dẫn thủ tục thuê đất mở rộng kho lạnh.');
}

/** The error Decap shows above a field (its control's errors list), by the field's key. */
async function fieldErrors(key: string): Promise<string> {
  const label = page.locator(`label[for^="${key}-field-"]`).first();
  // The errors list sits in the field's top bar, before its label.
  const bar = label.locator('xpath=..');
  return (await bar.innerText()).replace(/\s+/g, ' ');
}

async function tryPublish(): Promise<void> {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
  await page.waitForTimeout(1500);
}

async function petitionFiles(): Promise<string[]> {
  return (await readdir(path.join(root, 'kien-nghi'))).sort();
}

describe('npm run dev with invalid content', () => {
  it('shows the build’s Vietnamese problem list on every page, no English stack trace, no false "nothing published"', async () => {
    for (const page of ['', 'kien-nghi/', 'hoi-nghi/2026-quy-ii/']) {
      const response = await fetch(`${stack.siteUrl}${page}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(500);
      const html = await response.text();
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain('kien-nghi/kn-2026-32.md');
      expect(html).toContain('không có hội nghị &quot;2026-quy-ix&quot;');
      expect(html).toContain(t('report.devShown'));
      expect(html).not.toContain(t('report.nothingPublished'));
      expect(html).not.toMatch(/at \S+ \(|Error:|stack/i);
    }
    // The editor still opens.
    expect((await fetch(stack.adminUrl)).status).toBe(200);
  });
});

describe('the build’s checks block a save at the field', () => {
  it('a citizen ID number in the text', async () => {
    const before = await petitionFiles();
    await validPetition('KN-2026-30');
    await fillMarkdown(page, 'body', ' Liên hệ ông A, CCCD 031090012345.');
    await tryPublish();
    const errors = await fieldErrors('body');
    expect(errors).toContain('số định danh cá nhân');
    // The number itself is masked in the message, as in the build's log.
    expect(errors).not.toContain('031090012345');
    expect(await petitionFiles()).toEqual(before);
  });

  it('a code that already exists: flagged while typing, blocked on save, the next free code offered', async () => {
    const before = await petitionFiles();
    await validPetition('KN-2026-01');
    await expect.poll(() => page.getByText('Mã KN-2026-01 đã dùng cho kien-nghi/kn-2026-01.md', { exact: false }).count()).toBe(1);
    await tryPublish();
    expect((await fieldErrors('code')).toLowerCase()).toContain(
      t('error.duplicateCode', { found: 'KN-2026-01', others: 'kien-nghi/kn-2026-01.md' }).toLowerCase(),
    );
    expect(await petitionFiles()).toEqual(before);
    // The highest code of 2026 is the hand-edited KN-2026-32: the next free one is KN-2026-33.
    await page.getByRole('button', { name: 'Dùng mã trống kế tiếp: KN-2026-33' }).click();
    expect(await field(page, 'code').inputValue()).toBe('KN-2026-33');
    await expect.poll(() => page.getByText('Mã KN-2026-33 chưa dùng.').count()).toBe(1);
  });

  it('an answer dated before the petition was received', async () => {
    const before = await petitionFiles();
    await validPetition('KN-2026-31');
    await pick(page, 'status', 'Đã trả lời bằng văn bản');
    await typeDate(page, 'date', '01/11/2026');
    await fillText(page, 'by', 'Phòng Kinh tế, Hạ tầng và Đô thị');
    await fillMarkdown(page, 'text', 'Đã hướng dẫn.');
    await tryPublish();
    expect(await fieldErrors('date')).toMatch(/Ngày trả lời.*trước.*Ngày tiếp nhận|trước ngày tiếp nhận/i);
    expect(await petitionFiles()).toEqual(before);
  });

  it('a meeting that does not exist (a file edited by hand, opened in the editor)', async () => {
    const file = path.join(root, BROKEN);
    const before = await readFile(file, 'utf8');
    // As an editor does (and Decap needs): the list, then the entry.
    await page.goto(`${stack.adminUrl}#/collections/kien-nghi`);
    await page.getByText('KN-2026-32', { exact: false }).first().click({ timeout: 60_000 });
    await expect.poll(() => field(page, 'code').inputValue(), { timeout: 60_000 }).toBe('KN-2026-32');
    await fillText(page, 'title', 'Đề nghị hướng dẫn thủ tục cấp phép xây dựng kho lạnh');
    await tryPublish();
    expect(await fieldErrors('meeting')).toContain('2026-quy-ix');
    expect(await readFile(file, 'utf8')).toBe(before);
    await rm(file);
    // The file gone, the development site recovers by itself.
    await expect
      .poll(async () => (await fetch(`${stack.siteUrl}kien-nghi/`, { headers: { accept: 'text/html' } })).status, { timeout: 60_000 })
      .toBe(200);
  });

  it('an upload of a type the portal does not publish', async () => {
    const before = await petitionFiles();
    const dir = await mkdtemp(path.join(tmpdir(), 'dtdn-upload-'));
    const bad = path.join(dir, 'tra-loi.exe');
    await writeFile(bad, 'MZ not a document');
    await validPetition('KN-2026-33');
    await pick(page, 'status', 'Đã trả lời bằng văn bản');
    await typeDate(page, 'date', '20/11/2026');
    await fillText(page, 'by', 'Phòng Kinh tế, Hạ tầng và Đô thị');
    await fillMarkdown(page, 'text', 'Đã hướng dẫn.');
    await uploadFile(page, 0, bad);
    await tryPublish();
    expect(await fieldErrors('file')).toContain('tep/tra-loi.exe');
    expect(await fieldErrors('file')).toMatch(/pdf, doc, docx/);
    expect(await petitionFiles()).toEqual(before);
    expect(existsSync(path.join(root, 'tep', 'tra-loi.exe'))).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });

  it('a year typed wrong is refused at the field, never stored', async () => {
    await validPetition('KN-2026-34');
    await typeDate(page, 'received', '05111906');
    expect(await page.locator('.dtdn-date-echo').first().innerText()).toContain('1906');
    await tryPublish();
    expect(await fieldErrors('received')).toContain('1906');
    expect(existsSync(path.join(root, 'kien-nghi', 'kn-2026-34.md'))).toBe(false);
  });

  it('a valid petition still saves, dated as typed, and the build accepts it', async () => {
    await validPetition('KN-2026-35');
    await publish(page, path.join(root, 'kien-nghi', 'kn-2026-35.md'));
    const text = await readFile(path.join(root, 'kien-nghi', 'kn-2026-35.md'), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: 'core' });
    expect(data).toMatchObject({ code: 'KN-2026-35', meeting: '2026-quy-ii', received: '2026-11-05', status: 'pending' });
    expect(await problemsOf(root)).toEqual([]);
  });

  it('a new holiday calendar is written as lich-nghi/<year>.yaml', async () => {
    await newEntry(page, stack.adminUrl, 'lich-nghi', 'year');
    await field(page, 'year').fill('2027');
    await fillText(page, 'source', 'Thông báo của Bộ Nội vụ về lịch nghỉ năm 2027');
    await publish(page, path.join(root, 'lich-nghi', '2027.yaml'));
    const data = parse(await readFile(path.join(root, 'lich-nghi', '2027.yaml'), 'utf8'), { schema: 'core' });
    expect(data).toMatchObject({ year: 2027, confirmed: false });
    // The list shows it by its year.
    await page.goto(`${stack.adminUrl}#/collections/lich-nghi`);
    await expect.poll(() => page.getByText('2027', { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await problemsOf(root)).toEqual([]);
  });
});

describe('dates typed key by key are stored exactly, whatever the browser’s language', () => {
  const cases = [
    {
      locale: 'vi-VN',
      start: ['15102026', '0830'],
      deadline: '05102026',
      stored: ['2026-10-15T08:30', '2026-10-05'],
      shown: ['15/10/2026', '05/10/2026'],
      echoes: ['08 giờ 30, Thứ Năm, ngày 15 tháng 10 năm 2026', 'Thứ Hai, ngày 05 tháng 10 năm 2026'],
    },
    {
      locale: 'en-US',
      start: ['16/10/2026', '14:05'],
      deadline: '06102026',
      stored: ['2026-10-16T14:05', '2026-10-06'],
      shown: ['16/10/2026', '06/10/2026'],
      echoes: ['14 giờ 05, Thứ Sáu, ngày 16 tháng 10 năm 2026', 'Thứ Ba, ngày 06 tháng 10 năm 2026'],
    },
  ];
  for (const { locale, start, deadline, stored, shown, echoes: expectedEchoes } of cases) {
    it(`${locale}: ${start.join(' ')} is ${stored[0]}, ${deadline} is ${stored[1]}`, async () => {
      const { browser: other, page: p } = await openEditor(stack.adminUrl, { timezoneId: 'America/Los_Angeles', locale });
      try {
        await p.goto(`${stack.adminUrl}#/collections/hoi-nghi`);
        await p.getByText(MEETING_TITLE).first().click({ timeout: 60_000 });
        await field(p, 'start').waitFor({ timeout: 60_000 });
        const file = path.join(root, 'hoi-nghi', '2026-quy-ii.yaml');
        await typeDate(p, 'start', start[0]!, start[1]);
        await typeDate(p, 'registrationDeadline', deadline);
        expect(await field(p, 'start').inputValue()).toBe(shown[0]);
        expect(await field(p, 'registrationDeadline').inputValue()).toBe(shown[1]);
        // The dates echoed in words beside the fields.
        const echoes = await p.locator('.dtdn-date-echo').allInnerTexts();
        for (const echo of expectedEchoes) expect(echoes).toContain(echo);
        await publish(p, file);
        await expect
          .poll(async () => parse(await readFile(file, 'utf8'), { schema: 'core' }).registrationDeadline, { timeout: 30_000 })
          .toBe(stored[1]);
        const data = parse(await readFile(file, 'utf8'), { schema: 'core' });
        expect(data.start).toBe(stored[0]);
      } finally {
        await other.close();
      }
    });
  }
});
