/**
 * The editorial workflow (draft → in review → ready → publish) as editors use it on a Git host, run
 * locally: decap-server in git mode (`DECAP_MODE=git npm run dev`) keeps each draft on its own branch
 * `cms/<collection>/<slug>` and merges it into `main` on publish, as a pull request would be merged.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../../tools/build-site.ts';
import { FIXTURES, problemsOf } from '../helpers/content-root.ts';
import { fillMarkdown, fillText, newEntry, openEditor, pick, pickMeeting, previewStyled, typeDate } from './helpers/cms-editor.ts';
import { startDevStack, type DevStack } from './helpers/dev-stack.ts';

const SHOTS = path.join(PROJECT, 'test-results', 'cms');
/** `CMS_DOC_SHOTS=1` refreshes the editor's guide's screenshot of the workflow menu. */
const DOC_SHOTS = process.env.CMS_DOC_SHOTS === '1' ? path.join(PROJECT, 'docs', 'anh') : undefined;
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Biên tập viên',
  GIT_AUTHOR_EMAIL: 'bientap@phuong.gov.vn',
  GIT_COMMITTER_NAME: 'Biên tập viên',
  GIT_COMMITTER_EMAIL: 'bientap@phuong.gov.vn',
};

let root: string;
let stack: DevStack;
let browser: Browser;
let page: Page;
const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', env: { ...process.env, ...IDENTITY } });
const onMain = (file: string) => {
  try {
    return git('show', `main:${file}`);
  } catch {
    return undefined;
  }
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dtdn-cms-git-'));
  await cp(path.join(FIXTURES, 'minimal'), root, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'Nội dung ban đầu');
  await mkdir(SHOTS, { recursive: true });
  stack = await startDevStack(root, undefined, { DECAP_MODE: 'git', ...IDENTITY });
  ({ browser, page } = await openEditor(stack.adminUrl, { timezoneId: 'Europe/Paris' }));
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the editorial workflow', () => {
  it('saves a draft on its own branch, not on main', async () => {
    await newEntry(page, stack.adminUrl, 'kien-nghi', 'code');
    await pickMeeting(page, 'Hội nghị đối thoại doanh nghiệp năm 2026', 'nam 2026');
    await fillText(page, 'code', 'KN-2026-41');
    await fillText(page, 'title', 'Đề nghị hỗ trợ tiếp cận vốn vay ưu đãi');
    await fillText(page, 'name', 'Hợp tác xã Dịch vụ Nông nghiệp An Phú');
    await pick(page, 'kind', 'Hợp tác xã');
    await typeDate(page, 'received', '10/04/2026');
    await pick(page, 'channel', 'Cổng thông tin điện tử');
    await pick(page, 'group', 'Tín dụng');
    await pick(page, 'scope', 'Thuộc thẩm quyền');
    await pick(page, 'status', 'Đang xử lý');
    await fillMarkdown(page, 'body', 'Hợp tác xã đề nghị hỗ trợ tiếp cận vốn vay ưu đãi.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: /Trạng thái: Bản nháp/ }).waitFor({ timeout: 30_000 });
    expect(git('branch', '--list', 'cms/*').trim()).toBe('cms/kien-nghi/kn-2026-41');
    expect(git('show', 'cms/kien-nghi/kn-2026-41:kien-nghi/kn-2026-41.md')).toContain('code: KN-2026-41');
    expect(git('log', '-1', '--format=%s', 'cms/kien-nghi/kn-2026-41').trim()).toBe('Thêm Kiến nghị “kn-2026-41”');
    expect(onMain('kien-nghi/kn-2026-41.md')).toBeUndefined();
  });

  it('moves it to review, then ready, and publishing merges it into main', async () => {
    await page.getByRole('button', { name: /Trạng thái: Bản nháp/ }).click();
    await page.getByRole('menuitem', { name: 'Đang xét duyệt' }).click();
    await expect
      .poll(() => git('config', '--get', 'branch.cms/kien-nghi/kn-2026-41.description').trim(), { timeout: 15_000 })
      .toBe('decap-cms/pending_review');
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.Toastify')) el.style.display = 'none';
    });
    await previewStyled(page);
    await page.getByRole('button', { name: /Trạng thái: Đang xét duyệt/ }).click();
    await page.screenshot({ path: path.join(SHOTS, 'cms-duyet-bai.png') });
    if (DOC_SHOTS) await copyFile(path.join(SHOTS, 'cms-duyet-bai.png'), path.join(DOC_SHOTS, 'cms-duyet-bai.png'));
    await page.getByRole('menuitem', { name: 'Sẵn sàng' }).click();
    await expect
      .poll(() => git('config', '--get', 'branch.cms/kien-nghi/kn-2026-41.description').trim(), { timeout: 15_000 })
      .toBe('decap-cms/pending_publish');
    expect(onMain('kien-nghi/kn-2026-41.md')).toBeUndefined();
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay', { exact: true }).click();
    await expect.poll(() => onMain('kien-nghi/kn-2026-41.md') !== undefined, { timeout: 30_000 }).toBe(true);
    await expect.poll(() => git('branch', '--list', 'cms/*').trim(), { timeout: 15_000 }).toBe('');
    expect(git('status', '--porcelain').trim()).toBe('');
    // What was merged is valid content: the build would publish it.
    expect(await problemsOf(root)).toEqual([]);
  });
});
