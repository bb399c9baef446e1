/**
 * The editor as a build for a Git host ships it (index.html, the bundled script, config.yml from
 * cms/config.ts), served statically and opened in Chromium: with `CMS_BACKEND=forgejo` Decap's Forgejo
 * backend starts and shows its login screen, in Vietnamese; GitLab (PKCE) and Gitea (simple publishing)
 * likewise. Logging in needs the real host and is not done here.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleAdmin } from '../../cms/bundle.ts';
import { cmsConfig, gitHostFromEnv } from '../../cms/config.ts';
import { ADMIN_CSS, adminHtml } from '../../src/integrations/cms-admin.ts';
import { launchBrowserWith } from '../../tools/browser.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';

let dir: string;
let script: Uint8Array;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dtdn-backends-'));
  script = await bundleAdmin({ minify: true });
  browser = await launchBrowserWith(['--lang=vi']);
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Writes the admin of one backend into its own folder and serves it. */
async function serveAdmin(name: string, env: Record<string, string>): Promise<StaticSite> {
  const root = path.join(dir, name);
  const admin = path.join(root, 'admin');
  await mkdir(admin, { recursive: true });
  const backend = gitHostFromEnv({ CMS_REPO: 'ubnd-phuong/doi-thoai', ...env })!;
  await writeFile(path.join(admin, 'config.yml'), stringify(cmsConfig({ backend, contentPath: 'content' }), { lineWidth: 0 }));
  await writeFile(path.join(admin, 'cms.js'), script);
  await writeFile(path.join(admin, 'site.css'), '');
  await writeFile(path.join(admin, 'index.html'), adminHtml());
  return serveStatic(root);
}

describe('the editor built for each Git host starts and shows its login screen', () => {
  const hosts: { name: string; env: Record<string, string>; button: string }[] = [
    {
      name: 'forgejo',
      env: { CMS_BACKEND: 'forgejo', CMS_API_ROOT: 'https://git.donvi.gov.vn/api/v1', CMS_APP_ID: 'client' },
      button: 'Đăng nhập bằng Forgejo',
    },
    {
      name: 'gitlab',
      env: { CMS_BACKEND: 'gitlab', CMS_BASE_URL: 'https://git.donvi.gov.vn', CMS_APP_ID: 'app' },
      button: 'Đăng nhập bằng GitLab',
    },
    {
      name: 'gitea',
      env: { CMS_BACKEND: 'gitea', CMS_PUBLISH_MODE: 'simple', CMS_BASE_URL: 'https://git.donvi.gov.vn', CMS_APP_ID: 'client' },
      button: 'Đăng nhập bằng Gitea',
    },
  ];
  for (const host of hosts) {
    it(`${host.name}: "${host.button}", no configuration error`, async () => {
      const site = await serveAdmin(host.name, host.env);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(`${site.url}admin/`, { timeout: 120_000 });
        await page.getByRole('button', { name: host.button }).waitFor({ timeout: 120_000 });
        expect(await page.getByText('Lỗi cấu hình').count()).toBe(0);
        expect(await page.evaluate(() => getComputedStyle(document.body).textTransform)).toBe('none');
        expect(errors).toEqual([]);
        if (host.name === 'forgejo') await page.screenshot({ path: path.join(dir, '..', 'dtdn-forgejo-login.png') });
      } finally {
        await page.close();
        await site.close();
      }
    });
  }

  it('the admin page carries the editor’s own styles (no capitals)', () => {
    expect(adminHtml()).toContain(ADMIN_CSS);
    expect(ADMIN_CSS).toContain('text-transform:none');
  });
});
