/**
 * One load of the content root per process, shared by the build script, the content loaders and the
 * pages (all run in one Node process), so 10,000 petitions are read and validated once, not once per
 * collection or per page. Kept on globalThis because Vite may evaluate this module more than once.
 */
import { loadContentRoot, type LoadedContent } from '../lib/ingest/root/load.ts';

interface ContentCache {
  loads: Map<string, Promise<LoadedContent>>;
}

const KEY = Symbol.for('doi-thoai-doanh-nghiep.content');
const cache: ContentCache = ((globalThis as Record<symbol, unknown>)[KEY] as ContentCache | undefined) ?? { loads: new Map() };
(globalThis as Record<symbol, unknown>)[KEY] = cache;

/** The loaded content root, read once and shared. */
export function getContent(root: string): Promise<LoadedContent> {
  let load = cache.loads.get(root);
  if (!load) {
    load = loadContentRoot(root);
    cache.loads.set(root, load);
  }
  return load;
}

/** Forgets a content root so that the next `getContent` reads it again (live reload). */
export function forgetContent(root: string): void {
  cache.loads.delete(root);
}

/** Seeds the cache with a load already done (the build script validates before Astro starts). */
export function rememberContent(content: LoadedContent): void {
  cache.loads.set(content.root, Promise.resolve(content));
}
