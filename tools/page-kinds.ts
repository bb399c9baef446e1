/** The built site's pages, one of every kind, and every page: what the accessibility, link and HTML checks and `npm run weight` walk. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const BASE = '/doi-thoai-doanh-nghiep/';

/** Every HTML page of a built site (the CMS excluded: Decap's app is not ours to check), relative to it. */
export function builtPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((p) => !p.startsWith('admin/') && !p.startsWith('pagefind/'))
    .sort();
}

/** The first built page under a folder (`kiem-tra/`, `bao-cao/`), if the site has one. */
function firstUnder(siteDir: string, folder: string): string | undefined {
  const dir = path.join(siteDir, folder);
  if (!existsSync(dir)) return undefined;
  if (existsSync(path.join(dir, 'index.html'))) return `${folder}/`;
  const sub = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')));
  return sub ? `${folder}/${sub.name}/` : undefined;
}

const LIST_FOLDERS = new Set(['trang', 'tinh-trang', 'nhom']);

/**
 * The demo's page for a kind when the site has it; on another content root (a generated corpus), the
 * first page of the same folder.
 */
function pick(siteDir: string, route: string): string | undefined {
  if (existsSync(path.join(siteDir, route, 'index.html'))) return route;
  const folder = path.posix.dirname(route.replace(/\/$/, ''));
  const dir = path.join(siteDir, folder);
  if (!existsSync(dir)) return undefined;
  const sub = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !LIST_FOLDERS.has(e.name) && existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0];
  return sub ? `${folder}/${sub}/` : undefined;
}

/** One page of every kind, by name; the audit and the report when the site has them. */
export function pageKinds(siteDir: string): Record<string, string | undefined> {
  return {
    home: '',
    'part 1 list': 'thong-bao/',
    'part 2 list': 'noi-dung/',
    'part 3 list': 'kien-nghi/',
    'part 3 filtered by status': pick(siteDir, 'kien-nghi/tinh-trang/dang-xu-ly/'),
    'part 3 filtered by group': pick(siteDir, 'kien-nghi/nhom/dat-dai/'),
    'part 4 list': 'ket-luan/',
    meetings: 'hoi-nghi/',
    meeting: pick(siteDir, 'hoi-nghi/2026-quy-ii/'),
    'plan (part 1)': pick(siteDir, 'thong-bao/kh-80-2026-ke-hoach-doi-thoai/'),
    'agenda (part 2)': pick(siteDir, 'noi-dung/chuong-trinh-hoi-nghi-2026/'),
    'petition (part 3)': pick(siteDir, 'kien-nghi/kn-2026-06/'),
    'conclusion (part 4)': pick(siteDir, 'ket-luan/tb-95-2026-ket-luan-hoi-nghi/'),
    search: 'tim-kiem/?q=dat+dai',
    'take part': firstUnder(siteDir, 'tham-gia'),
    audit: firstUnder(siteDir, 'kiem-tra'),
    report: firstUnder(siteDir, 'bao-cao'),
    'not found': '404.html',
  };
}
