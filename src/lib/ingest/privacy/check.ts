/**
 * The personal-data guard over a whole content root: every text value of every front matter and every
 * Markdown body is searched (./detect.ts). Allowed: the unit's own published work contacts
 * (`don-vi.yaml` › `contact`), and the reviewed exceptions of `cho-phep.yaml` (./allow-list.ts).
 * The number itself is masked in messages: build logs are read by more people than the content.
 */
import { t } from '../../../i18n/index.ts';
import type { ContentProblem } from '../content/errors.ts';
import type { RawEntry } from '../content/read.ts';
import { keyPath, labelPath } from '../content/validate.ts';
import { collectionSpec } from '../schema/collections.ts';
import { ALLOW_LIST_FILE, nationalDigits, readAllowList, type AllowEntry, type AllowList } from './allow-list.ts';
import { findPersonalData, mask, type PersonalDataMatch } from './detect.ts';

/** Keys not searched: a submitter's tax code has its own rule (a household business's is refused). */
const SKIPPED_KEYS = new Set(['taxCode']);

interface TextAt {
  path: PropertyKey[];
  text: string;
}

function textsOf(value: unknown, at: PropertyKey[] = []): TextAt[] {
  if (typeof value === 'string') return [{ path: at, text: value }];
  if (typeof value === 'number' && Number.isInteger(value) && String(value).length >= 9) return [{ path: at, text: String(value) }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsOf(item, [...at, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (SKIPPED_KEYS.has(key) ? [] : textsOf(item, [...at, key])));
  }
  return [];
}

function linesBefore(text: string, index: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** The unit's published work contacts: phone numbers written in `don-vi.yaml` › `contact`. */
function workContacts(entries: readonly RawEntry[]): Set<string> {
  const unit = entries.find((e) => e.collection === 'don-vi')?.data as { contact?: Record<string, unknown> } | undefined;
  const allowed = new Set<string>();
  for (const value of Object.values(unit?.contact ?? {})) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    for (const match of findPersonalData(String(value))) if (match.kind === 'mobile') allowed.add(match.value);
  }
  return allowed;
}

function message(match: PersonalDataMatch): string {
  return t(`privacy.${match.kind}`, { masked: mask(match.value), allowList: ALLOW_LIST_FILE });
}

/** Searches every entry; problems for personal data, and for a broken or stale allow-list. */
export async function checkPersonalData(root: string, entries: readonly RawEntry[], files: ReadonlySet<string>): Promise<ContentProblem[]> {
  return personalDataProblems(entries, await readAllowList(root, files));
}

/**
 * The guard over entries already read, with the allow-list already read: the editor runs it on the draft
 * (with the unit's file, for its work contacts) before saving.
 */
export function personalDataProblems(entries: readonly RawEntry[], allowList: AllowList): ContentProblem[] {
  const allowed = allowList.entries;
  const problems = [...allowList.problems];
  const contacts = workContacts(entries);
  const used = new Set<AllowEntry>();
  const isAllowed = (file: string, match: PersonalDataMatch) => {
    if (match.kind === 'mobile' && contacts.has(match.value)) return true;
    const entry = allowed.find((a) => a.file === file && a.value === nationalDigits(match.value));
    if (entry) used.add(entry);
    return entry !== undefined;
  };

  for (const entry of entries) {
    const fields = collectionSpec(entry.collection).fields;
    const found = (line: number | undefined, at: PropertyKey[] | undefined, match: PersonalDataMatch) => {
      if (isAllowed(entry.file, match)) return;
      const field = at ? keyPath(at) : undefined;
      problems.push({
        file: entry.file,
        line,
        field,
        label: at ? labelPath(fields, at) : undefined,
        message: message(match),
        severity: 'error',
      });
    };
    for (const { path, text } of textsOf(entry.data)) {
      const matches = findPersonalData(text);
      if (matches.length === 0) continue;
      const keyLine = entry.lineOf(path);
      // A multi-line value (`text: |`) starts on the line after its key.
      const multiLine = text.includes('\n');
      for (const match of matches) {
        const line = keyLine === undefined ? undefined : keyLine + (multiLine ? 1 + linesBefore(text, match.index) : 0);
        found(line, path, match);
      }
    }
    if (entry.body) {
      for (const match of findPersonalData(entry.body))
        found((entry.bodyLine ?? 1) + linesBefore(entry.body, match.index), undefined, match);
    }
  }
  for (const entry of allowed) {
    if (!used.has(entry))
      problems.push({
        file: ALLOW_LIST_FILE,
        line: entry.line,
        message: t('allow.unused', { masked: mask(entry.value), file: entry.file }),
        severity: 'warning',
      });
  }
  return problems;
}
