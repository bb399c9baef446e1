/**
 * Safety through the real build (scripts/build.ts): what an attacker writes into a petition never
 * reaches a page; every page carries the Content-Security-Policy; a failed build, whether the content
 * is refused or Astro itself fails, leaves the last good `dist/` byte for byte.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/lib/present/security/policy.ts';
import { buildSite, type BuildResult } from '../../tools/build-site.ts';
import { makeContentRoot, replace } from '../helpers/content-root.ts';

const PETITION = 'kien-nghi/kn-2026-01.md';
const MARK = 'xss-da-lot-vao';
const ANSWER = '    Hồ sơ nộp tại Trung tâm Phục vụ hành chính công phường.\n';

/** Every way of slipping a script into Markdown that Astro 7's engine would otherwise pass through. */
const ATTACKS = [
  `<script>alert("${MARK}-1")</script>`,
  `Ảnh <img src="x.png" onerror="alert('${MARK}-2')">`,
  `[Bấm vào đây](javascript:alert('${MARK}-3'))`,
  `<a href="JaVaScRiPt:alert('${MARK}-4')">xem</a>`,
  `[Tải mẫu](jav&#x61;script:alert('${MARK}-5'))`,
  `<p onmouseover="alert('${MARK}-6')">di chuột</p>`,
  `<iframe src="javascript:alert('${MARK}-7')"></iframe>`,
  `<svg><script>alert("${MARK}-8")</script></svg>`,
  `[tham khảo][x]\n\n[x]: javascript:alert('${MARK}-9')`,
  `Tự động: <javascript:alert('${MARK}-10')>`,
].join('\n\n');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** A digest of a folder: every file's path and bytes. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(dir, file)))
      .update('\0');
  return hash.digest('hex');
}

let root: string;
let outParent: string;
let outDir: string;
let good: BuildResult;
let goodHash: string;

beforeAll(async () => {
  root = await makeContentRoot({
    // The attacks in the petition's body and in its answer (a Markdown field, indented under `text: |`).
    'tep/.an-ghi-chu.html': '<script>alert(1)</script>',
    [PETITION]: (text) =>
      replace(
        ANSWER,
        `${ANSWER}${ATTACKS.split('\n')
          .map((l) => (l ? `    ${l}` : ''))
          .join('\n')}\n`,
      )(text).concat(`\n${ATTACKS}\n`),
  });
  outParent = await mkdtemp(path.join(tmpdir(), 'dtdn-safety-'));
  outDir = path.join(outParent, 'dist');
  good = await buildSite({ contentDir: root, asOf: '2026-06-30', outDir });
  if (good.status !== 0) throw new Error(good.stderr);
  goodHash = treeHash(outDir);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outParent, { recursive: true, force: true });
});

describe('a petition with scripts written into it', () => {
  it('builds, and the petition page shows its text', () => {
    const html = readFileSync(path.join(outDir, 'kien-nghi/kn-2026-01/index.html'), 'utf8');
    expect(html).toContain('Công ty đề nghị được hướng dẫn thủ tục cấp phép xây dựng nhà xưởng.');
    // The elements stay, without what made them dangerous.
    for (const visible of ['Bấm vào đây', 'xem', 'Tải mẫu', 'di chuột', 'tham khảo']) expect(html).toContain(visible);
  });

  it('never puts <script>, an event handler or a javascript: URL into any built page', () => {
    // Pages and the feed (feed readers render HTML); the CMS page is not built from content.
    const pages = filesUnder(outDir).filter((f) => /\.(html|xml)$/.test(f) && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const text = readFileSync(path.join(outDir, file), 'utf8');
      expect(text, file).not.toMatch(/<script>alert|<script[^>]*>[^<]*xss-da-lot-vao/i);
      expect(text, file).not.toMatch(/onerror\s*=|onmouseover\s*=/i);
      expect(text, file).not.toMatch(/javascript:/i);
      expect(text, file).not.toMatch(/<iframe|<svg><script/i);
      if (!file.endsWith('.html')) continue;
      for (const element of parse(text).querySelectorAll('*')) {
        for (const name of Object.keys(element.attributes)) expect(name.toLowerCase(), `${file} <${element.tagName}>`).not.toMatch(/^on/);
      }
      for (const script of parse(text).querySelectorAll('script')) expect(script.textContent, file).not.toContain(MARK);
    }
  });
});

describe('uploads', () => {
  it('publishes tep/ without its hidden files', () => {
    expect(filesUnder(path.join(outDir, 'tep'))).toEqual(['phieu-dang-ky.pdf']);
  });
});

describe('the Content-Security-Policy', () => {
  it("is on every page, with the site's directives", () => {
    // The CMS page (admin/) is written by the CMS integration, not by Astro: the server gives it its own policy.
    const pages = filesUnder(outDir).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const meta = parse(readFileSync(path.join(outDir, file), 'utf8')).querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta, file).not.toBeNull();
      const policy = meta!.getAttribute('content')!;
      for (const directive of CSP_DIRECTIVES) expect(policy, file).toContain(directive);
      expect(policy).toMatch(/script-src 'self' /);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });
});

describe('a failed build', () => {
  it('when the content is refused: exits non-zero naming the file, dist/ byte for byte the previous build', async () => {
    const broken = await makeContentRoot({ [PETITION]: replace('Công ty đề nghị', 'Ông Nguyễn Văn An (CCCD 031090012345) đề nghị') });
    try {
      const failed = await buildSite({ contentDir: broken, asOf: '2026-06-30', outDir });
      // Bad input exits 2 (OUTPUTS.md); this was 1 before issue 11, against the contract.
      expect(failed.status).toBe(2);
      expect(failed.stderr).toContain('kien-nghi/kn-2026-01.md, dòng 21: có số định danh cá nhân');
      expect(failed.stderr).toContain('Chưa xuất bản gì: trang đang có giữ nguyên.');
      expect(treeHash(outDir)).toBe(goodHash);
      expect(readdirSync(outParent)).toEqual(['dist']);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it('when Astro itself fails after validation: dist/ byte for byte the previous build, no temporary folder left', async () => {
    // Astro writes its timing statistics at the very end of a build when ASTRO_TIMER_PATH is set; a folder
    // there makes it throw after every page is written (a wrong SITE is now refused before validation).
    const failed = await buildSite({ contentDir: root, asOf: '2026-06-30', outDir, env: { ASTRO_TIMER_PATH: outParent } });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Bản dựng thất bại: thư mục dist/ giữ nguyên bản trước.');
    expect(treeHash(outDir)).toBe(goodHash);
    expect(readdirSync(outParent)).toEqual(['dist']);
  });
});
