/** Every page of the built demo site: valid HTML (html-validate), and every internal link and anchor leads somewhere. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { BASE, builtPages } from '../../tools/page-kinds.ts';

const siteDir = inject('siteDir');
const pages = builtPages(siteDir);

/** The file a site path is served from, as the static server resolves it. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const file = path.join(siteDir, decodeURIComponent(pathname.slice(BASE.length)));
  if (existsSync(file) && statSync(file).isDirectory())
    return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
  return existsSync(file) ? file : undefined;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set(
      parse(readFileSync(file, 'utf8'))
        .querySelectorAll('[id]')
        .map((e) => e.id),
    );
    ids.set(file, found);
  }
  return found;
}

describe('the built demo site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it('is valid HTML on every page (html-validate recommended rules)', async () => {
    // Titles carry the unit's and the section's full Vietnamese names, longer than the 70-character SEO hint.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(path.join(siteDir, page), 'utf8'), page);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const document = parse(readFileSync(path.join(siteDir, page), 'utf8'));
      const pageUrl = new URL(BASE + page.replace(/index\.html$/, ''), 'http://site.test');
      for (const element of document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
        const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action')!;
        const url = new URL(raw, pageUrl);
        if (url.origin !== pageUrl.origin) continue;
        checked++;
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(`${page}: ${raw}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) broken.push(`${page}: ${raw} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});
