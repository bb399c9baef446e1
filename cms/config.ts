/**
 * The Decap CMS configuration, generated from the field definitions that also generate the zod schemas
 * (src/lib/schema): one source of truth for keys, labels, help texts, required flags, enums and date
 * formats. `npm run cms:config` prints it; the admin page loads it as `config.yml`.
 */
import path from 'node:path';
import { COLLECTIONS, type CollectionSpec } from '../src/lib/ingest/schema/collections.ts';
import { DEFAULT_YEARS_AHEAD, plausibleYears, type AnyField } from '../src/lib/ingest/schema/fields.ts';
import { todayInVietnam } from '../src/lib/base/dates/civil.ts';
import { t } from '../src/i18n/index.ts';

/** A Decap field, as it appears in `config.yml`. */
export type DecapField = { name: string; label: string; widget: string; required: boolean; hint?: string } & Record<string, unknown>;

export interface DecapCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  [key: string]: unknown;
}

/** The Git hosts Decap 3.16 supports that the project offers (docs: deploy/cms/). */
export const GIT_HOSTS = ['github', 'gitlab', 'forgejo', 'gitea', 'bitbucket'] as const;
export type GitHost = (typeof GIT_HOSTS)[number];

/** Decap's publishing modes: drafts reviewed before publishing, or a save that publishes. */
export const PUBLISH_MODES = ['editorial_workflow', 'simple'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

/** Where the CMS saves: the local decap-server (dev) or a Git host, with the editorial workflow unless said otherwise. */
export type CmsBackend =
  | { kind: 'local'; proxyUrl: string; /** decap-server in git mode: drafts as branches, as on a Git host */ workflow?: boolean }
  | {
      kind: 'git-host';
      name: GitHost;
      repo: string;
      branch: string;
      publishMode: PublishMode;
      baseUrl?: string;
      authEndpoint?: string;
      appId?: string;
      apiRoot?: string;
    };

export interface CmsOptions {
  backend: CmsBackend;
  /** The content root relative to the repository root the backend writes into (`content`, or `` when the repository is the content root) */
  contentPath: string;
  /** The public site's URL, for "view live" links */
  siteUrl?: string;
}

/** Stored date formats: a date stays a calendar day, a date-time stays Vietnam local time (no UTC instant). */
export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATETIME_FORMAT = 'YYYY-MM-DDTHH:mm';
/** The admin script's date and date-time widgets (cms/admin/date-widgets.ts). */
export const DATE_WIDGET = 'vn-date';
export const DATETIME_WIDGET = 'vn-datetime';
/** The meeting picker (cms/admin/meeting-widget.ts): upcoming meeting first, its date in the label. */
export const MEETING_WIDGET = 'meeting';
/** The petition code entry (cms/admin/code-widget.ts): uniqueness while typing, the next free code. */
export const CODE_WIDGET = 'petition-code';

/** The Decap `pattern` a field's value must match, when its kind or definition has one. */
function patternOf(field: AnyField): [string, string] | undefined {
  if (field.kind === 'file')
    return [`\\.(${field.extensions.join('|')})$`, t('cms.pattern.file', { extensions: field.extensions.join(', ') })];
  if (field.kind === 'url') return ['^https?://\\S+$', t('cms.pattern.url')];
  if (field.kind === 'email') return ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', t('cms.pattern.email')];
  if (field.kind === 'string' || field.kind === 'text' || field.kind === 'markdown') {
    if (field.pattern) return [field.pattern.source, field.pattern.message];
    if (field.maxLength) return [`^[\\s\\S]{0,${field.maxLength}}$`, t('cms.pattern.maxLength', { max: field.maxLength })];
  }
  return undefined;
}

/**
 * The Decap widget of one field definition. `optionalParent` is the label of an optional group the field
 * sits in: Decap would insist on its required fields even when the whole group is left empty, so there they
 * are optional in the CMS, say so in the hint, and the build requires them once the group is filled in.
 */
export function decapField(field: AnyField, optionalParent?: string): DecapField {
  const required = field.required && optionalParent === undefined;
  const base: DecapField = { name: field.key, label: field.label, widget: 'string', required };
  const hints = [
    field.required && optionalParent !== undefined ? t('cms.hint.requiredInGroup', { group: optionalParent }) : undefined,
    field.hint,
  ].filter(Boolean);
  if (hints.length) base.hint = hints.join(' ');
  const childParent = optionalParent ?? (field.required ? undefined : field.label);
  const pattern = patternOf(field);
  switch (field.kind) {
    case 'string':
    case 'url':
    case 'email':
      base.widget = 'string';
      break;
    case 'text':
      base.widget = 'text';
      break;
    case 'markdown':
      base.widget = 'markdown';
      break;
    // Our own entry (cms/admin/date-widgets.ts): dd/mm/yyyy and 24-hour HH:mm in any browser language,
    // stored as `format`, only when complete and in the plausible years (decap-cms#7939).
    case 'date':
      Object.assign(base, { widget: DATE_WIDGET, format: DATE_FORMAT, years_ahead: field.yearsAhead });
      break;
    case 'datetime':
      Object.assign(base, { widget: DATETIME_WIDGET, format: DATETIME_FORMAT, years_ahead: field.yearsAhead });
      break;
    case 'integer':
      Object.assign(base, { widget: 'number', value_type: 'int' });
      if (field.min !== undefined) base.min = field.min;
      if (field.max !== undefined) base.max = field.max;
      break;
    case 'boolean':
      base.widget = 'boolean';
      if (field.default !== undefined) base.default = field.default;
      break;
    case 'select':
      Object.assign(base, { widget: 'select', options: field.options.map((o) => ({ label: o.label, value: o.value })) });
      break;
    case 'relation':
      Object.assign(base, {
        widget: field.collection === 'hoi-nghi' ? MEETING_WIDGET : 'relation',
        collection: field.collection,
        value_field: '{{slug}}',
        search_fields: ['title', 'period', 'topic'],
        display_fields: ['title'],
        options_length: 50,
      });
      break;
    case 'file':
      Object.assign(base, { widget: 'file', choose_url: false, media_library: { allow_multiple: false } });
      break;
    case 'object':
      Object.assign(base, { widget: 'object', collapsed: false, fields: field.fields.map((f) => decapField(f, childParent)) });
      break;
    case 'list': {
      const first = field.fields.find((f) => f.kind === 'string' || f.kind === 'text') ?? field.fields[0];
      Object.assign(base, { widget: 'list', collapsed: true, fields: field.fields.map((f) => decapField(f)) });
      if (first) base.summary = `{{fields.${first.key}}}`;
      if (field.min !== undefined) base.min = field.min;
      if (field.max !== undefined) base.max = field.max;
      break;
    }
  }
  if (pattern) base.pattern = pattern;
  return base;
}

/**
 * File names of new entries, which become the public URLs (`slug.encoding: ascii` drops the marks):
 * documents by their number and year (`130-tb-ubnd-2026`), a meeting by its plan's (`120-kh-ubnd-2026`;
 * Decap adds `-1` when a plan has a second meeting), a petition by its code. Renaming later is by hand.
 */
const SLUGS: Partial<Record<CollectionSpec['name'], string>> = {
  // `{{year}}` alone is Decap's current year, not the field: fields are named `fields.…` where they clash.
  'lich-nghi': '{{fields.year}}',
  'hoi-nghi': "{{plan.number}}-{{plan.date | date('YYYY')}}",
  'thong-bao': "{{number}}-{{issued | date('YYYY')}}",
  'noi-dung': '{{title}}',
  'kien-nghi': '{{code}}',
  'ket-luan': "{{number}}-{{issued | date('YYYY')}}",
};

/** What the entry lists show. */
const SUMMARIES: Partial<Record<CollectionSpec['name'], string>> = {
  'lich-nghi': '{{fields.year}}',
  // `start` may be empty (a planned meeting): Decap's date filter would print "Invalid Date".
  'hoi-nghi': '{{title}}',
  'thong-bao': "{{number}} — {{title}} ({{published | date('DD/MM/YYYY')}})",
  'noi-dung': "{{title}} ({{published | date('DD/MM/YYYY')}})",
  'kien-nghi': "{{code}} — {{title}} ({{received | date('DD/MM/YYYY')}})",
  'ket-luan': "{{number}} — {{title}} ({{published | date('DD/MM/YYYY')}})",
};

/** A list view filter on a field whose value matches a pattern. */
const filter = (label: string, field: string, pattern: string) => ({ label, field, pattern });

/** Filters by each option of a select field. */
function optionFilters(spec: CollectionSpec, key: string): { label: string; field: string; pattern: string }[] {
  const field = spec.fields.find((f) => f.key === key);
  if (field?.kind !== 'select') return [];
  return field.options.map((o) => filter(`${field.label}: ${o.label}`, key, `^${o.value}$`));
}

/** Filters by year on a date field: the years the content can hold, newest first. */
function yearFilters(label: string, field: string, today = todayInVietnam()): { label: string; field: string; pattern: string }[] {
  const { min, max } = plausibleYears(DEFAULT_YEARS_AHEAD, today);
  const first = Math.max(min, max - 6);
  return Array.from({ length: max - first + 1 }, (_, i) => max - i).map((year) =>
    filter(t('cms.list.year', { label, year }), field, `^${year}-`),
  );
}

/**
 * How each list opens and what it offers at 1,000 entries: the newest first (`default_sort`), the sort
 * fields, filters (status, group, year) and groups (by meeting, status, year).
 */
function listViews(spec: CollectionSpec): Record<string, unknown> {
  const dateKey = { 'kien-nghi': 'received', 'hoi-nghi': 'start', 'lich-nghi': 'year' }[spec.name as string] ?? 'published';
  if (spec.name === 'don-vi') return {};
  if (spec.name === 'lich-nghi') return { sortable_fields: [{ field: 'year', default_sort: 'desc' }] };
  const label = spec.fields.find((f) => f.key === dateKey)?.label ?? dateKey;
  const sortable: unknown[] = [
    { field: dateKey, label, default_sort: 'desc' },
    { field: 'title', label: t('cms.list.title') },
  ];
  if (spec.name === 'kien-nghi') sortable.push({ field: 'code', label: t('cms.list.code') });
  const views: Record<string, unknown> = { sortable_fields: sortable };
  const filters = [...optionFilters(spec, 'status'), ...optionFilters(spec, 'group'), ...yearFilters(label, dateKey)];
  if (filters.length) views.view_filters = filters;
  const groups: { label: string; field: string; pattern?: string }[] = [];
  if (spec.fields.some((f) => f.key === 'meeting')) groups.push({ label: t('cms.list.byMeeting'), field: 'meeting' });
  if (spec.fields.some((f) => f.key === 'status')) groups.push({ label: t('cms.list.byStatus'), field: 'status' });
  if (spec.fields.some((f) => f.key === 'group')) groups.push({ label: t('cms.list.byGroup'), field: 'group' });
  groups.push({ label: t('cms.list.byYear'), field: dateKey, pattern: '\\d{4}' });
  views.view_groups = groups;
  return views;
}

function join(contentPath: string, sub: string): string {
  return path.posix.join(contentPath || '.', sub).replace(/^\.\//, '');
}

/** The Decap collection of one content collection. */
export function decapCollection(spec: CollectionSpec, contentPath: string): DecapCollection {
  const fields = spec.fields.map((f) => decapField(f));
  if (spec.name === 'kien-nghi') for (const f of fields) if (f.name === 'code') f.widget = CODE_WIDGET;
  if (spec.body)
    fields.push({ name: 'body', label: spec.body.label, hint: spec.body.hint, widget: 'markdown', required: spec.body.required });
  if (spec.kind === 'file') {
    return {
      name: spec.name,
      label: spec.label,
      description: t(`cms.collection.${spec.name}` as 'cms.collection.don-vi'),
      editor: { preview: false },
      files: [{ name: spec.name, label: spec.labelSingular, file: join(contentPath, spec.path), format: 'yml', fields }],
    };
  }
  return {
    name: spec.name,
    label: spec.label,
    label_singular: spec.labelSingular,
    description: t(`cms.collection.${spec.name}` as 'cms.collection.don-vi'),
    folder: join(contentPath, spec.path),
    create: true,
    delete: true,
    extension: spec.format === 'yaml' ? 'yaml' : 'md',
    format: spec.format === 'yaml' ? 'yml' : 'frontmatter',
    identifier_field: spec.name === 'kien-nghi' ? 'code' : spec.name === 'lich-nghi' ? 'year' : 'title',
    slug: SLUGS[spec.name] ?? '{{title}}',
    summary: SUMMARIES[spec.name],
    ...listViews(spec),
    editor: { preview: spec.format === 'markdown' || spec.name === 'hoi-nghi' },
    fields,
  };
}

/** Commit messages in Vietnamese (the repository's history is read by the unit's staff). */
const COMMIT_MESSAGES = {
  create: t('cms.commit.create'),
  update: t('cms.commit.update'),
  delete: t('cms.commit.delete'),
  uploadMedia: t('cms.commit.uploadMedia'),
  deleteMedia: t('cms.commit.deleteMedia'),
  openAuthoring: '{{message}}',
};

/** The commit status CI sets with a draft's preview address (docs/ci/): the editor's "Xem trước" opens it. */
export const PREVIEW_CONTEXT = 'xem-truoc';

function backendConfig(backend: CmsBackend): Record<string, unknown> {
  if (backend.kind === 'local') return { name: 'proxy', proxy_url: backend.proxyUrl, branch: 'main', commit_messages: COMMIT_MESSAGES };
  const config: Record<string, unknown> = {
    name: backend.name,
    repo: backend.repo,
    branch: backend.branch,
    squash_merges: true,
    commit_messages: COMMIT_MESSAGES,
  };
  if (backend.publishMode === 'editorial_workflow') config.preview_context = PREVIEW_CONTEXT;
  if (backend.baseUrl) config.base_url = backend.baseUrl;
  if (backend.authEndpoint) config.auth_endpoint = backend.authEndpoint;
  if (backend.apiRoot) config.api_root = backend.apiRoot;
  if (backend.appId) {
    config.app_id = backend.appId;
    // GitLab needs to be told; Gitea and Forgejo only log in with PKCE.
    if (backend.name === 'gitlab') config.auth_type = 'pkce';
    if (backend.name === 'bitbucket') config.auth_type = 'implicit';
  }
  return config;
}

/** The whole Decap configuration. */
export function cmsConfig(options: CmsOptions): Record<string, unknown> {
  const config: Record<string, unknown> = {
    locale: 'vi',
    backend: backendConfig(options.backend),
    media_folder: join(options.contentPath, 'tep'),
    public_folder: 'tep',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: COLLECTIONS.map((spec) => decapCollection(spec, options.contentPath)),
  };
  const workflow = options.backend.kind === 'git-host' ? options.backend.publishMode === 'editorial_workflow' : options.backend.workflow;
  if (workflow) config.publish_mode = 'editorial_workflow';
  if (options.siteUrl) config.site_url = config.display_url = options.siteUrl;
  return config;
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;

/**
 * The production backend from the environment (deploy/cms/README.md): `CMS_REPO` (owner/name) turns the
 * admin on; `CMS_BACKEND` (github, gitlab, forgejo, gitea, bitbucket; default github), `CMS_BRANCH` (default
 * main), `CMS_PUBLISH_MODE` (editorial_workflow, the default, or simple), `CMS_BASE_URL` and
 * `CMS_AUTH_ENDPOINT` (the Git host, or the OAuth service), `CMS_APP_ID` (the OAuth application for PKCE),
 * `CMS_API_ROOT` (the API). What a host needs and cannot do is refused here, in Vietnamese, so that no
 * build ships an editor that cannot log in or save (Decap's Gitea backend has no editorial workflow).
 * Undefined when `CMS_REPO` is not set.
 */
export function gitHostFromEnv(env: NodeJS.ProcessEnv = process.env): CmsBackend | undefined {
  const repo = trimmed(env.CMS_REPO);
  if (!repo) return undefined;
  const name = (trimmed(env.CMS_BACKEND) ?? 'github') as GitHost;
  if (!GIT_HOSTS.includes(name)) throw new Error(t('cms.error.backend', { found: name, choices: GIT_HOSTS.join(', ') }));
  if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) throw new Error(t('cms.error.repo', { found: repo }));
  const publishMode = (trimmed(env.CMS_PUBLISH_MODE) ?? 'editorial_workflow') as PublishMode;
  if (!PUBLISH_MODES.includes(publishMode))
    throw new Error(t('cms.error.publishMode', { found: publishMode, choices: PUBLISH_MODES.join(', ') }));
  if (name === 'gitea' && publishMode === 'editorial_workflow') throw new Error(t('cms.error.giteaWorkflow'));
  const baseUrl = trimmed(env.CMS_BASE_URL);
  const appId = trimmed(env.CMS_APP_ID);
  let apiRoot = trimmed(env.CMS_API_ROOT);
  for (const [variable, value] of [
    ['CMS_BASE_URL', baseUrl],
    ['CMS_API_ROOT', apiRoot],
  ] as const)
    if (value && !/^https?:\/\/[^\s/]+/.test(value)) throw new Error(t('cms.error.url', { variable, found: value }));
  if (name === 'forgejo') {
    if (!apiRoot)
      throw new Error(t('cms.error.needs', { backend: name, variable: 'CMS_API_ROOT', example: 'https://git.donvi.gov.vn/api/v1' }));
    if (!/\/api\/v\d+\/?$/.test(apiRoot)) throw new Error(t('cms.error.forgejoApi', { found: apiRoot }));
  }
  if ((name === 'forgejo' || name === 'gitea') && !appId)
    throw new Error(t('cms.error.needs', { backend: name, variable: 'CMS_APP_ID', example: t('cms.example.forgejoClient') }));
  if (name === 'gitea' && !baseUrl)
    throw new Error(t('cms.error.needs', { backend: name, variable: 'CMS_BASE_URL', example: 'https://git.donvi.gov.vn' }));
  if (name === 'gitlab') {
    if (!appId && !baseUrl)
      throw new Error(t('cms.error.needs', { backend: name, variable: 'CMS_APP_ID', example: t('cms.example.gitlabClient') }));
    // Self-managed GitLab: its API is on the same host unless said otherwise.
    if (appId && baseUrl && !apiRoot) apiRoot = `${baseUrl.replace(/\/+$/, '')}/api/v4`;
  }
  if (name === 'gitea' && !apiRoot && baseUrl) apiRoot = `${baseUrl.replace(/\/+$/, '')}/api/v1`;
  return {
    kind: 'git-host',
    name,
    repo,
    branch: trimmed(env.CMS_BRANCH) ?? 'main',
    publishMode,
    baseUrl,
    authEndpoint: trimmed(env.CMS_AUTH_ENDPOINT),
    appId,
    apiRoot,
  };
}

/** The default port of the local Decap backend (decap-server); `DECAP_PORT` changes it. */
export const DEFAULT_DECAP_PORT = 8081;

/**
 * The local backend's URL, on loopback. With `DECAP_MODE=git` decap-server commits and keeps each draft on
 * its own branch, so the editorial workflow (draft, review, ready, publish) runs locally as on a Git host.
 */
export function localBackend(port = Number(process.env.DECAP_PORT ?? DEFAULT_DECAP_PORT), mode = process.env.DECAP_MODE): CmsBackend {
  return { kind: 'local', proxyUrl: `http://127.0.0.1:${port}/api/v1`, ...(mode === 'git' ? { workflow: true } : {}) };
}

/**
 * The repository the backend writes into, and the content root's path inside it: the project when the
 * content root is inside it (`content`, `examples/…`), otherwise the content root itself.
 */
export function repositoryOf(projectRoot: string, contentRoot: string): { repoDir: string; contentPath: string } {
  const relative = path.relative(projectRoot, contentRoot);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative)))
    return { repoDir: projectRoot, contentPath: relative.split(path.sep).join('/') };
  return { repoDir: contentRoot, contentPath: '' };
}
