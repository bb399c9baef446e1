/**
 * The content model is written once, as field definitions: key, Vietnamese label and help text, whether
 * it is required, and its kind. The zod schemas (build validation) and the Decap CMS configuration are
 * both generated from these definitions, so a field cannot exist in one and not the other.
 */
import { z } from 'astro/zod';
import { t } from '../../../i18n/index.ts';
import { isValidIsoDate, isValidLocalDateTime, todayInVietnam } from '../../base/dates/civil.ts';

interface FieldBase<K extends string> {
  key: K;
  /** Vietnamese label, shown in the CMS and in error messages */
  label: string;
  /** Vietnamese help text: what to write, and the rules the build checks beyond this field */
  hint?: string;
  required: boolean;
}

export type TextKind = 'string' | 'text' | 'markdown' | 'url' | 'email';

export interface TextField<K extends string = string> extends FieldBase<K> {
  kind: TextKind;
  /** A regular expression source (no flags) the value must match, and what to write instead */
  pattern?: { source: string; message: string };
  maxLength?: number;
}
export interface DateField<K extends string = string> extends FieldBase<K> {
  kind: 'date' | 'datetime';
  /** How many years after the current one a value may name (the plausible range ends there) */
  yearsAhead: number;
}

/** The first year a date of this content may name: the section's documents start in the 2000s. */
export const EARLIEST_YEAR = 2000;
/** Dates may name the current year and the next by default (a plan for early next year). */
export const DEFAULT_YEARS_AHEAD = 1;

/** The years a date may name today: from 2000 to `yearsAhead` after the current year in Vietnam. */
export function plausibleYears(yearsAhead = DEFAULT_YEARS_AHEAD, today = todayInVietnam()): { min: number; max: number } {
  return { min: EARLIEST_YEAR, max: Number(today.slice(0, 4)) + yearsAhead };
}

/**
 * The message for a well-formed, real date whose year is implausible (1906 for 2026: a slip of the keys,
 * or Decap's date input gone wrong), undefined when the year is in range. The build and the editor both
 * call this, so they refuse the same dates.
 */
export function implausibleYear(value: string, yearsAhead = DEFAULT_YEARS_AHEAD, today = todayInVietnam()): string | undefined {
  const year = Number(value.slice(0, 4));
  const { min, max } = plausibleYears(yearsAhead, today);
  return year < min || year > max ? t('error.dateImplausible', { found: value, year, min, max }) : undefined;
}
export interface IntegerField<K extends string = string> extends FieldBase<K> {
  kind: 'integer';
  min?: number;
  max?: number;
}
export interface BooleanField<K extends string = string> extends FieldBase<K> {
  kind: 'boolean';
  default?: boolean;
}
export interface SelectOption {
  value: string;
  label: string;
}
export interface SelectField<K extends string = string> extends FieldBase<K> {
  kind: 'select';
  options: readonly SelectOption[];
}
export interface RelationField<K extends string = string> extends FieldBase<K> {
  kind: 'relation';
  /** The folder of the content root the value names a file stem of (`hoi-nghi`) */
  collection: string;
}
export interface FileField<K extends string = string> extends FieldBase<K> {
  kind: 'file';
  /** Allowed extensions, lower case, without the dot */
  extensions: readonly string[];
}
export interface ObjectField<K extends string = string> extends FieldBase<K> {
  kind: 'object';
  fields: readonly AnyField[];
}
export interface ListField<K extends string = string> extends FieldBase<K> {
  kind: 'list';
  fields: readonly AnyField[];
  min?: number;
  max?: number;
}

export type AnyField =
  TextField | DateField | IntegerField | BooleanField | SelectField | RelationField | FileField | ObjectField | ListField;

/** A field definition together with the zod schema generated for it. */
export type Field<F extends AnyField = AnyField, Z extends z.ZodType = z.ZodType> = F & { zod: Z };

type Opt<R, Z extends z.ZodType> = R extends false ? z.ZodPipe<z.ZodTransform<unknown, unknown>, z.ZodOptional<Z>> : Z;
interface Common<R extends boolean> {
  label: string;
  hint?: string;
  required?: R;
}

/** Extensions editors may upload: documents and images the portal can serve safely. */
export const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'jpg', 'jpeg', 'png'] as const;

const FILE_PATH = /^tep\/[a-z0-9]+(?:[-_.][a-z0-9]+)*\.[a-z0-9]+$/;

/** True when a `file` value is a well-formed path in `tep/` (whether the file exists is checked across files). */
export function isFilePath(value: string): boolean {
  return FILE_PATH.test(value);
}
/** An HTML tag or comment: `<script>`, `</p>`, `<img src=x onerror=…>`, `<!--`; not `a < b` nor `<10 tỷ`. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function describe(value: unknown): string {
  if (value === null) return t('found.null');
  if (Array.isArray(value)) return t('found.list');
  if (typeof value === 'object') return t('found.object');
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

/** The Vietnamese message for a value of the wrong type or a missing required value. */
function typeMessage(expected: string): (issue: { input?: unknown; code?: string }) => string {
  return (issue) =>
    issue.input === undefined || issue.input === null
      ? t('error.required', { expected })
      : t('error.type', { expected, found: describe(issue.input) });
}

/** An empty optional value (`''` or `null`, as the CMS writes a cleared field) counts as absent. */
function emptyToUndefined(value: unknown): unknown {
  return value === '' || value === null ? undefined : value;
}

function finish<R extends boolean, Z extends z.ZodType>(zod: Z, required: R | undefined): Opt<R, Z> {
  return (required === false ? z.preprocess(emptyToUndefined, zod.optional()) : zod) as Opt<R, Z>;
}

function textSchema(kind: TextKind, options: { pattern?: TextField['pattern']; maxLength?: number }, required: boolean) {
  let schema = z.string({ error: typeMessage(t(`expected.${kind}`)) }).trim();
  if (required) schema = schema.min(1, { error: t('error.empty') });
  if (options.maxLength)
    schema = schema.max(options.maxLength, {
      error: (i) => t('error.tooLong', { max: options.maxLength!, found: String(i.input ?? '').length }),
    });
  const checks: ((v: string) => string | undefined)[] = [];
  if (options.pattern) {
    const re = new RegExp(options.pattern.source, 'u');
    const message = options.pattern.message;
    checks.push((v) => (re.test(v) ? undefined : t('error.pattern', { found: v, fix: message })));
  }
  // Plain text is shown as text on the site, but also goes into feeds, open data and other tools that
  // may not escape it: an HTML tag in it is a paste from a web page or an attack, never content.
  if (kind === 'string' || kind === 'text')
    checks.push((v) => (HTML_TAG.test(v) ? t('error.htmlInText', { found: HTML_TAG.exec(v)![0] }) : undefined));
  if (kind === 'url') checks.push((v) => (URL.canParse(v) && /^https?:/.test(v) ? undefined : t('error.url', { found: v })));
  if (kind === 'email') checks.push((v) => (EMAIL.test(v) ? undefined : t('error.email', { found: v })));
  if (checks.length === 0) return schema;
  return schema.superRefine((value, ctx) => {
    if (value === '') return;
    for (const check of checks) {
      const message = check(value);
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    }
  });
}

/** A single-line text (`string`), multi-line text (`text`), Markdown, URL or e-mail. */
export function text<const K extends string, R extends boolean = true>(
  key: K,
  options: Common<R> & { kind?: TextKind; pattern?: TextField['pattern']; maxLength?: number },
) {
  const kind = options.kind ?? 'string';
  const required = options.required !== false;
  const zod = finish(textSchema(kind, options, required), options.required);
  const field: TextField<K> = {
    key,
    kind,
    label: options.label,
    hint: options.hint,
    required,
    pattern: options.pattern,
    maxLength: options.maxLength,
  };
  return { ...field, zod } as Field<TextField<K>, typeof zod>;
}

/** A calendar date, `YYYY-MM-DD`, in the plausible years (2000 to next year, or `yearsAhead` after this one). */
export function date<const K extends string, R extends boolean = true>(key: K, options: Common<R> & { yearsAhead?: number }) {
  const yearsAhead = options.yearsAhead ?? DEFAULT_YEARS_AHEAD;
  const zod = finish(
    z.string({ error: typeMessage(t('expected.date')) }).superRefine((value, ctx) => {
      const message = isValidIsoDate(value)
        ? implausibleYear(value, yearsAhead)
        : /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? t('error.dateImpossible', { found: value })
          : t('error.dateFormat', { found: value });
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    }),
    options.required,
  );
  const field: DateField<K> = {
    key,
    kind: 'date',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    yearsAhead,
  };
  return { ...field, zod } as Field<DateField<K>, typeof zod>;
}

/** A date and time in Vietnam's local time, `YYYY-MM-DDTHH:mm`, in the plausible years. */
export function dateTime<const K extends string, R extends boolean = true>(key: K, options: Common<R> & { yearsAhead?: number }) {
  const yearsAhead = options.yearsAhead ?? DEFAULT_YEARS_AHEAD;
  const zod = finish(
    z.string({ error: typeMessage(t('expected.datetime')) }).superRefine((value, ctx) => {
      const message = isValidLocalDateTime(value)
        ? implausibleYear(value, yearsAhead)
        : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)
          ? t('error.dateTimeImpossible', { found: value })
          : t('error.dateTimeFormat', { found: value });
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    }),
    options.required,
  );
  const field: DateField<K> = {
    key,
    kind: 'datetime',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    yearsAhead,
  };
  return { ...field, zod } as Field<DateField<K>, typeof zod>;
}

/** A whole number, optionally bounded. */
export function integer<const K extends string, R extends boolean = true>(key: K, options: Common<R> & { min?: number; max?: number }) {
  let schema = z
    .number({ error: typeMessage(t('expected.integer')) })
    .int({ error: (i) => t('error.integer', { found: describe(i.input) }) });
  if (options.min !== undefined)
    schema = schema.min(options.min, { error: (i) => t('error.min', { min: options.min!, found: describe(i.input) }) });
  if (options.max !== undefined)
    schema = schema.max(options.max, { error: (i) => t('error.max', { max: options.max!, found: describe(i.input) }) });
  const zod = finish(schema, options.required);
  const field: IntegerField<K> = {
    key,
    kind: 'integer',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    min: options.min,
    max: options.max,
  };
  return { ...field, zod } as Field<IntegerField<K>, typeof zod>;
}

/** Yes or no (`true` / `false`). */
export function boolean<const K extends string, R extends boolean = false>(key: K, options: Common<R> & { default?: boolean }) {
  const zod = finish(z.boolean({ error: typeMessage(t('expected.boolean')) }), options.required ?? (false as R));
  const field: BooleanField<K> = {
    key,
    kind: 'boolean',
    label: options.label,
    hint: options.hint,
    required: options.required === true,
    default: options.default,
  };
  return { ...field, zod } as Field<BooleanField<K>, typeof zod>;
}

/** One value of a closed list; each value has its Vietnamese label. */
export function select<const K extends string, const V extends string, R extends boolean = true>(
  key: K,
  options: Common<R> & { options: readonly { value: V; label: string }[] },
) {
  const values = options.options.map((o) => o.value) as [V, ...V[]];
  const choices = options.options.map((o) => `${o.value} (${o.label})`).join(', ');
  const zod = finish(
    z.enum(values, {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? t('error.required', { expected: t('expected.select', { choices }) })
          : t('error.select', { found: describe(issue.input), choices }),
    }),
    options.required,
  );
  const field: SelectField<K> = {
    key,
    kind: 'select',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    options: options.options,
  };
  return { ...field, zod } as Field<SelectField<K>, typeof zod>;
}

/** The id of an entry of another collection: a meeting's file stem. Existence is checked across files. */
export function relation<const K extends string, R extends boolean = true>(key: K, options: Common<R> & { collection: string }) {
  const zod = finish(
    z
      .string({ error: typeMessage(t('expected.relation', { collection: options.collection })) })
      .trim()
      .min(1, { error: t('error.empty') }),
    options.required,
  );
  const field: RelationField<K> = {
    key,
    kind: 'relation',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    collection: options.collection,
  };
  return { ...field, zod } as Field<RelationField<K>, typeof zod>;
}

/** A file uploaded to `tep/`, named by its path relative to the content root. Existence is checked across files. */
export function file<const K extends string, R extends boolean = true>(key: K, options: Common<R> & { extensions?: readonly string[] }) {
  const extensions = options.extensions ?? DOCUMENT_EXTENSIONS;
  const zod = finish(
    z.string({ error: typeMessage(t('expected.file')) }).superRefine((value, ctx) => {
      const extension = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
      if (/(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[a-z]:/i.test(value))
        ctx.addIssue({ code: 'custom', message: t('error.fileOutsideRoot', { found: value }), input: value });
      else if (!FILE_PATH.test(value)) ctx.addIssue({ code: 'custom', message: t('error.filePath', { found: value }), input: value });
      else if (!extensions.includes(extension))
        ctx.addIssue({ code: 'custom', message: t('error.fileType', { found: value, extensions: extensions.join(', ') }), input: value });
    }),
    options.required,
  );
  const field: FileField<K> = {
    key,
    kind: 'file',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    extensions,
  };
  return { ...field, zod } as Field<FileField<K>, typeof zod>;
}

type ShapeOf<F extends readonly Field[]> = { [E in F[number] as E['key']]: E['zod'] };

/** The zod object for a list of fields: unknown keys are refused (a typo must not lose data silently). */
export function objectSchema<const F extends readonly Field[]>(fields: F) {
  const shape = Object.fromEntries(fields.map((f) => [f.key, f.zod])) as ShapeOf<F>;
  const known = fields.map((f) => f.key).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return t('error.unknownKeys', { known });
      return issue.input === undefined || issue.input === null
        ? t('error.required', { expected: t('expected.object') })
        : t('error.type', { expected: t('expected.object'), found: describe(issue.input) });
    },
  });
}

/** A group of fields under one key. */
export function group<const K extends string, const F extends readonly Field[], R extends boolean = true>(
  key: K,
  options: Common<R> & { fields: F },
) {
  const zod = finish(objectSchema(options.fields), options.required);
  const field: ObjectField<K> = {
    key,
    kind: 'object',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    fields: options.fields,
  };
  return { ...field, zod } as Field<ObjectField<K>, typeof zod>;
}

/** A list of groups of fields. */
export function list<const K extends string, const F extends readonly Field[], R extends boolean = false>(
  key: K,
  options: Common<R> & { fields: F; min?: number; max?: number },
) {
  let schema = z.array(objectSchema(options.fields), { error: typeMessage(t('expected.list')) });
  if (options.min !== undefined) schema = schema.min(options.min, { error: t('error.listMin', { min: options.min }) });
  if (options.max !== undefined) schema = schema.max(options.max, { error: t('error.listMax', { max: options.max }) });
  const zod = finish(schema, options.required ?? (false as R));
  const field: ListField<K> = {
    key,
    kind: 'list',
    label: options.label,
    hint: options.hint,
    required: options.required === true,
    fields: options.fields,
    min: options.min,
    max: options.max,
  };
  return { ...field, zod } as Field<ListField<K>, typeof zod>;
}

/** The field definition at a path of keys (list indices are skipped), for labelling errors. */
export function fieldAt(fields: readonly AnyField[], path: readonly PropertyKey[]): AnyField | undefined {
  let current: readonly AnyField[] = fields;
  let found: AnyField | undefined;
  for (const segment of path) {
    if (typeof segment !== 'string') continue;
    found = current.find((f) => f.key === segment);
    if (!found) return undefined;
    current = found.kind === 'object' || found.kind === 'list' ? found.fields : [];
  }
  return found;
}
