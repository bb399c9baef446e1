/**
 * The admin script: `decap-cms-app` from the npm package, the Vietnamese locale, our widgets, previews and
 * the build's own validation (src/lib), bundled by esbuild into one self-contained file (no CDN, no lazy
 * chunks fetched from elsewhere).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { t } from '../src/i18n/index.ts';

const ENTRY = path.resolve(import.meta.dirname, 'admin/main.ts');
const FOLDED_FUZZY = path.resolve(import.meta.dirname, 'admin/fuzzy-folded.ts');

/**
 * The build's modules that the editor runs also hold their Node-only parts (reading the disk): in the
 * browser those imports become stubs that throw if ever called (the editor calls only the pure parts).
 */
const nodeStubs: Plugin = {
  name: 'node-stubs',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => {
      const fail = `() => { throw new Error(${JSON.stringify(`${args.path} is not available in the browser`)}); }`;
      const names = ['readFile', 'readdir', 'stat', 'lstat', 'open', 'writeFile', 'mkdir', 'rm', 'rename', 'access'];
      const pathApi = ['join', 'resolve', 'relative', 'dirname', 'basename', 'extname', 'normalize', 'isAbsolute'];
      const contents = [
        ...names.map((n) => `export const ${n} = ${fail};`),
        `const api = { ${[...names, ...pathApi].map((n) => `${n}: ${fail}`).join(', ')}, sep: '/', posix: {} };`,
        `api.posix = api;`,
        `export const sep = '/';`,
        `export const fileURLToPath = ${fail};`,
        `export default api;`,
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Decap searches entries (its search box, the relation widget) with the `fuzzy` package, which tells
 * "kho lanh" from "kho lạnh": its imports get a version that compares text folded as the public search
 * folds it (marks off, đ → d, lower case).
 */
const foldedFuzzy: Plugin = {
  name: 'folded-fuzzy',
  setup(b) {
    b.onResolve({ filter: /^fuzzy$/ }, (args) => (args.importer === FOLDED_FUZZY ? undefined : { path: FOLDED_FUZZY }));
  },
};

/**
 * Decap's media library writes two of its messages in English, outside its locale files: a refused upload
 * shows our Vietnamese message alone (cms/admin/validation.ts), a failed deletion says so in Vietnamese.
 */
const mediaMessages: Plugin = {
  name: 'media-messages',
  setup(b) {
    b.onLoad({ filter: /decap-cms-core[\\/]dist[\\/]esm[\\/]actions[\\/]mediaLibrary\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const persist = '`Failed to persist media: ${error}`';
      const remove = '`Failed to delete media: ${error.message}`';
      if (!source.includes(persist) || !source.includes(remove)) throw new Error(`Decap's media library changed: ${args.path}`);
      const contents = source
        .replace(persist, '(error && error.message ? error.message : String(error))')
        .replaceAll(remove, `${JSON.stringify(t('cms.media.deleteFailed'))} + (error && error.message ? error.message : String(error))`);
      return { contents, loader: 'jsx' };
    });
  },
};

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
    plugins: [nodeStubs, foldedFuzzy, mediaMessages],
    loader: { '.js': 'jsx', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.wasm': 'binary' },
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no admin bundle');
  return out.contents;
}
