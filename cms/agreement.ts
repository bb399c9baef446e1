/**
 * Field-by-field comparison of a Decap collection's fields with the zod schema the build validates with:
 * same keys in the same order, same required flags, same kinds, same enum values, same nesting, and the
 * date formats the schema accepts. Used by test/cms/config.test.ts; returns the disagreements as text.
 */
import type { z } from 'astro/zod';
import type { DecapField } from './config.ts';
import { cmsStoredSchema } from '../src/lib/ingest/schema/fields.ts';
import { t } from '../src/i18n/index.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional / preprocess / default wrappers (and a union's group), and whether it accepts a missing value. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    // A field the build accepts in more forms (`unknown`, a list, an approximate count) than its widget writes.
    const stored = cmsStoredSchema(current);
    if (stored) {
      current = stored;
      continue;
    }
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      optional = true;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema
      current = (defOf(def.in as z.ZodType).type === 'transform' ? def.out : def.in) as z.ZodType;
    } else if (def.type === 'union' && (def.options as z.ZodType[]).some((o) => defOf(o).type === 'object')) {
      // A value written either as a plain 0.2.0 number or as a group (rulesOverride): the CMS writes the group.
      current = (def.options as z.ZodType[]).find((o) => defOf(o).type === 'object')!;
    } else {
      return { inner: current, optional };
    }
  }
}

/** Widgets that store a string, and the zod type they must meet. */
const WIDGET_TYPES: Record<string, string> = {
  string: 'string',
  text: 'string',
  markdown: 'string',
  datetime: 'string',
  'vn-date': 'string',
  'vn-datetime': 'string',
  relation: 'string',
  meeting: 'string',
  'petition-code': 'string',
  file: 'string',
  select: 'enum',
  number: 'number',
  boolean: 'boolean',
  object: 'object',
  list: 'array',
};

/** Samples of a stored value the schema must accept for a datetime widget's `format`. */
const FORMAT_SAMPLES: Record<string, { accept: string; refuse: string }> = {
  'YYYY-MM-DD': { accept: '2026-05-21', refuse: '2026-05-21T01:00:00.000Z' },
  'YYYY-MM-DDTHH:mm': { accept: '2026-05-21T08:00', refuse: '2026-05-21T01:00:00.000Z' },
};

/**
 * The disagreements between Decap fields and a zod object schema, one line each (empty when they agree).
 * Inside an optional group (`inOptionalGroup`) Decap leaves every field optional, since it would otherwise
 * refuse to save an entry with the group left empty; the build requires them once the group is filled in.
 */
export function compareFields(fields: readonly DecapField[], schema: z.ZodType, where = '', inOptionalGroup = false): string[] {
  const problems: string[] = [];
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type !== 'object') return [t('cms.agreement.notObject', { at: where || t('cms.agreement.root'), type: def.type })];
  const shape = (inner as unknown as { shape: Record<string, z.ZodType> }).shape;
  const zodKeys = Object.keys(shape);
  const cmsKeys = fields.map((f) => f.name).filter((k) => !(where === '' && k === 'body'));
  for (const key of zodKeys) if (!cmsKeys.includes(key)) problems.push(t('cms.agreement.onlyZod', { at: `${where}${key}` }));
  for (const key of cmsKeys) if (!zodKeys.includes(key)) problems.push(t('cms.agreement.onlyCms', { at: `${where}${key}` }));
  const common = zodKeys.filter((k) => cmsKeys.includes(k));
  const cmsOrder = cmsKeys.filter((k) => zodKeys.includes(k));
  if (common.join() !== cmsOrder.join())
    problems.push(t('cms.agreement.order', { at: where || t('cms.agreement.root'), zod: common.join(', '), cms: cmsOrder.join(', ') }));
  for (const field of fields) {
    const zodField = shape[field.name];
    if (!zodField) continue;
    const at = `${where}${field.name}`;
    const { inner: zInner, optional } = unwrap(zodField);
    const zDef = defOf(zInner);
    if (inOptionalGroup) {
      if (field.required) problems.push(t('cms.agreement.requiredInOptionalGroup', { at }));
    } else if (field.required === optional) {
      problems.push(
        t('cms.agreement.required', { at, required: field.required ? 'CMS' : 'zod', optional: field.required ? 'zod' : 'CMS' }),
      );
    }
    const expected = WIDGET_TYPES[field.widget];
    if (expected !== zDef.type) {
      problems.push(t('cms.agreement.widget', { at, widget: String(field.widget), stores: expected ?? '?', type: zDef.type }));
      continue;
    }
    if (field.widget === 'select') {
      const values = ((field.options as { value: string }[] | undefined) ?? []).map((o) => o.value);
      const zValues = Object.values(zDef.entries as Record<string, string>);
      if (values.join() !== zValues.join())
        problems.push(t('cms.agreement.options', { at, zod: zValues.join(', '), cms: values.join(', ') }));
    }
    if (field.widget === 'vn-date' || field.widget === 'vn-datetime') {
      const sample = FORMAT_SAMPLES[String(field.format)];
      const expected = field.widget === 'vn-date' ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:mm';
      if (!sample || field.format !== expected)
        problems.push(t('cms.agreement.widgetFormat', { at, widget: String(field.widget), expected }));
      else {
        if (!zodField.safeParse(sample.accept).success)
          problems.push(t('cms.agreement.refused', { at, format: String(field.format), sample: String(sample.accept) }));
        if (zodField.safeParse(sample.refuse).success) problems.push(t('cms.agreement.utcAccepted', { at, sample: String(sample.refuse) }));
      }
    }
    if (field.widget === 'datetime') {
      const sample = FORMAT_SAMPLES[String(field.format)];
      if (!sample) problems.push(t('cms.agreement.dateFormat', { at, format: String(field.format) }));
      else {
        if (!zodField.safeParse(sample.accept).success)
          problems.push(t('cms.agreement.refused', { at, format: String(field.format), sample: sample.accept }));
        if (zodField.safeParse(sample.refuse).success) problems.push(t('cms.agreement.utcAccepted', { at, sample: sample.refuse }));
        if (field.picker_utc !== false) problems.push(t('cms.agreement.pickerUtc', { at }));
      }
    }
    if (field.widget === 'number' && field.value_type !== 'int') problems.push(t('cms.agreement.int', { at }));
    if (field.widget === 'object')
      problems.push(...compareFields(field.fields as DecapField[], zInner, `${at}.`, inOptionalGroup || optional));
    if (field.widget === 'list' && field.field) {
      const element = unwrap(defOf(zInner).element as z.ZodType).inner;
      if (defOf(element).type !== WIDGET_TYPES[String((field.field as DecapField).widget)])
        problems.push(
          t('cms.agreement.widget', {
            at: `${at}[]`,
            widget: String((field.field as DecapField).widget),
            stores: 'string',
            type: defOf(element).type,
          }),
        );
    } else if (field.widget === 'list')
      problems.push(...compareFields(field.fields as DecapField[], defOf(zInner).element as z.ZodType, `${at}[].`));
  }
  return problems;
}
