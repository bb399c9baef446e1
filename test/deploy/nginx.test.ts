/**
 * The sample nginx configuration agrees with the site: the header policy is the one the pages were
 * built for, every location sends the security headers (nginx forgets the server's add_header in a
 * location with its own), hashed assets are immutable and pages revalidated, the CMS is not indexed,
 * and uploads are served only as the types the build lets into tep/.
 * (No nginx on the build machine: this reads the files; run `nginx -t` on the server.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_EXTENSIONS } from '../../src/lib/ingest/schema/fields.ts';
import { CSP_HEADER } from '../../src/lib/present/security/policy.ts';
import { PROJECT } from '../../tools/build-site.ts';

const conf = readFileSync(path.join(PROJECT, 'deploy/nginx.conf'), 'utf8').replace(/#.*$/gm, '');
const snippet = readFileSync(path.join(PROJECT, 'deploy/security-headers.conf'), 'utf8').replace(/#.*$/gm, '');

/** Each `location … { … }` block (outermost ones), with its own text. */
function locations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /location\s+([^{]+?)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let depth = 1;
    let i = re.lastIndex;
    for (; depth > 0 && i < text.length; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
    out.set(m[1]!, text.slice(re.lastIndex, i - 1));
    re.lastIndex = i;
  }
  return out;
}

const blocks = locations(conf);
const header = (block: string, name: string) => [...block.matchAll(new RegExp(`add_header ${name} "([^"]*)"`, 'g'))].map((x) => x[1]);

describe('deploy/nginx.conf', () => {
  it('sends the Content-Security-Policy of src/lib/present/security/policy.ts', () => {
    expect(header(snippet, 'Content-Security-Policy')).toEqual([CSP_HEADER]);
  });

  it('sends the security headers from every location that serves the section', () => {
    for (const name of [
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
      'Strict-Transport-Security',
    ]) {
      expect(header(snippet, name), name).toHaveLength(1);
    }
    expect(header(snippet, 'X-Content-Type-Options')).toEqual(['nosniff']);
    for (const [where, block] of blocks) {
      if (where === '~ /\\.') continue; // hidden files: denied
      if (where.endsWith('/admin/')) {
        expect(header(block, 'X-Content-Type-Options'), where).toEqual(['nosniff']);
        continue;
      }
      expect(block, where).toContain('include snippets/security-headers.conf;');
      for (const [inner, innerBlock] of locations(block))
        expect(innerBlock, `${where} ${inner}`).toContain('include snippets/security-headers.conf;');
    }
  });

  it('caches hashed assets for good, and revalidates pages', () => {
    expect(header(blocks.get('/doi-thoai-doanh-nghiep/_astro/')!, 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    expect(header(blocks.get('/doi-thoai-doanh-nghiep/')!, 'Cache-Control')).toContain('no-cache');
  });

  it('keeps the CMS out of search engines and caches', () => {
    const admin = blocks.get('/doi-thoai-doanh-nghiep/admin/')!;
    expect(header(admin, 'X-Robots-Tag')).toEqual(['noindex, nofollow']);
    expect(header(admin, 'Cache-Control')).toEqual(['no-store']);
  });

  it('serves uploads as the allowed types only, sandboxed', () => {
    const uploads = blocks.get('/doi-thoai-doanh-nghiep/tep/')!;
    const types = uploads.match(/types\s*\{([^}]*)\}/)![1]!;
    const extensions = [...types.matchAll(/\S+\s+([^;]+);/g)].flatMap((m) => m[1]!.trim().split(/\s+/));
    expect(extensions.sort()).toEqual([...DOCUMENT_EXTENSIONS].sort());
    expect(uploads).toContain('default_type application/octet-stream;');
    expect(header(uploads, 'Content-Security-Policy')).toContain("default-src 'none'; sandbox");
  });

  it('never follows symbolic links and hides dotfiles', () => {
    expect(conf).toMatch(/disable_symlinks on;/);
    expect(blocks.get('~ /\\.')).toMatch(/deny all;/);
  });
});
