/**
 * The build's checks on one entry being edited, before it is written: the editor (Decap CMS, /admin/)
 * bundles this module and runs it on every save, so an entry the build would refuse is never written.
 * Nothing here is a second copy of a rule: it calls the build's own schema and rules (./validate.ts),
 * its checks across files (on the entries the editor has loaded), the personal-data guard and the
 * uploads' name and type checks, and keeps only the problems of the entry being saved.
 *
 * Synchronous and free of Node's file system, so it runs in the browser on every keystroke if need be.
 */
import { t } from '../../../i18n/index.ts';
import type { AllowList } from '../privacy/allow-list.ts';
import { personalDataProblems } from '../privacy/check.ts';
import { collectionSpec, type CollectionName } from '../schema/collections.ts';
import { isFilePath } from '../schema/fields.ts';
import { normalizeDeep } from '../../base/text/normalize.ts';
import type { ContentProblem } from '../content/errors.ts';
import type { RawEntry } from '../content/read.ts';
import { uploadNameProblems } from '../root/uploads.ts';
import { crossFileProblems, filesOf, keyPath, labelPath, validateEntry } from '../content/validate.ts';

/** The entry being edited, as the editor holds it. */
export interface Draft {
  collection: CollectionName;
  /** Its path relative to the content root (`kien-nghi/kn-2026-05.md`); for a new entry, where it will be written */
  file: string;
  /** Its front matter (or YAML) data */
  data: Record<string, unknown>;
  /** The Markdown body, for Markdown collections */
  body?: string;
}

/** What the editor knows of the rest of the content root. */
export interface DraftContext {
  /** The other entries it has loaded (the petitions, the meetings, the unit's file), as read */
  entries: readonly RawEntry[];
  /** Every meeting's file stem (`2026-quy-ii`) */
  meetingFiles: ReadonlySet<string>;
  /** The uploads that exist (`tep/phieu.pdf`), or undefined when unknown (then attachments are left to the build) */
  uploads?: ReadonlySet<string>;
  /** The reviewed exceptions to the personal-data guard */
  allowList?: AllowList;
}

const noLines = (): undefined => undefined;

/** The draft as the build would read it: text in NFC, a file stem as its id, no line numbers. */
export function draftEntry(draft: Draft): RawEntry {
  const name = draft.file.slice(draft.file.lastIndexOf('/') + 1);
  return {
    collection: draft.collection,
    id: name.replace(/\.[^.]+$/, ''),
    file: draft.file,
    data: normalizeDeep(draft.data),
    body: draft.body === undefined ? undefined : normalizeDeep(draft.body),
    lineOf: noLines,
  };
}

/** The build's problems with the draft (errors and warnings), each naming the field when it is a field's. */
export function checkDraft(draft: Draft, context: DraftContext): ContentProblem[] {
  const entry = draftEntry(draft);
  const spec = collectionSpec(draft.collection);
  const problems = validateEntry(entry).problems;
  const others = context.entries.filter((e) => e.file !== entry.file);
  const meetingFiles = new Set(context.meetingFiles);
  if (draft.collection === 'hoi-nghi') meetingFiles.add(entry.id);
  problems.push(...crossFileProblems([...others, entry], meetingFiles).filter((p) => p.file === entry.file));
  for (const ref of filesOf(spec.fields, entry.data)) {
    const where = { file: entry.file, field: keyPath(ref.path), label: labelPath(spec.fields, ref.path), severity: 'error' as const };
    const name = ref.value.slice(ref.value.lastIndexOf('/') + 1);
    // The field's own check (path, type) speaks first; the upload's name check adds personal data in the name.
    const fieldChecked = problems.some((p) => p.field === where.field);
    if (!fieldChecked && ref.value.startsWith('tep/')) for (const message of uploadNameProblems(name)) problems.push({ ...where, message });
    if (context.uploads && isFilePath(ref.value) && !context.uploads.has(ref.value))
      problems.push({ ...where, message: t('error.missingAttachment', { found: ref.value }) });
  }
  const unit = others.filter((e) => e.collection === 'don-vi');
  const allowList = context.allowList ?? { entries: [], problems: [] };
  problems.push(
    ...personalDataProblems([...unit, entry], { entries: allowList.entries, problems: [] }).filter((p) => p.file === entry.file),
  );
  return dedupe(problems);
}

/** The same message at the same field once (a wrong file name is both the field's and the upload's problem). */
function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field ?? ''}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
