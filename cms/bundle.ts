/**
 * The admin script: `decap-cms-app` from the npm package, the Vietnamese locale and our preview templates,
 * bundled by esbuild into one self-contained file (no CDN, no lazy chunks fetched from elsewhere).
 */
import path from 'node:path';
import { build } from 'esbuild';

const ENTRY = path.resolve(import.meta.dirname, 'admin/main.ts');

/** Bundles the admin script; returns its bytes. `minify` for the site build, off for speed in dev. */
export async function bundleAdmin(options: { minify?: boolean } = {}): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    // decap-cms-locales' CommonJS entry is empty: take the ES modules.
    mainFields: ['browser', 'module', 'main'],
    loader: { '.js': 'jsx', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.wasm': 'binary' },
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no admin bundle');
  return out.contents;
}
