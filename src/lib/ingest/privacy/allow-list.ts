/**
 * The reviewed exceptions to the personal-data guard: `cho-phep.yaml` at the content root (never
 * published; not editable in the CMS, so each exception goes through a person with repository access).
 *
 * ```yaml
 * entries:
 *   - value: "0912345678"            # the number as it is written, or its digits
 *     file: kien-nghi/kn-2026-05.md  # the one file where it may appear
 *     reason: Đường dây nóng của doanh nghiệp, doanh nghiệp đồng ý công khai (văn bản ngày 02/5/2026)
 *     reviewer: Nguyễn Thị B, Văn phòng HĐND-UBND
 * ```
 *
 * Every key is required: an exception nobody reviewed or explained is not one. An entry matching
 * nothing is reported as a warning, so stale exceptions get removed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../../../i18n/index.ts';
import type { ContentProblem } from '../content/errors.ts';
import { decodeText, parseYaml } from '../content/read.ts';

export const ALLOW_LIST_FILE = 'cho-phep.yaml';

export interface AllowEntry {
  /** Digits only */
  value: string;
  file: string;
  reason: string;
  reviewer: string;
  line?: number;
}

export interface AllowList {
  entries: AllowEntry[];
  problems: ContentProblem[];
}

/** The digits of a number, phones in national form (`+84 912 345 678` → `0912345678`), as the detector gives them. */
export function nationalDigits(text: string): string {
  const value = text.replace(/\D/g, '');
  if (value.startsWith('0084')) return `0${value.slice(4)}`;
  if (value.startsWith('84') && value.length === 11) return `0${value.slice(2)}`;
  return value;
}

const KEYS = ['value', 'file', 'reason', 'reviewer'] as const;
/** What to say when a key is missing. */
const MISSING = { value: 'allow.value', file: 'allow.fileMissing', reason: 'allow.reason', reviewer: 'allow.reviewer' } as const;

/** Reads and checks the allow-list of a content root; none is an empty list. */
export async function readAllowList(root: string, files: ReadonlySet<string>): Promise<AllowList> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(root, ALLOW_LIST_FILE));
  } catch {
    return { entries: [], problems: [] };
  }
  const text = decodeText(bytes);
  if (text === undefined) return { entries: [], problems: [{ file: ALLOW_LIST_FILE, message: t('error.notUtf8'), severity: 'error' }] };
  return parseAllowList(text, files);
}

/** Checks the allow-list's text (`files`: the content root's entry files, which exceptions must name). */
export function parseAllowList(text: string, files: ReadonlySet<string>): AllowList {
  const problems: ContentProblem[] = [];
  const problem = (message: string, line?: number, field?: string) =>
    problems.push({ file: ALLOW_LIST_FILE, line, field, message, severity: 'error' });
  const parsed = parseYaml(text);
  for (const p of parsed.problems) problems.push({ file: ALLOW_LIST_FILE, ...p });
  if (parsed.problems.length > 0) return { entries: [], problems };
  const data = parsed.data as { entries?: unknown } | null;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !Array.isArray(data.entries)) {
    problem(t('allow.shape'), 1);
    return { entries: [], problems };
  }
  const entries: AllowEntry[] = [];
  data.entries.forEach((item: unknown, i) => {
    const line = parsed.lineOf(['entries', i]);
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problem(t('allow.entryShape'), line, `entries[${i + 1}]`);
      return;
    }
    const record = item as Record<string, unknown>;
    let ok = true;
    for (const key of KEYS) {
      const value = record[key];
      if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
        problem(t(MISSING[key]), parsed.lineOf(['entries', i, key]) ?? line, `entries[${i + 1}].${key}`);
        ok = false;
      }
    }
    const unknown = Object.keys(record).filter((key) => !(KEYS as readonly string[]).includes(key) && key !== 'reviewed');
    for (const key of unknown) {
      problem(t('allow.unknownKey', { known: KEYS.join(', ') }), parsed.lineOf(['entries', i, key]) ?? line, `entries[${i + 1}].${key}`);
      ok = false;
    }
    if (!ok) return;
    const file = String(record.file);
    if (!files.has(file)) {
      problem(t('allow.file', { found: file }), parsed.lineOf(['entries', i, 'file']) ?? line, `entries[${i + 1}].file`);
      return;
    }
    const value = nationalDigits(String(record.value));
    if (value.length < 9) {
      problem(t('allow.valueDigits'), parsed.lineOf(['entries', i, 'value']) ?? line, `entries[${i + 1}].value`);
      return;
    }
    entries.push({ value, file, reason: String(record.reason), reviewer: String(record.reviewer), line });
  });
  return { entries, problems };
}
