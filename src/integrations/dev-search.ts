/**
 * Search in `npm run dev`: the search page loads `<base>pagefind/pagefind.js`, which only a build writes.
 * In dev, the index is made from the same records the build indexes (src/lib/present/pages/search-records.ts,
 * from the view the pages read), into a temporary folder, on the first request for it; when a file of the
 * content root changes, the next request makes it again. Nothing is written into the project.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { viewOf } from '../data/views.ts';
import { indexRecords } from '../lib/present/search/index-records.ts';
import { siteSearchRecords } from '../lib/present/pages/search-records.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The integration; `root` is the content root's absolute path. */
export function devSearch(root: string): AstroIntegration {
  let base = '/';
  /** The folder holding the current index's `pagefind/`, once made */
  let current: Promise<string> | undefined;
  const make = async (): Promise<string> => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dtdn-dev-search-'));
    await indexRecords(siteSearchRecords(await viewOf(root)), dir);
    return dir;
  };
  return {
    name: 'doi-thoai:dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(root) || !current) return;
          // The content changed: the next request makes a new index; the old folder goes.
          const old = current;
          current = undefined;
          void old.then(
            (dir) => rm(dir, { recursive: true, force: true }),
            () => undefined,
          );
        });
        server.middlewares.use(async (req, res, next) => {
          // Vite strips the base from `req.url` before later middlewares see it; `originalUrl` keeps it.
          const original = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
          const url = decodeURIComponent(original.split('?')[0] ?? '');
          if (!url.startsWith(`${base}pagefind/`)) return next();
          try {
            current ??= make();
            const dir = await current;
            const bundle = path.join(dir, 'pagefind');
            const file = path.resolve(bundle, url.slice(`${base}pagefind/`.length));
            if (!file.startsWith(bundle + path.sep) || !(await stat(file)).isFile()) return next();
            res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
            res.setHeader('Cache-Control', 'no-store');
            res.end(await readFile(file));
          } catch (error) {
            // Invalid content: the pages show the problems (dev-problems.ts); the index is tried again next time.
            current = undefined;
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return next();
            next(error);
          }
        });
      },
    },
  };
}
