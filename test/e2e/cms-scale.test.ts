/**
 * The editor on 1,000 generated petitions (`npm run gen -- --petitions 1000`), as a ward editor finds
 * things: the list opens newest first, filters by status and year, groups by meeting; Decap's search finds
 * "kho lạnh" typed "kho lanh"; the meeting picker puts the meeting still to be held first and finds
 * "quy IV 2026". Each step is timed and printed (figures of a shared machine, never asserted).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';
import { PROJECT } from '../../tools/build-site.ts';
import { field, newEntry, openEditor } from './helpers/cms-editor.ts';
import { startDevStack, type DevStack } from './helpers/dev-stack.ts';

let root: string;
let stack: DevStack;
let browser: Browser;
let page: Page;
let petitions: { code: string; title: string; received: string; status: string; meeting: string }[];
const timings: [string, number][] = [];

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await step();
  timings.push([label, Math.round(performance.now() - start)]);
  return result;
}

beforeAll(async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'dtdn-scale-'));
  const gen = runScript('gen', ['--petitions', '1000', '--out', out]);
  if (gen.status !== 0) throw new Error(gen.stderr);
  root = out;
  petitions = await Promise.all(
    (await readdir(path.join(root, 'kien-nghi'))).map(async (name) => {
      const text = await readFile(path.join(root, 'kien-nghi', name), 'utf8');
      return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: 'core' });
    }),
  );
  stack = await startDevStack(root);
  ({ browser, page } = await openEditor(stack.adminUrl, { timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' }));
}, 600_000);

afterAll(async () => {
  console.log(
    `Trình soạn với ${petitions?.length ?? 0} kiến nghị (máy dùng chung, đang tải):\n` +
      timings.map(([label, ms]) => `  ${label}: ${(ms / 1000).toFixed(2)} s`).join('\n'),
  );
  await browser?.close();
  await stack?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The entry cards of the list on screen (their summaries). */
const cards = () => page.locator('main a[href*="#/collections/kien-nghi/entries/"]');

/**
 * Opens a list-view menu and toggles one item. Decap keeps the filter menu open after a choice (several
 * filters can be ticked), so it is closed with Escape, as a keyboard user would, before the next menu.
 */
async function openDropdown(label: string, item: string): Promise<void> {
  await page.getByText(label, { exact: true }).click();
  const entry = page.getByRole('menuitem', { name: item, exact: true });
  await entry.click();
  if (await entry.isVisible()) await page.keyboard.press('Escape');
  await entry.waitFor({ state: 'hidden', timeout: 10_000 });
}

describe('1,000 petitions in the editor', () => {
  it('opens the list newest received first', async () => {
    const newest = [...petitions].sort((a, b) => (a.received < b.received ? 1 : -1))[0]!;
    await timed('mở danh sách kiến nghị (đến thẻ đầu tiên)', async () => {
      await page.goto(`${stack.adminUrl}#/collections/kien-nghi`);
      await cards().first().waitFor({ timeout: 120_000 });
    });
    const first = await cards().first().innerText();
    expect(first).toContain(newest.received.split('-').reverse().join('/'));
    await page.screenshot({ path: path.join(PROJECT, 'test-results', 'cms-scale-list.png') });
  });

  it('filters by status and by year, groups by meeting', async () => {
    const pending = petitions.filter((p) => p.status === 'pending').length;
    await timed('lọc "Tình trạng: Đang xử lý"', async () => {
      await openDropdown('Lọc theo', 'Tình trạng: Đang xử lý');
      await expect.poll(() => cards().count(), { timeout: 60_000 }).toBe(pending);
    });
    await openDropdown('Lọc theo', 'Tình trạng: Đang xử lý');
    await expect.poll(() => cards().count(), { timeout: 60_000 }).toBe(petitions.length);
    const in2025 = petitions.filter((p) => p.received.startsWith('2025-')).length;
    await timed('lọc "Ngày tiếp nhận: năm 2025"', async () => {
      await openDropdown('Lọc theo', 'Ngày tiếp nhận: năm 2025');
      await expect.poll(() => cards().count(), { timeout: 60_000 }).toBe(in2025);
    });
    await openDropdown('Lọc theo', 'Ngày tiếp nhận: năm 2025');
    const meetings = new Set(petitions.map((p) => p.meeting)).size;
    await timed('nhóm theo hội nghị', async () => {
      await openDropdown('Nhóm theo', 'Hội nghị');
      await expect.poll(() => page.locator('main h2').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(meetings);
    });
    await page.screenshot({ path: path.join(PROJECT, 'test-results', 'cms-scale-groups.png') });
    await openDropdown('Nhóm theo', 'Hội nghị');
  });

  it('finds "kho lạnh" typed without marks', async () => {
    const expected = petitions.filter((p) => p.title.includes('kho lạnh')).length;
    expect(expected).toBeGreaterThan(0);
    await timed('tìm "kho lanh" (không dấu)', async () => {
      const search = page.getByPlaceholder(/Tìm/).first();
      await search.click();
      await search.fill('kho lanh');
      await search.press('Enter');
      await page
        .getByText(/Kết quả tìm kiếm/)
        .first()
        .waitFor({ timeout: 120_000 });
      await expect.poll(() => page.locator('main a[href*="/entries/"]').count(), { timeout: 120_000 }).toBeGreaterThan(0);
    });
    const first = await page.locator('main a[href*="/entries/"]').first().innerText();
    expect(first).toContain('kho lạnh');
  });

  it('the meeting picker: the meeting still to be held first, "quy IV 2026" finds it', async () => {
    await timed('mở kiến nghị mới đến khi có danh sách hội nghị', async () => {
      await newEntry(page, stack.adminUrl, 'kien-nghi', 'code');
      await expect.poll(() => field(page, 'meeting').locator('option').count(), { timeout: 120_000 }).toBeGreaterThan(20);
    });
    const options = await field(page, 'meeting').locator('option').allInnerTexts();
    expect(options[1]).toContain('2026-quy-iv');
    const id = await field(page, 'meeting').getAttribute('id');
    await timed('tìm hội nghị "quy IV 2026"', async () => {
      await page.locator(`[id="meeting-search-${id}"]`).fill('quy IV 2026');
      await expect.poll(() => field(page, 'meeting').locator('option').count()).toBe(2);
    });
    expect(await field(page, 'meeting').locator('option').nth(1).innerText()).toContain('quý IV năm 2026');
    await page.screenshot({ path: path.join(PROJECT, 'test-results', 'cms-scale-meeting.png') });
  });
});
