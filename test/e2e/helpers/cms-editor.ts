/** Driving the Decap CMS editor in Chromium, by the Vietnamese UI's labels and Decap's field ids. */
import { existsSync, statSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowserWith } from '../../../tools/browser.ts';

/** The first input of a field by key: Decap's ids are `<key>-field-<n>`. */
export const field = (page: Page, key: string) => page.locator(`[id^="${key}-field-"]`).first();

/**
 * A Vietnamese Chromium (date inputs as dd/mm/yyyy) with the editor open and logged in: Markdown fields in
 * their Markdown mode (Decap remembers the editor's choice the same way), and Decap's "leave unsaved
 * changes?" dialogs accepted, so that a test that failed midway does not block the next. The page's
 * uncaught errors, from the first load on, are collected in `pageErrors`.
 */
export async function openEditor(
  adminUrl: string,
  options: BrowserContextOptions,
): Promise<{ browser: Browser; page: Page; pageErrors: string[] }> {
  const browser = await launchBrowserWith(['--lang=vi']);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(() => localStorage.setItem('cms.md-mode', 'raw'));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error.message)));
  page.on('dialog', (dialog) => void dialog.accept());
  await login(page, adminUrl);
  return { browser, page, pageErrors };
}

/** Logs in through the local backend (decap-server): one button, no password. */
export async function login(page: Page, adminUrl: string): Promise<void> {
  // The first request bundles the admin script: slow on a busy machine.
  await page.goto(adminUrl, { timeout: 180_000 });
  await page.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 90_000 });
  await page.waitForURL(/#\/collections\//, { timeout: 60_000 });
}

/** Opens a new entry of a collection. */
export async function newEntry(page: Page, adminUrl: string, collection: string, firstField: string): Promise<void> {
  // Through the collection's list, as an editor goes: from one entry's URL straight to another's, Decap
  // keeps the old form and its values.
  await page.goto(`${adminUrl}#/collections/${collection}`);
  await page
    .getByText(/^Tạo mới:/)
    .first()
    .waitFor({ timeout: 60_000 });
  await page.goto(`${adminUrl}#/collections/${collection}/new`);
  await field(page, firstField).waitFor({ timeout: 60_000 });
  await expect
    .poll(
      () =>
        field(page, firstField)
          .inputValue()
          .catch(() => ''),
      { timeout: 10_000 },
    )
    .toBe('');
}

export async function fillText(page: Page, key: string, value: string): Promise<void> {
  await field(page, key).fill(value);
}

/** A select or relation field: open it, type to filter, click the option with exactly this text. */
export async function pick(page: Page, key: string, option: string, typed?: string): Promise<void> {
  const input = field(page, key);
  const choice = page.getByRole('option', { name: option, exact: true });
  await input.click();
  if (typed) await input.pressSequentially(typed, { delay: 20 });
  // On a busy machine the menu sometimes misses the first click (the form is still re-rendering):
  // the keyboard opens it too.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await choice.waitFor({ timeout: 5_000 });
      break;
    } catch {
      await input.focus();
      await page.keyboard.press('ArrowDown');
    }
  }
  await choice.click({ timeout: 20_000 });
}

/**
 * Types a date into the project's date widget key by key, as an editor does (never `.fill()`, which skips
 * the per-key path where decap-cms#7939 lost the year): `typed` as the editor writes it, `05/11/2026` or
 * `05112026`. With `time`, the date-time widget's time box gets `08:30` the same way.
 */
export async function typeDate(page: Page, key: string, typed: string, time?: string): Promise<void> {
  const input = field(page, key);
  await input.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(typed, { delay: 15 });
  if (time !== undefined) {
    const id = await input.getAttribute('id');
    await page.locator(`[id="${id}-time"]`).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(time, { delay: 15 });
  }
}

/** The meeting picker: search (marks optional), then choose the option whose label starts with `title`. */
export async function pickMeeting(page: Page, title: string, search?: string): Promise<void> {
  const select = field(page, 'meeting');
  await select.waitFor({ timeout: 60_000 });
  const id = await select.getAttribute('id');
  if (search) await page.locator(`[id="meeting-search-${id}"]`).fill(search);
  const option = select.locator('option').filter({ hasText: title }).first();
  await option.waitFor({ state: 'attached', timeout: 60_000 });
  await select.selectOption((await option.getAttribute('value'))!);
}

/** A Markdown field (a Slate editor, labelled `<key>-field-…`), typed in its Markdown mode so `**` stays Markdown. */
export async function fillMarkdown(page: Page, key: string, value: string): Promise<void> {
  const editor = page
    .locator(`xpath=//label[starts-with(@for, "${key}-field-")]/ancestor::div[.//*[@data-slate-editor]][1]//*[@data-slate-editor]`)
    .first();
  await editor.click();
  const lines = value.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    if (line) await page.keyboard.insertText(line);
  }
}

/** Uploads a file through the media library into `tep/` and chooses it for the field. */
export async function uploadFile(page: Page, buttonIndex: number, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Chọn tệp', exact: true }).nth(buttonIndex).click();
  await page.locator('input[type=file]').setInputFiles(file);
  // The new upload is already selected: choosing it directly (clicking its card would deselect it).
  await page.getByRole('button', { name: 'Dùng tệp đã chọn' }).click({ timeout: 30_000 });
}

/** Publishes the entry and waits until the backend has written `file` (a path) or changed it. */
export async function publish(page: Page, file: string): Promise<void> {
  const before = existsSync(file) ? statSync(file).mtimeMs : undefined;
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
  const deadline = Date.now() + 30_000;
  while (!existsSync(file) || statSync(file).mtimeMs === before) {
    if (Date.now() > deadline) throw new Error(`the CMS did not write ${file}`);
    await page.waitForTimeout(200);
  }
  // Let the editor settle (it reloads the entry) before the next navigation.
  await page
    .getByText('Không có thay đổi chưa lưu', { exact: false })
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
}

/**
 * Waits until the preview pane shows the entry with the public site's stylesheet applied (the facts list
 * laid out as the site's grid), and returns the preview's font family, to show it is the site's.
 */
export async function previewStyled(page: Page): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    for (const frame of page.frames()) {
      const style = await frame
        .evaluate(() => {
          const facts = document.querySelector('.facts');
          return facts
            ? { display: getComputedStyle(facts).display, font: getComputedStyle(document.documentElement).fontFamily }
            : undefined;
        })
        .catch(() => undefined);
      if (style?.display === 'grid') return style.font;
    }
    if (Date.now() > deadline) throw new Error('the preview never showed the site stylesheet (.facts as a grid)');
    await page.waitForTimeout(200);
  }
}

/** The texts of the elements matching `selector` in the preview pane. */
export async function previewTexts(page: Page, selector: string): Promise<string[]> {
  for (const frame of page.frames()) {
    const texts = await frame.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector).catch(() => []);
    if (texts.length) return texts;
  }
  return [];
}
