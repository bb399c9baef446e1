/**
 * How the city pages get the city model: `npm run city` (scripts/city.ts) builds it from the registry and
 * the units' data, then hands it over here before it starts Astro in the same process. Kept on
 * globalThis, like the unit build's content cache, because Vite may evaluate this module more than once.
 */
import type { City } from '../../lib/domain/city/model.ts';
import type { CityUrls } from '../../lib/present/city/urls.ts';

export interface CityBuild {
  city: City;
  urls: CityUrls;
  /** The portal's origin, for absolute links in feeds and open data */
  origin: string;
}

const KEY = Symbol.for('doi-thoai-doanh-nghiep.city');
const store = globalThis as Record<symbol, CityBuild | undefined>;

/** Hands the city model to the pages of this build. */
export function rememberCity(build: CityBuild): void {
  store[KEY] = build;
}

/** The city model of this build. */
export function cityBuild(): CityBuild {
  const build = store[KEY];
  if (!build) throw new Error('The city pages are built by `npm run city` (scripts/city.ts), which prepares the city model first.');
  return build;
}

/** A text response with its media type. */
export function textResponse(body: string | Uint8Array<ArrayBuffer>, type: string): Response {
  return new Response(body, {
    headers: { 'Content-Type': type.startsWith('text/') || type.endsWith('json') ? `${type}; charset=utf-8` : type },
  });
}
