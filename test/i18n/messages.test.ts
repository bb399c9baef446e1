/**
 * The i18n table against the code that reads it: every key is used (literally, or through a template
 * such as `site.part.${part}` whose prefix names it), every key the code names exists, and every call
 * `t('key', { … })` gives each `{placeholder}` of its message. Test files are not counted as users.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { placeholders } from '../../src/i18n/index.ts';
import { vi } from '../../src/i18n/vi.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'scripts', 'cms', 'tools'];
const KEYS = new Set(Object.keys(vi));
const text = (key: string) => (vi as Record<string, string>)[key]!;

function sources(): { file: string; code: string }[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((file) => !file.includes(`${path.sep}i18n${path.sep}vi`) && !file.endsWith(`${path.sep}vi.ts`))
      .map((file) => ({ file: path.relative(ROOT, file), code: readFileSync(file, 'utf8') })),
  );
}

/** Where a key is named: a quoted string, or a template's fixed start before `${`. */
function namedKeys(code: string): { literal: Set<string>; prefixes: Set<string> } {
  const literal = new Set([...code.matchAll(/['"]([a-zA-Z][\w-]*(?:\.[\w\u00C0-\u1EF9-]+)+)['"]/g)].map((m) => m[1]!));
  const prefixes = new Set([...code.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!));
  return { literal, prefixes };
}

/** The `t('key', …)` calls of a piece of TypeScript: the key and, for an object literal, its property names. */
function calls(code: string): { key: string; params?: string[] }[] {
  const found: { key: string; params?: string[] }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
      const [key, params] = node.arguments;
      if (key && ts.isStringLiteral(key)) {
        const names =
          params && ts.isObjectLiteralExpression(params) && !params.properties.some(ts.isSpreadAssignment)
            ? params.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '?'))
            : params
              ? undefined
              : [];
        found.push({ key: key.text, params: names });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
  return found;
}

/** An .astro file as TypeScript: its frontmatter, then every `{…}` expression of the template on its own line. */
function astroAsTs(code: string): string {
  const [, front = '', template = ''] = code.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const expressions = [...template.matchAll(/\bt\((?:[^()]|\([^()]*\))*\)/g)].map((m) => `${m[0]};`);
  return `${front}\n${expressions.join('\n')}`;
}

const files = sources();

describe('the i18n table', () => {
  it('has no key that the code never uses', () => {
    const literal = new Set<string>();
    const prefixes = new Set<string>();
    for (const { code } of files) {
      const named = namedKeys(code);
      named.literal.forEach((k) => literal.add(k));
      named.prefixes.forEach((p) => prefixes.add(p));
    }
    const unused = [...KEYS].filter((key) => !literal.has(key) && ![...prefixes].some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const missing: string[] = [];
    for (const { file, code } of files) {
      const ts = file.endsWith('.astro') ? astroAsTs(code) : code;
      for (const call of calls(ts)) if (!KEYS.has(call.key)) missing.push(`${file}: ${call.key}`);
      for (const prefix of namedKeys(code).prefixes)
        if (
          /^(site|public|audit|report|privacy|allow|upload|error|date|doc|settings|cms|cli|bench|gen|build|rule|fix|expected|found|problem|yaml)\./.test(
            prefix,
          )
        )
          if (![...KEYS].some((k) => k.startsWith(prefix))) missing.push(`${file}: ${prefix}…`);
    }
    expect(missing).toEqual([]);
  });

  it('is given every parameter its message names, and no other', () => {
    const wrong: string[] = [];
    for (const { file, code } of files) {
      const source = file.endsWith('.astro') ? astroAsTs(code) : code;
      for (const call of calls(source)) {
        if (!KEYS.has(call.key) || call.params === undefined) continue;
        const wanted = [...new Set(placeholders(text(call.key)))].sort();
        const given = [...new Set(call.params)].sort();
        if (wanted.join() !== given.join())
          wrong.push(`${file}: t('${call.key}') needs {${wanted.join(', ')}}, given {${given.join(', ')}}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('fills placeholders, leaves Decap’s {{placeholders}} alone', () => {
    expect(placeholders('Thêm {{collection}} “{{slug}}” vào {place}')).toEqual(['place']);
  });
});
