/**
 * The uploads folder (`tep/`) is published as it is: every file in it is served from the portal. So
 * each one is checked before anything is built, whether a page links to it or not: a name the portal
 * can serve (no spaces, no marks), an allowed type whose bytes really are that type (a script renamed
 * `.pdf` is refused), a size cap, no symbolic links (which could publish a file from outside the root).
 */
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../../../i18n/index.ts';
import { findPersonalData, mask } from '../privacy/detect.ts';
import { DOCUMENT_EXTENSIONS } from '../schema/fields.ts';
import { slugify } from '../../base/text/slug.ts';
import type { ContentProblem } from '../content/errors.ts';

/** The uploads folder, relative to the content root. */
export const UPLOADS = 'tep';

/** An upload larger than this is refused: scanned plans are a few MB; 20 MB is a video or a mistake. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Files checked at once. */
const CONCURRENCY = 32;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The first bytes each allowed type starts with (its "magic number"). */
const SIGNATURES: Record<(typeof DOCUMENT_EXTENSIONS)[number], number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  doc: OLE,
  xls: OLE,
  docx: ZIP,
  xlsx: ZIP,
  odt: ZIP,
  ods: ZIP,
  jpg: [0xff, 0xd8, 0xff],
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const NAME = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*\.[a-z0-9]+$/;

/** True when the bytes start as a file of this extension must. */
export function bytesMatchExtension(head: Uint8Array, extension: string): boolean {
  const signature = SIGNATURES[extension as keyof typeof SIGNATURES];
  if (!signature) return false;
  return signature.every((byte, i) => head[i] === byte);
}

/** A name editors can use instead: marks stripped, spaces to hyphens, extension in lower case. */
function suggestedName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return `${slugify(stem) || 'tep'}${extension ? `.${extension}` : ''}`;
}

async function readHead(file: string, length: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The problems of one entry of `tep/` (a folder's are its files'). */
async function checkOne(root: string, file: string, name: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const problem = (message: string) => problems.push({ file, message, severity: 'error' });
  const absolute = path.join(root, file);
  const info = await lstat(absolute);
  if (info.isSymbolicLink()) {
    problem(t('upload.symlink'));
    return problems;
  }
  if (info.isDirectory()) return checkFolder(root, file);
  if (!info.isFile()) {
    problem(t('upload.notAFile'));
    return problems;
  }
  for (const message of uploadNameProblems(name)) problem(message);
  const content = await uploadContentProblem(extensionOf(name), info.size, () => readHead(absolute, 8));
  if (content) problem(content);
  return problems;
}

function extensionOf(name: string): string {
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
}

function isAllowedType(name: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/**
 * What is wrong with an upload's name: characters a public address cannot carry, personal data, a type
 * the portal does not publish. The editor checks a new upload's name with this before saving.
 */
export function uploadNameProblems(name: string): string[] {
  const problems: string[] = [];
  const extension = extensionOf(name);
  if (!NAME.test(name)) problems.push(t('upload.name', { found: name, fix: suggestedName(name) }));
  // The name is part of a public address: no ID or phone number in it (`cccd-031090012345.pdf`).
  for (const match of findPersonalData(name.replace(/[-_]/g, ' ')))
    problems.push(t('upload.personalData', { what: t(`privacy.kind.${match.kind}`), masked: mask(match.value) }));
  if (!isAllowedType(name))
    problems.push(t('upload.type', { found: extension || t('upload.noExtension'), extensions: DOCUMENT_EXTENSIONS.join(', ') }));
  return problems;
}

/** What is wrong with an upload of an allowed type's content: empty, too large, bytes of another type. */
export async function uploadContentProblem(extension: string, size: number, head: () => Promise<Uint8Array>): Promise<string | undefined> {
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) return undefined;
  if (size === 0) return t('upload.empty');
  if (size > MAX_UPLOAD_BYTES) return t('upload.tooLarge', { size: (size / 1024 / 1024).toFixed(1), max: MAX_UPLOAD_BYTES / 1024 / 1024 });
  if (!bytesMatchExtension(await head(), extension)) return t('upload.magic', { extension });
  return undefined;
}

async function checkFolder(root: string, folder: string): Promise<ContentProblem[]> {
  let names: string[];
  try {
    names = (await readdir(path.join(root, folder))).sort();
  } catch {
    return [];
  }
  // Dotfiles (.gitkeep) are not published. Files are checked a few at a time (never thousands of open
  // files at once), reported in name order.
  const visible = names.filter((n) => !n.startsWith('.'));
  const results: ContentProblem[][] = new Array(visible.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < visible.length; i = next++) results[i] = await checkOne(root, `${folder}/${visible[i]}`, visible[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, visible.length) }, worker));
  return results.flat();
}

/** Checks every file under `tep/` (subfolders included); no folder, no problem. */
export function checkUploads(root: string): Promise<ContentProblem[]> {
  return checkFolder(root, UPLOADS);
}
