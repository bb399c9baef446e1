/**
 * The parts of Decap CMS's own modules the admin script reaches into (bundled from the same files, so they
 * are the running CMS's store and backend, not copies). Decap ships no types for them.
 */
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  export const store: {
    getState(): DecapState;
    subscribe(listener: () => void): () => void;
    dispatch(action: unknown): unknown;
  };
  export interface ImmutableLike {
    get(key: string, fallback?: unknown): unknown;
    getIn(path: unknown[], fallback?: unknown): unknown;
    toJS(): unknown;
  }
  export interface DecapState {
    /** Decap 3 keeps its configuration as a plain object */
    config: Record<string, unknown>;
    collections: ImmutableLike;
    entryDraft: ImmutableLike;
  }
}
declare module 'decap-cms-core/dist/esm/backend.js' {
  export interface EntryValue {
    slug: string;
    path: string;
    data: Record<string, unknown>;
    raw?: string;
  }
  export interface DecapBackend {
    listAllEntries(collection: unknown): Promise<EntryValue[]>;
    implementation: { getEntry(path: string): Promise<{ data: string }> };
  }
  export function currentBackend(config: unknown): DecapBackend;
  export class Backend {
    persistMedia(config: unknown, asset: { path: string; fileObj?: Blob }): Promise<unknown>;
  }
}
declare module 'fuzzy' {
  export interface FilterResult<T> {
    string: string;
    score: number;
    index: number;
    original: T;
  }
  export interface Options<T> {
    pre?: string;
    post?: string;
    caseSensitive?: boolean;
    extract?: (element: T) => string;
  }
  export function test(pattern: string, str: string): boolean;
  export function match(pattern: string, str: string, opts?: Options<string>): { rendered: string; score: number } | null;
  export function filter<T>(pattern: string, arr: T[], opts?: Options<T>): FilterResult<T>[];
}
declare module 'decap-cms-core/dist/esm/lib/formatters.js' {
  /** The slug Decap gives a new entry of a folder collection, from its `slug` template */
  export function slugFormatter(collection: unknown, entryData: unknown, slugConfig: unknown): string;
}
