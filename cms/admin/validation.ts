/**
 * The build's validation inside the editor. Every widget's control is wrapped so that, when Decap
 * validates the form (on "Lưu" / "Công bố"), each field also gets the build's own problems for its key
 * path (src/lib/ingest/draft/draft.ts: schema, entry rules, checks across the loaded entries, personal data,
 * upload names): an error blocks the save at the field, with the build's Vietnamese message; a warning
 * is shown under the field without blocking. A `preSave` handler runs the same checks once more with
 * everything loaded, so nothing the build would refuse is ever written.
 */
import { Component, createContext, createElement as h, type ComponentType, type ReactNode } from 'react';
import { parse as parseYaml } from 'yaml';
import { store, type ImmutableLike } from 'decap-cms-core/dist/esm/redux/index.js';
import { Backend, currentBackend, type EntryValue } from 'decap-cms-core/dist/esm/backend.js';
import { slugFormatter } from 'decap-cms-core/dist/esm/lib/formatters.js';
import { uploadContentProblem, uploadNameProblems } from '../../src/lib/ingest/root/uploads.ts';
import { checkDraft, type Draft, type DraftContext } from '../../src/lib/ingest/draft/draft.ts';
import type { ContentProblem } from '../../src/lib/ingest/content/errors.ts';
import type { RawEntry } from '../../src/lib/ingest/content/read.ts';
import { keyPath } from '../../src/lib/ingest/content/validate.ts';
import { ALLOW_LIST_FILE, parseAllowList } from '../../src/lib/ingest/privacy/allow-list.ts';
import { COLLECTIONS, collectionSpec, type CollectionName } from '../../src/lib/ingest/schema/collections.ts';
import { t } from '../../src/i18n/index.ts';

type Immutable = ImmutableLike;

/** Collections whose entries other entries are checked against: meetings (references), petitions (codes), the unit (contacts). */
const CONTEXT_COLLECTIONS: CollectionName[] = ['hoi-nghi', 'kien-nghi', 'don-vi', 'lich-nghi'];

/** The content root's path inside the repository: the media folder is `<content>/tep`. */
function contentPath(): string {
  const media = String((store.getState().config as { media_folder?: string }).media_folder ?? 'tep');
  return media.replace(/\/?tep$/, '');
}

/** A repository path (`content/kien-nghi/kn-2026-05.md`) as a path in the content root. */
export function contentRelative(repoPath: string): string {
  const root = contentPath();
  return root && repoPath.startsWith(`${root}/`) ? repoPath.slice(root.length + 1) : repoPath;
}

function collectionOf(name: string): Immutable | undefined {
  return store.getState().collections.get(name) as Immutable | undefined;
}

/** A loaded entry as the build reads it (front matter and body apart). */
function rawEntry(collection: CollectionName, entry: EntryValue): RawEntry {
  const spec = collectionSpec(collection);
  const { body, ...data } = entry.data ?? {};
  return {
    collection,
    id: entry.slug,
    file: contentRelative(entry.path),
    data: spec.body ? data : entry.data,
    body: spec.body ? String(body ?? '') : undefined,
    lineOf: () => undefined,
  };
}

let context: Promise<DraftContext> | undefined;
let loaded: DraftContext | undefined;
const listeners = new Set<() => void>();

/**
 * The loaded entries go stale when the editor moves to another entry or saves (another editor may have
 * saved meanwhile too): the next editor that opens loads them again, showing the old ones until then.
 */
function markStale(): void {
  context = undefined;
}
if (typeof window !== 'undefined') window.addEventListener('hashchange', markStale);

/** Loads what the checks across files need (again once stale); widgets re-check when it arrives. */
export function loadContext(): Promise<DraftContext> {
  context ??= (async () => {
    const state = store.getState();
    const backend = currentBackend(state.config);
    const entries: RawEntry[] = [];
    await Promise.all(
      CONTEXT_COLLECTIONS.map(async (name) => {
        const collection = collectionOf(name);
        if (!collection) return;
        const spec = collectionSpec(name);
        if (spec.kind === 'file') {
          const file = (collection.get('files') as { first(): Immutable } | undefined)?.first();
          const path = String(file?.get('file') ?? '');
          const raw = await backend.implementation.getEntry(path).catch(() => undefined);
          if (raw)
            entries.push({ collection: name, id: name, file: contentRelative(path), data: parseYaml(raw.data), lineOf: () => undefined });
          return;
        }
        for (const entry of await backend.listAllEntries(collection)) entries.push(rawEntry(name, entry));
      }),
    );
    const allowPath = [contentPath(), ALLOW_LIST_FILE].filter(Boolean).join('/');
    const allowText = await backend.implementation
      .getEntry(allowPath)
      .then((r) => r.data)
      .catch(() => undefined);
    const files = new Set(entries.map((e) => e.file));
    const meetingFiles = new Set(entries.filter((e) => e.collection === 'hoi-nghi').map((e) => e.id));
    return { entries, meetingFiles, allowList: allowText ? parseAllowList(allowText, files) : undefined };
  })();
  void context.then(
    (value) => {
      loaded = value;
      for (const listener of listeners) listener();
    },
    () => {
      context = undefined;
    },
  );
  return context;
}

/** After a save, what was loaded is reloaded by the next editor. */
export function afterSave(): void {
  markStale();
}

/** The context loaded so far (undefined while loading). */
export function loadedContext(): DraftContext | undefined {
  return loaded;
}

/**
 * Where Decap will write a new entry: its own slug template on the entry's data (`lich-nghi/2027.yaml`,
 * `kien-nghi/kn-2026-08.md`), with `-1`, `-2`… added as Decap does when the name is taken.
 */
function newEntryFile(name: CollectionName, entry: Immutable): string {
  const spec = collectionSpec(name);
  const extension = spec.format === 'yaml' ? 'yaml' : 'md';
  let slug = '';
  try {
    const state = store.getState();
    slug = slugFormatter(collectionOf(name), entry.get('data'), (state.config as { slug?: unknown }).slug);
  } catch {
    // the fields the name is made of are not filled in yet
  }
  if (!slug) return `${spec.path}/${t('cms.file.new')}.${extension}`;
  const taken = new Set((loaded?.entries ?? []).map((e) => e.file));
  let candidate = slug;
  for (let i = 1; taken.has(`${spec.path}/${candidate}.${extension}`); i++) candidate = `${slug}-${i}`;
  return `${spec.path}/${candidate}.${extension}`;
}

/** The entry Decap is editing, as a draft of the build's. */
export function draftOf(collectionName: string, entry: Immutable): Draft | undefined {
  if (!COLLECTIONS.some((c) => c.name === collectionName)) return undefined;
  const name = collectionName as CollectionName;
  const spec = collectionSpec(name);
  const all = ((entry.get('data') as Immutable | undefined)?.toJS() ?? {}) as Record<string, unknown>;
  const { body, ...data } = all;
  const path = String(entry.get('path') ?? '');
  const file = path ? contentRelative(path) : spec.kind === 'file' ? spec.path : newEntryFile(name, entry);
  return { collection: name, file, data: spec.body ? data : all, body: spec.body ? String(body ?? '') : undefined };
}

let lastKey: unknown;
let lastContext: DraftContext | undefined;
let lastProblems: ContentProblem[] = [];

/** The build's problems with the entry being edited (memoised on the entry and the context). */
export function problemsOf(collectionName: string, entry: Immutable): ContentProblem[] {
  const data = entry.get('data');
  if (data === lastKey && loaded === lastContext) return lastProblems;
  const draft = draftOf(collectionName, entry);
  lastKey = data;
  lastContext = loaded;
  lastProblems = draft ? checkDraft(draft, loaded ?? { entries: [], meetingFiles: new Set(), allowList: undefined }) : [];
  // Without the loaded entries, a reference to a meeting cannot be checked yet: leave it to the next round.
  if (!loaded) lastProblems = lastProblems.filter((p) => p.field !== 'meeting');
  return lastProblems;
}

/** The key a problem belongs to in the form: its field, or the body for problems of the text. */
export function problemKey(problem: ContentProblem, hasBody: boolean): string | undefined {
  if (problem.field) return problem.field;
  return hasBody ? 'body' : undefined;
}

/** First letter up: the build's messages continue a "file, field:" prefix, the form shows them alone. */
export function sentence(message: string): string {
  return message.charAt(0).toLocaleUpperCase('vi') + message.slice(1);
}

/** Where a control sits in the entry: its key path, and how to find a list item's position. */
interface Place {
  path: PropertyKey[];
  list?: { forID: string; keys: () => string[] };
}
const PlaceContext = createContext<Place>({ path: [] });

interface ControlProps {
  field: Immutable;
  forID: string;
  parentIds?: string[];
  value?: unknown;
  getEntry?: () => Immutable;
  entry?: Immutable;
  collection: Immutable;
  validate?: () => void;
  [key: string]: unknown;
}

interface Inner {
  isValid?: () => unknown;
  validate?: () => void;
  focus?: (path?: string) => void;
  getValidateValue?: () => unknown;
  shouldComponentUpdate?: (next: unknown, nextState?: unknown) => boolean;
  state?: { keys?: string[] };
}

function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  const size = (value as { size?: number }).size;
  return typeof size === 'number' && size === 0;
}

/** Build messages that only repeat Decap's own "required" message for an empty required field. */
const PRESENCE = [t('error.empty'), t('error.required', { expected: '\u0000' }).split('\u0000')[0]!];

/**
 * Wraps a widget's control: the same control, plus the build's problems for this field in `isValid`
 * (errors) and under the field (warnings).
 */
export function withBuildChecks(Inner: ComponentType<ControlProps>, widget: string): ComponentType<ControlProps> {
  class Checked extends Component<ControlProps> {
    static override contextType = PlaceContext;
    declare context: Place;
    inner: Inner | null = null;
    unsubscribe?: () => void;

    setInner = (ref: Inner | null) => {
      this.inner = ref;
    };

    override componentDidMount() {
      void loadContext();
      const listener = () => this.forceUpdate();
      listeners.add(listener);
      this.unsubscribe = () => listeners.delete(listener);
    }

    override componentWillUnmount() {
      this.unsubscribe?.();
    }

    /** This field's key path: the enclosing object's, and for a list item its position. */
    path(): PropertyKey[] {
      const place = this.context;
      const name = String(this.props.field.get('name'));
      if (!place.list) return [...place.path, name];
      const ids = this.props.parentIds ?? [];
      const at = ids.indexOf(place.list.forID);
      const index = at >= 0 ? place.list.keys().indexOf(ids[at + 1] ?? '') : -1;
      return index >= 0 ? [...place.path, index, name] : [...place.path, name];
    }

    problems(severity: 'error' | 'warning'): ContentProblem[] {
      const entry = this.props.getEntry?.() ?? this.props.entry;
      if (!entry) return [];
      const name = String(this.props.collection.get('name'));
      const hasBody = collectionSpec(name as CollectionName).body !== undefined;
      const key = keyPath(this.path());
      const required = this.props.field.get('required', true) !== false;
      return problemsOf(name, entry).filter(
        (p) =>
          p.severity === severity &&
          problemKey(p, hasBody) === key &&
          !(required && isEmptyValue(this.props.value) && PRESENCE.some((start) => p.message.startsWith(start))),
      );
    }

    isValid = (): unknown => {
      const own = this.inner?.isValid ? this.inner.isValid() : true;
      if (own !== true && own !== undefined && !(typeof own === 'object' && own !== null && 'error' in own && !own.error)) return own;
      const errors = this.problems('error');
      if (errors.length === 0) return own;
      return { error: { type: 'CUSTOM', parentIds: this.props.parentIds, message: errors.map((p) => sentence(p.message)).join(' ') } };
    };

    /** Objects and lists validate their children; the field's own problems are checked after them. */
    get validate(): (() => void) | undefined {
      const inner = this.inner;
      if (!inner?.validate) return undefined;
      return () => {
        inner.validate!();
        this.props.validate?.();
      };
    }

    /** Decap asks a control whether it needs to re-render (the file widget waits for `mediaPaths`): the inner control answers. */
    override shouldComponentUpdate(next: ControlProps, nextState?: unknown): boolean {
      const inner = this.inner;
      return inner?.shouldComponentUpdate ? inner.shouldComponentUpdate.call(inner, next, nextState) : true;
    }

    focus(path?: string) {
      if (this.inner?.focus) this.inner.focus(path);
      else document.getElementById(this.props.forID)?.focus();
    }

    getValidateValue() {
      return this.inner?.getValidateValue?.();
    }

    override render(): ReactNode {
      const control = h(Inner, { ...this.props, ref: this.setInner } as ControlProps);
      const name = String(this.props.field.get('name'));
      let content: ReactNode = control;
      if (widget === 'object') content = h(PlaceContext.Provider, { value: { path: [...this.context.path, name] } }, control);
      if (widget === 'list') {
        const place: Place = { path: this.path(), list: { forID: this.props.forID, keys: () => this.inner?.state?.keys ?? [] } };
        content = h(PlaceContext.Provider, { value: place }, control);
      }
      const warnings = this.problems('warning');
      if (warnings.length === 0) return content;
      return h('div', null, [
        h('div', { key: 'c' }, content),
        h(
          'p',
          { key: 'w', role: 'status', className: 'dtdn-warning', style: { margin: '6px 0 0', color: '#7a4d00', fontSize: '14px' } },
          warnings.map((p) => sentence(p.message)).join(' '),
        ),
      ]);
    }
  }
  (Checked as unknown as { displayName: string }).displayName = `BuildChecked(${widget})`;
  return Checked as unknown as ComponentType<ControlProps>;
}

/** The problems a save would write, as one message (empty when there is none); awaits the loaded context. */
export async function blockingMessage(collectionName: string, entry: Immutable): Promise<string | undefined> {
  const draft = draftOf(collectionName, entry);
  if (!draft) return undefined;
  const problems = checkDraft(draft, await loadContext()).filter((p) => p.severity === 'error');
  if (problems.length === 0) return undefined;
  const lines = problems.map((p) => (p.label ? `${p.label}: ${p.message}` : sentence(p.message)));
  return t('cms.validation.blocked', { count: problems.length, problems: lines.join(' · ') });
}

/** What the build would say of an upload (name, type, size, first bytes), before it is written to `tep/`. */
export async function uploadProblems(name: string, file: Blob | undefined): Promise<string[]> {
  const problems = uploadNameProblems(name);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (file) {
    const content = await uploadContentProblem(extension, file.size, async () => new Uint8Array(await file.slice(0, 8).arrayBuffer()));
    if (content) problems.push(content);
  }
  return problems.map(sentence);
}

// Uploads are written as soon as they are chosen (simple publishing): a file the build would refuse never
// reaches `tep/`. With the editorial workflow they travel with the entry, whose file fields are checked.
const persistMedia = Backend.prototype.persistMedia;
Backend.prototype.persistMedia = async function (this: unknown, config: unknown, asset: { path: string; fileObj?: Blob }) {
  const name = asset.path.slice(asset.path.lastIndexOf('/') + 1);
  const problems = await uploadProblems(name, asset.fileObj);
  if (problems.length) throw new Error(t('cms.media.refused', { name, problems: problems.join(' ') }));
  return persistMedia.call(this, config, asset);
};
