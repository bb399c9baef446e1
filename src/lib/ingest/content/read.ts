/**
 * Reading a content root from disk: every file of every collection, decoded (UTF-8, no BOM, LF, NFC),
 * split into YAML front matter and Markdown body, parsed with YAML 1.2's core schema (so `2026-02-30`
 * stays the text the editor wrote instead of becoming some Date) and with line numbers kept for messages.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { t } from '../../../i18n/index.ts';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../schema/collections.ts';
import { nfc, stripBom, toLf } from '../../base/text/normalize.ts';
import { isSlug, slugify } from '../../base/text/slug.ts';
import type { ContentProblem } from './errors.ts';

/** Text files larger than this are refused: no editor writes a 1 MB notice; it is a paste gone wrong. */
export const MAX_TEXT_BYTES = 1_000_000;

export interface RawEntry {
  collection: CollectionName;
  /** The file's stem: a meeting's id, a document's slug */
  id: string;
  /** Path relative to the content root */
  file: string;
  data: unknown;
  body?: string;
  /** The 1-based line of a key path in the file, when it can be found */
  lineOf: (keyPath: readonly PropertyKey[]) => number | undefined;
  /** The 1-based line where the Markdown body starts (Markdown files only) */
  bodyLine?: number;
}

export interface ReadResult {
  entries: RawEntry[];
  /** Every file found, parsed or not: a broken meeting file still exists for references to it */
  ids: Map<CollectionName, Set<string>>;
  problems: ContentProblem[];
}

const YAML_EXTENSIONS = ['.yaml', '.yml'];

function extensionsOf(spec: CollectionSpec): string[] {
  return spec.format === 'yaml' ? YAML_EXTENSIONS : ['.md'];
}

/** The encoding a byte-order mark announces: Notepad's "Unicode" is UTF-16 with a BOM. */
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes a file's bytes as editors' text: UTF-8 (or UTF-16 with its byte-order mark, as Windows
 * Notepad saves), without BOM, LF line ends, NFC. `undefined` when the bytes are not such text.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder(encodingOf(bytes), { fatal: true, ignoreBOM: true }).decode(bytes);
    // A NUL character never occurs in editors' text: the file is binary or in another encoding.
    if (text.includes('\0')) return undefined;
    return nfc(toLf(stripBom(text)));
  } catch {
    return undefined;
  }
}

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml.duplicateKey',
  TAB_AS_INDENT: 'yaml.tab',
  BAD_INDENT: 'yaml.indent',
  MISSING_CHAR: 'yaml.missingChar',
  MULTIPLE_DOCS: 'yaml.multipleDocs',
};

interface ParsedYaml {
  data: unknown;
  lineOf: RawEntry['lineOf'];
  problems: Omit<ContentProblem, 'file'>[];
}

const YAML_OPTIONS = { schema: 'core', prettyErrors: false, uniqueKeys: true } as const;

/**
 * Parses YAML text; `lineOffset` is the number of lines before it in the file (front matter).
 * The parsed document is not kept: lines are only needed for a problem, rare next to the thousands of
 * valid entries a build holds, so `lineOf` parses the text again on its first call.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document.Parsed = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const problems = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const key = YAML_CODES[error.code] ?? 'yaml.generic';
    return { line: line + lineOffset, message: t('error.yamlSyntax', { col, problem: t(key as 'yaml.generic', { code: error.code }) }), severity: 'error' as const };
  });
  let located: { doc: Document.Parsed; lineCounter: LineCounter } | undefined = problems.length > 0 ? { doc, lineCounter } : undefined;
  const lineOf = (keyPath: readonly PropertyKey[]) => {
    if (!located) {
      const counter = new LineCounter();
      located = { doc: parseDocument(text, { ...YAML_OPTIONS, lineCounter: counter }), lineCounter: counter };
    }
    for (let n = keyPath.length; n > 0; n--) {
      const node = located.doc.getIn(keyPath.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return located.lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { data: problems.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 }), lineOf, problems };
}

/** Splits a Markdown file into its front matter (between `---` lines) and body. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string; bodyLine: number } | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const end = text.indexOf('\n---', 3);
  if (end === -1) return undefined;
  const afterFence = text.indexOf('\n', end + 4);
  const frontMatter = text.slice(4, end + 1);
  const body = afterFence === -1 ? '' : text.slice(afterFence + 1);
  // The opening fence is line 1; `frontMatter` ends with a newline, so its split has one empty piece
  // more than it has lines: the closing fence is at that count + 1, the body starts on the next line.
  const bodyLine = frontMatter.split('\n').length + 2;
  return { frontMatter, body, bodyLine };
}

/** Reads one file of a collection. */
export function parseEntry(spec: CollectionSpec, file: string, bytes: Uint8Array): { entry?: RawEntry; problems: ContentProblem[] } {
  const id = path.posix.basename(file).replace(/\.[^.]+$/, '');
  const problems: ContentProblem[] = [];
  const problem = (message: string, line?: number) => problems.push({ file, line, message, severity: 'error' });
  if (spec.kind === 'folder' && !isSlug(id)) problem(t('error.fileName', { found: path.posix.basename(file), fix: slugify(id) || 'ten-tep' }));
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    problem(t('error.fileTooLarge', { size: (bytes.byteLength / 1_000_000).toFixed(1), max: MAX_TEXT_BYTES / 1_000_000 }));
    return { problems };
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    problem(t('error.notUtf8'));
    return { problems };
  }
  if (text.trim() === '') {
    problem(t('error.emptyFile'));
    return { problems };
  }
  let parsed: ParsedYaml;
  let body: string | undefined;
  let bodyLine: number | undefined;
  if (spec.format === 'markdown') {
    const split = splitFrontMatter(text);
    if (!split) {
      problem(t('error.noFrontMatter'), 1);
      return { problems };
    }
    parsed = parseYaml(split.frontMatter, 1);
    body = split.body;
    bodyLine = split.bodyLine;
  } else {
    parsed = parseYaml(text);
  }
  for (const p of parsed.problems) problems.push({ file, ...p });
  if (parsed.problems.length > 0) return { problems };
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    problem(t('error.notAMapping'), 1);
    return { problems };
  }
  return { entry: { collection: spec.name, id, file, data: parsed.data, body, bodyLine, lineOf: parsed.lineOf }, problems };
}

async function listFolder(root: string, folder: string): Promise<string[] | undefined> {
  try {
    const names = await readdir(path.join(root, folder), { withFileTypes: true });
    return names.filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => d.name).sort();
  } catch {
    return undefined;
  }
}

/** Reads every collection of a content root; problems for unreadable or unparseable files. */
export async function readContentRoot(root: string): Promise<ReadResult> {
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  const ids = new Map<CollectionName, Set<string>>();
  const jobs: Promise<void>[] = [];
  const readOne = (spec: CollectionSpec, file: string) =>
    readFile(path.join(root, file)).then((bytes) => {
      const result = parseEntry(spec, file, bytes);
      if (result.entry) entries.push(result.entry);
      problems.push(...result.problems);
    });
  for (const spec of COLLECTIONS) {
    if (spec.kind === 'file') {
      jobs.push(readOne(spec, spec.path).catch(() => void problems.push({ file: spec.path, message: t('error.missingFile'), severity: 'error' })));
      continue;
    }
    const names = await listFolder(root, spec.path);
    if (!names) continue;
    const allowed = extensionsOf(spec);
    const found = new Set<string>();
    ids.set(spec.name, found);
    /** Files by stem: `a.yaml` and `a.yml` (or `a.md` and `A.md`) would be one meeting or one page. */
    const byStem = new Map<string, string[]>();
    for (const name of names) {
      const file = `${spec.path}/${name}`;
      if (!allowed.some((ext) => name.toLowerCase().endsWith(ext))) {
        problems.push({ file, message: t('error.wrongExtension', { allowed: allowed.join(', ') }), severity: 'error' });
        continue;
      }
      const stem = name.replace(/\.[^.]+$/, '');
      found.add(stem);
      const key = slugify(stem) || stem;
      byStem.set(key, [...(byStem.get(key) ?? []), file]);
      jobs.push(readOne(spec, file));
    }
    for (const same of byStem.values()) {
      if (same.length < 2) continue;
      for (const file of same) {
        const others = same.filter((f) => f !== file).join(', ');
        problems.push({ file, message: t('error.duplicateStem', { others }), severity: 'error' });
      }
    }
  }
  await Promise.all(jobs);
  // Reading in parallel finishes in any order: sort so results are the same every run.
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { entries, ids, problems };
}
