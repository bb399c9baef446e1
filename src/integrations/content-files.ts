/**
 * Serves the content root's uploads (`tep/`) at `<base>tep/…`: copied into the output after a build,
 * served from the content root during `astro dev`. Only `tep/` is published, never the rest of the root.
 */
import { cp, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The integration; `root` is the content root's absolute path. */
export function contentFiles(root: string): AstroIntegration {
  const uploads = path.join(root, 'tep');
  let base = '/';
  return {
    name: 'doi-thoai:content-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          // Vite strips the base from `req.url` before later middlewares see it; `originalUrl` keeps it.
          const original = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
          const url = decodeURIComponent(original.split('?')[0] ?? '');
          if (!url.startsWith(`${base}tep/`)) return next();
          const file = path.resolve(uploads, url.slice(base.length + 4));
          if (!file.startsWith(uploads + path.sep)) return next();
          try {
            if (!(await stat(file)).isFile()) return next();
            res.setHeader('Content-Type', TYPES[path.extname(file).slice(1).toLowerCase()] ?? 'application/octet-stream');
            res.end(await readFile(file));
          } catch {
            next();
          }
        });
      },
      'astro:build:done': async ({ dir }) => {
        try {
          await stat(uploads);
        } catch {
          return;
        }
        // Hidden files (.gitkeep, .DS_Store) are never published; the build has checked every other one (src/lib/ingest/root/uploads.ts).
        await cp(uploads, path.join(fileURLToPath(dir), 'tep'), {
          recursive: true,
          filter: (source) => !path.basename(source).startsWith('.'),
        });
      },
    },
  };
}
