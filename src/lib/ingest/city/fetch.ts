/**
 * Reading every unit's published files for the city build: `du-lieu.json` and `kiem-tra.json` from the
 * registry's URL over HTTP(S) (or from a local build folder), with a timeout per request, a bounded number
 * of retries on network errors, timeouts and 5xx answers, and conditional requests (If-None-Match,
 * If-Modified-Since) against the snapshot cache. Each file is validated against its schema
 * (../published/); a unit that is unreachable or publishes invalid data is reported with the reason, and
 * its last good snapshot, when there is one, is used meanwhile. Nothing throws for one unit's sake.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { t } from '../../../i18n/index.ts';
import { auditFileSchema, type PublishedAudit } from '../published/audit.ts';
import { openDataSchema, OPEN_DATA_MAX_VERSION, type PublishedOpenData } from '../published/open-data.ts';
import type { RegistryUnit } from './registry.ts';
import { SnapshotCache, type SnapshotMeta } from './snapshot.ts';

/** The files a unit publishes for the city, by role. */
export const PUBLISHED_FILES = { data: 'du-lieu.json', audit: 'kiem-tra.json' } as const;
export type FileRole = keyof typeof PUBLISHED_FILES;

/** A published file larger than this is refused (a section's data is a few MB at most). */
export const MAX_PUBLISHED_BYTES = 64 * 1024 * 1024;

export interface FetchOptions {
  cache: SnapshotCache;
  /** Milliseconds per request (default 10 s) */
  timeoutMs?: number;
  /** Further tries after a failure that may pass (network, timeout, 5xx, 429); default 2 */
  retries?: number;
  /** First back-off in milliseconds, doubled each retry (default 300) */
  backoffMs?: number;
  /** Units fetched at once (default 8) */
  concurrency?: number;
  now?: () => Date;
  /** Called when a unit is done (progress) */
  onUnit?: (unit: RegistryUnit, result: UnitFetch) => void;
}

export type FailureKind = 'unreachable' | 'invalid';

export interface FileResult<T> {
  /** The data in use: fresh, or the last good snapshot; absent when there is neither */
  value?: T;
  /** The data in use came from this build's request (200 or 304) */
  fresh: boolean;
  /** When the data in use was fetched (ISO instant) */
  fetchedAt?: string;
  /** Why this build could not use a fresh copy */
  failure?: { kind: FailureKind; message: string };
  /** The server answered 304 Not Modified */
  notModified?: boolean;
}

export type UnitState = 'ok' | 'unreachable' | 'invalid' | 'no-source';

export interface UnitFetch {
  state: UnitState;
  data: FileResult<PublishedOpenData>;
  audit: FileResult<PublishedAudit>;
  /** One Vietnamese sentence per problem, naming the file */
  reasons: string[];
  /** Bytes received over the network (0 for 304s and folders) */
  bytes: number;
  /** Time spent fetching and validating (ms) */
  fetchMs: number;
  validateMs: number;
}

type Raw =
  { kind: 'body'; body: string; etag?: string; lastModified?: string } | { kind: 'not-modified'; etag?: string; lastModified?: string };

class SourceError extends Error {
  readonly retry: boolean;
  constructor(message: string, retry: boolean) {
    super(message);
    this.retry = retry;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One GET with a timeout; conditional when the snapshot has validators. */
async function getOnce(url: string, known: SnapshotMeta | undefined, timeoutMs: number): Promise<Raw> {
  const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': 'doi-thoai-doanh-nghiep-city' };
  if (known?.etag) headers['If-None-Match'] = known.etag;
  if (known?.lastModified) headers['If-Modified-Since'] = known.lastModified;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const err = error as Error & { cause?: { code?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
      throw new SourceError(t('city.fetch.timeout', { seconds: timeoutMs / 1000 }), true);
    throw new SourceError(t('city.fetch.network', { reason: err.cause?.code ?? err.message }), true);
  }
  const validators = {
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  };
  if (response.status === 304) {
    await response.body?.cancel();
    return { kind: 'not-modified', ...validators };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SourceError(t('city.fetch.http', { status: response.status }), response.status >= 500 || response.status === 429);
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PUBLISHED_BYTES) {
    await response.body?.cancel();
    throw new SourceError(t('city.fetch.tooLarge', { size: Math.round(length / 2 ** 20) }), false);
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    const err = error as Error;
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
      throw new SourceError(t('city.fetch.timeout', { seconds: timeoutMs / 1000 }), true);
    throw new SourceError(t('city.fetch.network', { reason: err.message }), true);
  }
  return { kind: 'body', body, ...validators };
}

/** GET with bounded retries and exponential back-off. */
async function getWithRetries(
  url: string,
  known: SnapshotMeta | undefined,
  options: Required<Pick<FetchOptions, 'timeoutMs' | 'retries' | 'backoffMs'>>,
): Promise<Raw> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await getOnce(url, known, options.timeoutMs);
    } catch (error) {
      if (!(error instanceof SourceError) || !error.retry || attempt >= options.retries) {
        const message = (error as Error).message;
        throw new SourceError(attempt > 0 ? t('city.fetch.afterTries', { message, tries: attempt + 1 }) : message, false);
      }
      await sleep(options.backoffMs * 2 ** attempt);
    }
  }
}

/** Reads a file of a local build folder (no validators: the snapshot is always refreshed). */
async function readFolderFile(folder: string, name: string): Promise<Raw> {
  const file = path.join(folder, name);
  try {
    const info = await stat(file);
    if (info.size > MAX_PUBLISHED_BYTES) throw new SourceError(t('city.fetch.tooLarge', { size: Math.round(info.size / 2 ** 20) }), false);
    return { kind: 'body', body: await readFile(file, 'utf8'), lastModified: info.mtime.toUTCString() };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(t('city.fetch.noFile', { file }), false);
  }
}

/** Parses and validates a body; a Vietnamese message naming the first problems when it is not valid. */
export function validatePublished<T>(role: FileRole, body: string): { value: T } | { message: string } {
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { message: t('city.fetch.notJson', { reason: (error as Error).message }) };
  }
  if (role === 'data' && typeof json === 'object' && json !== null && typeof (json as { version?: unknown }).version === 'number') {
    const version = (json as { version: number }).version;
    if (version > OPEN_DATA_MAX_VERSION) return { message: t('city.fetch.newerVersion', { version, max: OPEN_DATA_MAX_VERSION }) };
  }
  const schema = role === 'data' ? openDataSchema : auditFileSchema;
  const result = schema.safeParse(json, { error: z.locales.vi().localeError });
  if (result.success) return { value: result.data as T };
  const issues = result.error.issues;
  const shown = issues.slice(0, 3).map(
    (issue) =>
      `${
        issue.path.length
          ? issue.path
              .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
              .join('')
              .replace(/^\./, '')
          : t('city.fetch.root')
      }: ${issue.message}`,
  );
  return { message: t('city.fetch.schema', { count: issues.length, issues: shown.join('; ') }) };
}

async function fetchFile<T>(
  unit: RegistryUnit,
  role: FileRole,
  options: Required<Omit<FetchOptions, 'onUnit'>>,
): Promise<{ result: FileResult<T>; bytes: number; fetchMs: number; validateMs: number }> {
  const name = PUBLISHED_FILES[role];
  const source = unit.source!;
  const location = source.kind === 'url' ? new URL(name, source.url).href : path.join(source.folder, name);
  const snapshot = await options.cache.read(unit.id, name);
  const fallback = (failure: FileResult<T>['failure']): FileResult<T> => {
    if (!snapshot) return { fresh: false, failure };
    const old = validatePublished<T>(role, snapshot.body);
    return 'value' in old ? { value: old.value, fresh: false, fetchedAt: snapshot.meta.fetchedAt, failure } : { fresh: false, failure };
  };
  const started = performance.now();
  let raw: Raw;
  try {
    raw =
      source.kind === 'url'
        ? await getWithRetries(location, snapshot?.meta.source === location ? snapshot.meta : undefined, options)
        : await readFolderFile(source.folder, name);
  } catch (error) {
    return {
      result: fallback({ kind: 'unreachable', message: (error as Error).message }),
      bytes: 0,
      fetchMs: performance.now() - started,
      validateMs: 0,
    };
  }
  const fetchMs = performance.now() - started;
  const now = options.now().toISOString();
  const validateStarted = performance.now();
  if (raw.kind === 'not-modified') {
    if (!snapshot)
      return {
        result: { fresh: false, failure: { kind: 'invalid', message: t('city.fetch.unexpected304') } },
        bytes: 0,
        fetchMs,
        validateMs: 0,
      };
    const checked = validatePublished<T>(role, snapshot.body);
    const validateMs = performance.now() - validateStarted;
    if (!('value' in checked))
      return { result: { fresh: false, failure: { kind: 'invalid', message: checked.message } }, bytes: 0, fetchMs, validateMs };
    await options.cache.touch(unit.id, name, { ...snapshot.meta, ...raw, source: location, fetchedAt: now });
    return { result: { value: checked.value, fresh: true, fetchedAt: now, notModified: true }, bytes: 0, fetchMs, validateMs };
  }
  const checked = validatePublished<T>(role, raw.body);
  const validateMs = performance.now() - validateStarted;
  const bytes = source.kind === 'url' ? Buffer.byteLength(raw.body) : 0;
  if (!('value' in checked)) return { result: fallback({ kind: 'invalid', message: checked.message }), bytes, fetchMs, validateMs };
  const meta: SnapshotMeta = {
    source: location,
    fetchedAt: now,
    ...(raw.etag ? { etag: raw.etag } : {}),
    ...(raw.lastModified ? { lastModified: raw.lastModified } : {}),
  };
  await options.cache.write(unit.id, name, { body: raw.body, meta });
  return { result: { value: checked.value, fresh: true, fetchedAt: now }, bytes, fetchMs, validateMs };
}

/** Fetches and validates one unit's files. */
export async function fetchUnit(unit: RegistryUnit, options: FetchOptions): Promise<UnitFetch> {
  const full = withDefaults(options);
  if (!unit.source) {
    const reason = t('city.fetch.noSource');
    const empty = { fresh: false } as const;
    const snapshotData = await full.cache.read(unit.id, PUBLISHED_FILES.data);
    const data = snapshotData ? validatePublished<PublishedOpenData>('data', snapshotData.body) : undefined;
    return {
      state: 'no-source',
      data: data && 'value' in data ? { value: data.value, fresh: false, fetchedAt: snapshotData!.meta.fetchedAt } : empty,
      audit: empty,
      reasons: [reason],
      bytes: 0,
      fetchMs: 0,
      validateMs: 0,
    };
  }
  const [data, audit] = await Promise.all([
    fetchFile<PublishedOpenData>(unit, 'data', full),
    fetchFile<PublishedAudit>(unit, 'audit', full),
  ]);
  const reasons: string[] = [];
  for (const [role, file] of [
    ['data', data.result],
    ['audit', audit.result],
  ] as const) {
    if (file.failure) reasons.push(`${PUBLISHED_FILES[role]}: ${file.failure.message}`);
  }
  const failures = [data.result.failure, audit.result.failure].filter((f) => f !== undefined);
  const state: UnitState = failures.length === 0 ? 'ok' : failures.some((f) => f.kind === 'invalid') ? 'invalid' : 'unreachable';
  return {
    state,
    data: data.result,
    audit: audit.result,
    reasons,
    bytes: data.bytes + audit.bytes,
    fetchMs: Math.max(data.fetchMs, audit.fetchMs),
    validateMs: data.validateMs + audit.validateMs,
  };
}

function withDefaults(options: FetchOptions): Required<Omit<FetchOptions, 'onUnit'>> {
  return {
    cache: options.cache,
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 300,
    concurrency: options.concurrency ?? 8,
    now: options.now ?? (() => new Date()),
  };
}

/** Fetches every unit, a few at a time; results in the registry's order. */
export async function fetchUnits(units: readonly RegistryUnit[], options: FetchOptions): Promise<Map<string, UnitFetch>> {
  const results = new Map<string, UnitFetch>();
  const queue = [...units];
  const worker = async () => {
    for (let unit = queue.shift(); unit; unit = queue.shift()) {
      const result = await fetchUnit(unit, options);
      results.set(unit.id, result);
      options.onUnit?.(unit, result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, units.length)) }, worker));
  return new Map(units.map((u) => [u.id, results.get(u.id)!]));
}
