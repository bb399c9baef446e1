/** What a build puts at /admin/: the editor for a configured Git host, or a setup page; never in search or the sitemap. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../tools/build-site.ts';
import { FIXTURES } from '../helpers/content-root.ts';

const minimal = path.join(FIXTURES, 'minimal');
let plain: BuildResult;
let withRepo: BuildResult;

beforeAll(async () => {
  plain = await buildSite({ contentDir: minimal, asOf: '2026-11-22' });
  withRepo = await buildSite({
    contentDir: minimal,
    asOf: '2026-11-22',
    env: {
      CMS_REPO: 'ubnd-thu-nghiem/doi-thoai',
      CMS_BACKEND: 'gitlab',
      CMS_BRANCH: 'main',
      CMS_APP_ID: 'app-123',
      SITE: 'https://thunghiem.haiphong.gov.vn',
    },
  });
  for (const build of [plain, withRepo]) if (build.status !== 0) throw new Error(build.stderr);
});
afterAll(async () => {
  for (const build of [plain, withRepo]) await rm(path.dirname(build.outDir), { recursive: true, force: true });
});

describe('/admin/ in a build', () => {
  it('without a backend, is a Vietnamese setup page with no editor script', () => {
    const html = readFileSync(path.join(plain.outDir, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('Trang quản trị nội dung chưa được cấu hình');
    expect(html).toContain('npm run dev');
    expect(html).not.toContain('<script');
    expect(readdirSync(path.join(plain.outDir, 'admin'))).toEqual(['index.html']);
  });

  it('with CMS_REPO, is the editor for that Git host with the editorial workflow, bundled, no CDN', () => {
    const admin = path.join(withRepo.outDir, 'admin');
    expect(readdirSync(admin).sort()).toEqual(['cms.js', 'config.yml', 'index.html', 'site.css']);
    const html = readFileSync(path.join(admin, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<script src="cms.js"></script>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const config = parse(readFileSync(path.join(admin, 'config.yml'), 'utf8'));
    expect(config).toMatchObject({
      locale: 'vi',
      publish_mode: 'editorial_workflow',
      backend: { name: 'gitlab', repo: 'ubnd-thu-nghiem/doi-thoai', branch: 'main', app_id: 'app-123', auth_type: 'pkce' },
      media_folder:
        path
          .relative(path.resolve(import.meta.dirname, '../..'), minimal)
          .split(path.sep)
          .join('/') + '/tep',
      site_url: 'https://thunghiem.haiphong.gov.vn/doi-thoai-doanh-nghiep/',
    });
    const script = readFileSync(path.join(admin, 'cms.js'), 'utf8');
    // The Vietnamese locale and our previews are in the one bundle.
    expect(script.includes('Bản xem trước: trang công khai'), 'preview note in the bundle').toBe(true);
    expect(script.includes('Đăng nhập'), 'Vietnamese locale in the bundle').toBe(true);
    expect(/["'`]https?:\/\/(unpkg|cdn|cdnjs|jsdelivr)/.test(script), 'no CDN URL in the bundle').toBe(false);
    console.log(`admin bundle: ${(script.length / 1e6).toFixed(2)} MB`);
  });

  it('is no page of search or the sitemap', () => {
    for (const build of [plain, withRepo]) {
      expect(readFileSync(path.join(build.outDir, 'admin', 'index.html'), 'utf8')).not.toContain('data-pagefind');
      for (const file of readdirSync(build.outDir).filter((f) => /^sitemap.*\.xml$/.test(f))) {
        expect(readFileSync(path.join(build.outDir, file), 'utf8')).not.toContain('/admin/');
      }
      if (existsSync(path.join(build.outDir, 'pagefind'))) {
        expect(JSON.stringify(readdirSync(path.join(build.outDir, 'pagefind')))).not.toContain('admin');
      }
    }
  });
});
