/** A static file server for a built site, serving `dist/` under the site's base, as a portal would. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface StaticSite {
  /** `http://127.0.0.1:<port><base>` */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Told of every request: its path and the status answered (tests count conditional requests) */
  onRequest?: (pathname: string, status: number) => void;
  /** A fixed port (default: a free one) */
  port?: number;
}

/**
 * Serves `dir` at `base` on a loopback port. Like a portal's web server, it sends ETag and Last-Modified
 * and answers a matching If-None-Match (or an If-Modified-Since not older than the file) with 304.
 */
export async function serveStatic(dir: string, base = '/doi-thoai-doanh-nghiep/', options: ServeOptions = {}): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const answer = (status: number, headers: Record<string, string> = {}, body?: Buffer) => {
      options.onRequest?.(pathname, status);
      res.writeHead(status, headers).end(body);
    };
    if (!pathname.startsWith(base)) {
      answer(404);
      return;
    }
    let file = path.join(dir, pathname.slice(base.length));
    if (!file.startsWith(dir)) {
      answer(403);
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const lastModified = info.mtime.toUTCString();
      const validators = { ETag: etag, 'Last-Modified': lastModified };
      const since = req.headers['if-modified-since'];
      const notModified = req.headers['if-none-match']
        ? req.headers['if-none-match'] === etag
        : since !== undefined && Date.parse(since) >= Math.floor(info.mtimeMs / 1000) * 1000;
      if (notModified) {
        answer(304, validators);
        return;
      }
      const body = await readFile(file);
      answer(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...validators }, body);
    } catch {
      const notFound = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('Not found'));
      answer(404, { 'Content-Type': 'text/html; charset=utf-8' }, notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
