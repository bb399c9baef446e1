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
  /** The source may not give this fact: the value `unknown` is accepted (the model holds `null`) */
  unknown?: boolean;
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
  /** A date-time that may also be a date alone (`2021-06-15`: the day is known, the hour is not) */
  dateOnly?: boolean;
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
/** A count that may be approximate: `600`, or `{ value: 600, approximate: true }` ("hơn 600"). */
export interface CountField<K extends string = string> extends FieldBase<K> {
  kind: 'count';
}
/** A list of short texts (`topics: [Thuế, Đất đai]`). */
export interface StringsField<K extends string = string> extends FieldBase<K> {
  kind: 'strings';
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
  /** One name or a list of them (the model holds a list) */
  multiple?: boolean;
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
  | TextField
  | DateField
  | IntegerField
  | CountField
  | StringsField
  | BooleanField
  | SelectField
  | RelationField
  | FileField
  | ObjectField
  | ListField;

/** A field definition together with the zod schema generated for it. */
export type Field<F extends AnyField = AnyField, Z extends z.ZodType = z.ZodType> = F & { zod: Z };

type Opt<R, Z extends z.ZodType> = R extends false ? z.ZodPipe<z.ZodTransform<unknown, unknown>, z.ZodOptional<Z>> : Z;
interface Common<R extends boolean, U extends boolean = false> {
  label: string;
  hint?: string;
  required?: R;
  /** Accept `unknown` for a fact the source does not give (never for a code, title, status or reference) */
  unknown?: U;
}

/** The value an editor writes for a fact the source does not give (CONTENT-MODEL.md, 0.3.0). */
export const UNKNOWN = 'unknown';

/** Schemas whose stored value is wider than what the CMS widget writes, and the schema of what it writes. */
const cmsView = new WeakMap<z.ZodType, z.ZodType>();

/** The schema of the value the CMS widget of a field stores, when the build accepts more (`unknown`, a list). */
export function cmsStoredSchema(schema: z.ZodType): z.ZodType | undefined {
  return cmsView.get(schema);
}

/**
 * `schema`, or the value `unknown` (the model holds `null`: every reader must say what it does without the
 * fact). The schema's own messages stay as they are: the field's error reads as before.
 */
function orUnknown<Z extends z.ZodType>(schema: Z, stored: z.ZodType = schema) {
  const wrapped = z.any().transform((value: unknown, ctx): z.output<Z> | null => {
    if (value === UNKNOWN) return null;
    const result = schema.safeParse(value);
    if (result.success) return result.data as z.output<Z>;
    for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
  cmsView.set(wrapped, stored);
  return wrapped;
}

type MaybeUnknown<Z extends z.ZodType, U extends boolean> = U extends true ? z.ZodType<z.output<Z> | null, unknown> : Z;

/** `orUnknown` when the field asks for it. */
function maybeUnknown<Z extends z.ZodType, U extends boolean>(schema: Z, unknown: U | undefined, stored?: z.ZodType): MaybeUnknown<Z, U> {
  return (unknown ? orUnknown(schema, stored) : schema) as MaybeUnknown<Z, U>;
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
export function text<const K extends string, R extends boolean = true, U extends boolean = false>(
  key: K,
  options: Common<R, U> & { kind?: TextKind; pattern?: TextField['pattern']; maxLength?: number },
) {
  const kind = options.kind ?? 'string';
  const required = options.required !== false;
  const zod = finish(maybeUnknown(textSchema(kind, options, required), options.unknown), options.required);
  const field: TextField<K> = {
    key,
    kind,
    label: options.label,
    hint: options.hint,
    required,
    unknown: options.unknown,
    pattern: options.pattern,
    maxLength: options.maxLength,
  };
  return { ...field, zod } as Field<TextField<K>, Opt<R, MaybeUnknown<ReturnType<typeof textSchema>, U>>>;
}

/** A calendar date, `YYYY-MM-DD`, in the plausible years (2000 to next year, or `yearsAhead` after this one). */
export function date<const K extends string, R extends boolean = true, U extends boolean = false>(
  key: K,
  options: Common<R, U> & { yearsAhead?: number },
) {
  const yearsAhead = options.yearsAhead ?? DEFAULT_YEARS_AHEAD;
  const zod = finish(maybeUnknown(dateSchema(yearsAhead), options.unknown), options.required);
  const field: DateField<K> = {
    key,
    kind: 'date',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    unknown: options.unknown,
    yearsAhead,
  };
  return { ...field, zod } as Field<DateField<K>, Opt<R, MaybeUnknown<ReturnType<typeof dateSchema>, U>>>;
}

function dateSchema(yearsAhead: number) {
  return z.string({ error: typeMessage(t('expected.date')) }).superRefine((value, ctx) => {
    const message = isValidIsoDate(value)
      ? implausibleYear(value, yearsAhead)
      : /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? t('error.dateImpossible', { found: value })
        : t('error.dateFormat', { found: value });
    if (message) ctx.addIssue({ code: 'custom', message, input: value });
  });
}

/**
 * A date and time in Vietnam's local time, `YYYY-MM-DDTHH:mm`, in the plausible years; with `dateOnly`,
 * also a date alone (`2021-06-15`) when the source gives no hour.
 */
export function dateTime<const K extends string, R extends boolean = true>(
  key: K,
  options: Common<R> & { yearsAhead?: number; dateOnly?: boolean },
) {
  const yearsAhead = options.yearsAhead ?? DEFAULT_YEARS_AHEAD;
  const expected = options.dateOnly ? t('expected.datetimeOrDate') : t('expected.datetime');
  const zod = finish(
    z.string({ error: typeMessage(expected) }).superRefine((value, ctx) => {
      const message =
        isValidLocalDateTime(value) || (options.dateOnly && isValidIsoDate(value))
          ? implausibleYear(value, yearsAhead)
          : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)
            ? t('error.dateTimeImpossible', { found: value })
            : options.dateOnly && /^\d{4}-\d{2}-\d{2}$/.test(value)
              ? t('error.dateImpossible', { found: value })
              : t(options.dateOnly ? 'error.dateTimeOrDateFormat' : 'error.dateTimeFormat', { found: value });
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
    dateOnly: options.dateOnly,
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
export function select<const K extends string, const V extends string, R extends boolean = true, U extends boolean = false>(
  key: K,
  options: Common<R, U> & { options: readonly { value: V; label: string }[]; /** the fix when a list is given */ oneOf?: string },
) {
  const values = options.options.map((o) => o.value) as [V, ...V[]];
  const listed = options.unknown ? [...options.options, { value: UNKNOWN, label: t('fact.unknownOption') }] : options.options;
  // The messages name the real choices; `unknown` is offered by the field's hint and the CMS.
  const choices = options.options.map((o) => `${o.value} (${o.label})`).join(', ');
  const schema = z.enum(values, {
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? t('error.required', { expected: t('expected.select', { choices }) })
        : Array.isArray(issue.input)
          ? t('error.selectList', { choices, fix: options.oneOf ?? '' }).trim()
          : t('error.select', { found: describe(issue.input), choices }),
  });
  const zod = finish(maybeUnknown(schema, options.unknown, z.enum([...values, UNKNOWN])), options.required);
  const field: SelectField<K> = {
    key,
    kind: 'select',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    unknown: options.unknown,
    options: listed,
  };
  return { ...field, zod } as Field<SelectField<K>, Opt<R, MaybeUnknown<z.ZodEnum<{ [k in V]: k }>, U>>>;
}

/** The id of an entry of another collection: a meeting's file stem. Existence is checked across files. */
export function relation<const K extends string, R extends boolean = true>(key: K, options: Common<R> & { collection: string }) {
  const zod = finish(relationSchema(options.collection), options.required);
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

function relationSchema(collection: string) {
  return z
    .string({ error: typeMessage(t('expected.relation', { collection })) })
    .trim()
    .min(1, { error: t('error.empty') });
}

/**
 * Optional references to entries of another collection: none, one name, or a list of names (first the one
 * where the entry began). The model keeps the value as written (a 0.2.0 reader still finds one name);
 * `petitionMeetings` reads it as a list. The CMS picks one; a list is written by hand.
 */
export function relations<const K extends string>(key: K, options: Omit<Common<false>, 'required'> & { collection: string }) {
  const one = relationSchema(options.collection);
  const many = z.array(one, { error: typeMessage(t('expected.relations', { collection: options.collection })) }).min(1, {
    error: t('error.listMin', { min: 1 }),
  });
  const either = z.any().transform((value: unknown, ctx): string | string[] => {
    const result = Array.isArray(value) ? many.safeParse(value) : one.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
  const zod = finish(either, false);
  // The CMS keeps its meeting picker required (a petition made in the CMS belongs to a meeting); a petition of
  // the standing channel, or one carried over, is written in its file (docs/CONTENT-MODEL.md).
  cmsView.set(zod, one);
  const field: RelationField<K> = {
    key,
    kind: 'relation',
    label: options.label,
    hint: options.hint,
    required: false,
    collection: options.collection,
    multiple: true,
  };
  return { ...field, zod } as Field<RelationField<K>, typeof zod>;
}

/** A count as the model holds it: the number, and whether the source gave it as "more than" it. */
export interface Count {
  value: number;
  approximate: boolean;
}

/**
 * A count of people or businesses: `600`, or `{ value: 600, approximate: true }` when the source says
 * "hơn 600"; with `unknown`, also `unknown`. The model holds a `Count` (or `null` when unknown).
 */
export function count<const K extends string, R extends boolean = true, U extends boolean = false>(key: K, options: Common<R, U>) {
  const number = z
    .number({ error: typeMessage(t('expected.integer')) })
    .int({ error: (i) => t('error.integer', { found: describe(i.input) }) })
    .min(0, { error: (i) => t('error.min', { min: 0, found: describe(i.input) }) });
  const approximate = z
    .strictObject(
      { value: number, approximate: z.boolean({ error: typeMessage(t('expected.boolean')) }).optional() },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? t('error.unknownKeys', { known: 'value, approximate' })
            : t('error.type', { expected: t('expected.count'), found: describe(issue.input) }),
      },
    )
    .transform((v): Count => ({ value: v.value, approximate: v.approximate ?? false }));
  // A number or a group: each reports its own problem (a union would only say "none matched").
  const checked = z.any().transform((value: unknown, ctx): Count => {
    const isGroup = typeof value === 'object' && value !== null && !Array.isArray(value);
    const result = isGroup ? approximate.safeParse(value) : number.safeParse(value);
    if (result.success) return typeof result.data === 'number' ? { value: result.data, approximate: false } : result.data;
    for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
  cmsView.set(checked, number);
  const zod = finish(maybeUnknown(checked, options.unknown, number), options.required);
  const field: CountField<K> = {
    key,
    kind: 'count',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    unknown: options.unknown,
  };
  return { ...field, zod } as Field<CountField<K>, Opt<R, MaybeUnknown<z.ZodType<Count, unknown>, U>>>;
}

/** A list of short texts, each one line (`topics`). */
export function strings<const K extends string>(key: K, options: Omit<Common<false>, 'required'> & { maxLength?: number }) {
  const zod = finish(
    z.array(textSchema('string', { maxLength: options.maxLength }, true), { error: typeMessage(t('expected.strings')) }),
    false,
  );
  const field: StringsField<K> = { key, kind: 'strings', label: options.label, hint: options.hint, required: false };
  return { ...field, zod } as Field<StringsField<K>, typeof zod>;
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
export function group<const K extends string, const F extends readonly Field[], R extends boolean = true, U extends boolean = false>(
  key: K,
  options: Common<R, U> & { fields: F },
) {
  const zod = finish(maybeUnknown(objectSchema(options.fields), options.unknown), options.required);
  const field: ObjectField<K> = {
    key,
    kind: 'object',
    label: options.label,
    hint: options.hint,
    required: options.required !== false,
    unknown: options.unknown,
    fields: options.fields,
  };
  return { ...field, zod } as Field<ObjectField<K>, Opt<R, MaybeUnknown<ReturnType<typeof objectSchema<F>>, U>>>;
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
