/**
 * The admin page's script: Decap CMS from the npm package, in Vietnamese, with previews that use the
 * public site's stylesheet and markup. The configuration is `config.yml` next to the page (generated from
 * the field definitions by cms/config.ts).
 */
import CMS from 'decap-cms-app';
import { vi as decapVi } from 'decap-cms-locales';
import { createElement as h, useEffect, useState, type ReactNode } from 'react';
import { formatMeetingTime, formatShortDate, signerLines } from '../../src/lib/present/view/format.ts';
import { formatNumberLine } from '../../src/lib/base/text/doc-number.ts';
import { t } from '../../src/i18n/index.ts';
import { localeOverrides } from '../../src/i18n/decap-locale.ts';
import { CodeControl } from './code-widget.ts';
import { DateControl, DatePreview, DateTimeControl } from './date-widgets.ts';
import { MeetingControl } from './meeting-widget.ts';
import { petitionPreview } from './petition-preview.ts';
import { afterSave, blockingMessage, withBuildChecks } from './validation.ts';

type Immutable = { get(key: string): unknown; getIn(path: unknown[]): unknown; toJS(): unknown };
interface PreviewProps {
  entry: Immutable;
  collection: Immutable;
  widgetFor: (name: string) => ReactNode;
  /** The rendered widgets of an object field's subfields (Decap's preview API): Markdown comes out as HTML */
  widgetsFor: (name: string) => Immutable;
  /** Loads an entry of another collection (Decap's preview API) */
  getCollection?: (collection: string, slug: string) => Promise<Immutable>;
}
interface FieldConfig {
  name: string;
  label: string;
  widget: string;
  format?: string;
  options?: { label: string; value: string }[];
  fields?: FieldConfig[];
}

/** Deep merge: our strings over Decap's Vietnamese (which leaves some keys in English). */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value)
        ? merge((base[key] ?? {}) as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}
CMS.registerLocale('vi', merge(decapVi as Record<string, unknown>, localeOverrides) as never);

// The public site's stylesheet, copied next to this page at build time.
CMS.registerPreviewStyle(new URL('site.css', document.baseURI).href);

/** A value as the public pages write it: option labels, Decree 30 dates, yes/no. */
/** Rendered Markdown of subfields, by object field then subfield name. */
type Rendered = Map<string, Immutable | undefined>;

function display(field: FieldConfig, value: unknown, rendered?: Immutable): ReactNode {
  if (value === undefined || value === null || value === '') return null;
  if (field.widget === 'select') return field.options?.find((o) => o.value === value)?.label ?? String(value);
  if (field.widget === 'boolean') return value ? t('site.yes') : t('site.no');
  if ((field.widget === 'datetime' || field.widget === 'vn-date' || field.widget === 'vn-datetime') && typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return formatMeetingTime(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatShortDate(value);
  }
  if (field.widget === 'file' && typeof value === 'string')
    return h('a', { href: new URL(value, document.baseURI.replace(/admin\/.*$/, '')).href }, value);
  if (field.widget === 'object' && typeof value === 'object')
    return facts(field.fields ?? [], value as Record<string, unknown>, [], rendered);
  if (field.widget === 'list' && Array.isArray(value)) {
    return h(
      'ul',
      null,
      value.map((item, i) => h('li', { key: i }, facts(field.fields ?? [], item as Record<string, unknown>))),
    );
  }
  if (field.widget === 'markdown' || field.widget === 'text')
    return h('div', { className: 'prose', style: { whiteSpace: 'pre-wrap' } }, String(value));
  return String(value);
}

/** `widgets`: the rendered subfields of the object these fields belong to; `objects`: of each top-level object field. */
function facts(
  fields: FieldConfig[],
  data: Record<string, unknown>,
  skip: string[] = [],
  widgets?: Immutable,
  objects?: Rendered,
): ReactNode {
  const rows = fields
    .filter((f) => !skip.includes(f.name) && f.name !== 'body')
    .flatMap((f) => {
      const markdown = f.widget === 'markdown' && data[f.name] ? (widgets?.get(f.name) as ReactNode | undefined) : undefined;
      const shown = markdown ? h('div', { className: 'prose' }, markdown) : display(f, data[f.name], objects?.get(f.name));
      return shown === null ? [] : [h('dt', { key: `${f.name}-t` }, f.label), h('dd', { key: `${f.name}-d` }, shown)];
    });
  return rows.length ? h('dl', { className: 'facts' }, rows) : null;
}

const HEADED = ['thong-bao', 'ket-luan'];

/** A preview shaped like the public document page: the document heading, the facts, the body. */
function Preview(props: PreviewProps) {
  const { entry, collection, widgetFor } = props;
  const name = String(collection.get('name'));
  const fields = ((collection.get('fields') as Immutable | undefined)?.toJS() ?? []) as FieldConfig[];
  const data = ((entry.get('data') as Immutable | undefined)?.toJS() ?? {}) as Record<string, unknown>;
  const title = String(data.title ?? '');
  // The meeting by its title, as the public page shows it, rather than its file name.
  const meetingSlug = typeof data.meeting === 'string' ? data.meeting : '';
  const [meetingTitle, setMeetingTitle] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    if (!meetingSlug || !props.getCollection) return setMeetingTitle(undefined);
    props
      .getCollection('hoi-nghi', meetingSlug)
      .then((entry) => live && setMeetingTitle(String(entry.getIn(['data', 'title']) ?? '') || undefined))
      .catch(() => live && setMeetingTitle(undefined));
    return () => {
      live = false;
    };
  }, [meetingSlug]);
  if (meetingTitle) data.meeting = meetingTitle;
  const heading =
    name === 'kien-nghi'
      ? h('h1', null, `${data.code ?? ''}: ${title}`)
      : HEADED.includes(name)
        ? h('header', { className: 'doc-head' }, [
            h(
              'div',
              { className: 'doc-issuer', key: 'i' },
              data.number ? h('p', { className: 'doc-number' }, formatNumberLine(String(data.number))) : null,
            ),
            h('div', { className: 'doc-nation', key: 'n' }, [
              h('p', { className: 'nation', key: 'a' }, t('site.nation')),
              h('p', { className: 'motto', key: 'b' }, t('site.motto')),
            ]),
            h('h1', { className: 'doc-title', key: 't' }, h('span', null, title)),
          ])
        : h('h1', null, title);
  // Markdown inside groups (how to register, the answer) rendered as on the public page.
  const objects: Rendered = new Map(
    fields
      .filter((f) => f.widget === 'object')
      .map((f) => [f.name, (props.widgetsFor(f.name) as Immutable | undefined)?.get('widgets') as Immutable | undefined]),
  );
  if (name === 'kien-nghi') {
    const answer = objects.get('answer');
    return h('main', { className: 'wrap', lang: 'vi' }, [
      h('p', { className: 'lead', key: 'note' }, t('cms.preview.note')),
      h(
        'div',
        { key: 'doc' },
        petitionPreview(data, {
          body: widgetFor('body'),
          answerText: data.answer && answer ? (answer.get('text') as ReactNode) : undefined,
          meetingTitle,
          fileUrl: (file) => new URL(file, document.baseURI.replace(/admin\/.*$/, '')).href,
        }),
      ),
    ]);
  }
  const signer = name === 'ket-luan' && data.signer ? (data.signer as { position?: string; name?: string }) : undefined;
  return h('main', { className: 'wrap', lang: 'vi' }, [
    h('p', { className: 'lead', key: 'note' }, t('cms.preview.note')),
    h('article', { className: 'document', key: 'doc' }, [
      h('div', { key: 'h' }, heading),
      h('div', { key: 'f' }, facts(fields, data, ['title', 'code', 'signer'], undefined, objects)),
      fields.some((f) => f.name === 'body') ? h('div', { className: 'prose', key: 'b' }, widgetFor('body')) : null,
      signer
        ? h('div', { className: 'signature', key: 's' }, [
            ...signerLines(signer.position ?? '').map((line, i) => h('p', { className: 'signer-position', key: `p${i}` }, line)),
            h('p', { className: 'signer-name', key: 'n' }, signer.name ?? ''),
          ])
        : null,
    ]),
  ]);
}

for (const name of ['hoi-nghi', 'thong-bao', 'noi-dung', 'kien-nghi', 'ket-luan']) CMS.registerPreviewTemplate(name, Preview as never);

// Our widgets: dates as typed (dd/mm/yyyy, 24-hour time), the meeting picker, the petition code.
CMS.registerWidget('vn-date', DateControl as never, DatePreview as never);
CMS.registerWidget('vn-datetime', DateTimeControl as never, DatePreview as never);
CMS.registerWidget('meeting', MeetingControl as never);
CMS.registerWidget('petition-code', CodeControl as never);

// Every widget also runs the build's checks for its field (cms/admin/validation.ts).
for (const name of [
  'string',
  'text',
  'markdown',
  'number',
  'boolean',
  'select',
  'relation',
  'file',
  'image',
  'object',
  'list',
  'vn-date',
  'vn-datetime',
  'meeting',
  'petition-code',
]) {
  const widget = CMS.getWidget(name) as { control: never } | undefined;
  if (widget) widget.control = withBuildChecks(widget.control, name) as never;
}

type EventEntry = Parameters<typeof blockingMessage>[1] & { get(key: string): unknown };

// The last guard: with every entry loaded, the build's checks once more; an error blocks the write.
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }: { entry: EventEntry }) => {
    const message = await blockingMessage(String(entry.get('collection')), entry);
    if (message) throw message;
    return undefined;
  },
} as never);
CMS.registerEventListener({ name: 'postSave', handler: () => afterSave() } as never);

CMS.init();
