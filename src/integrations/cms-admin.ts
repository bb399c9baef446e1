/**
 * `/admin/`: the Decap CMS editor, built from the npm package into the site (no CDN).
 *
 * - `astro dev` (`npm run dev`) serves it with the local backend: decap-server on loopback, which
 *   `scripts/dev.ts` starts, saving straight into the repository.
 * - A build with `CMS_REPO` set (see cms/config.ts) emits the editor for that Git host, with the editorial
 *   workflow; without it, `/admin/` is a Vietnamese page saying how to set it up (no 6 MB script shipped
 *   to a portal that cannot use it).
 *
 * The page is `noindex`, carries no `data-pagefind-body` (kept out of search) and is written after the
 * pages are rendered, so it is no page of the sitemap either.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig, gitHostFromEnv, localBackend, repositoryOf, type CmsBackend } from '../../cms/config.ts';
import { t } from '../i18n/index.ts';

const SITE_CSS = fileURLToPath(new URL('../styles/site.css', import.meta.url));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A page of /admin/: Vietnamese, never indexed. */
function adminPage(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The editor's page: Decap loads `config.yml` from the link and mounts itself on the body. */
/**
 * The editor's own styles: Decap writes labels, errors and buttons in capitals (hard to read in Vietnamese,
 * and "THAY ĐỔI ĐÃ ĐƯỢC LƯU" reads as a shout); our widgets' inputs look like Decap's.
 */
export const ADMIN_CSS = [
  'body *{text-transform:none!important}',
  '.dtdn-date-input,.dtdn-time-input,.dtdn-meeting-search,.dtdn-meeting-select,.dtdn-code-input{font:inherit;font-size:15px;line-height:1.4;padding:10px 12px;border:2px solid #dfdfe3;border-radius:5px;background:#fff;color:#313d3e;box-sizing:border-box}',
  '.dtdn-date-input:focus,.dtdn-time-input:focus,.dtdn-meeting-search:focus,.dtdn-meeting-select:focus,.dtdn-code-input:focus{outline:2px solid #3a69c7;outline-offset:1px}',
  '.dtdn-date-echo{font-size:15px}',
].join('\n');

export function adminHtml(): string {
  return adminPage(
    t('cms.admin.title'),
    `<link href="config.yml" type="text/yaml" rel="cms-config-url">\n<style>${ADMIN_CSS}</style>`,
    `<noscript>${escapeHtml(t('cms.admin.noscript'))}</noscript>
<script src="cms.js"></script>`,
  );
}

/** The page `/admin/` shows when the build has no backend configured. */
export function setupHtml(devUrl: string): string {
  return adminPage(
    t('cms.setup.title'),
    "<style>body{font-family:'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;line-height:1.55;color:#1b1b1b;max-width:42rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.4rem}code{background:#f3f6f9;padding:0 .25rem}</style>",
    `<main>
<h1>${escapeHtml(t('cms.setup.title'))}</h1>
<p>${escapeHtml(t('cms.setup.lead'))}</p>
<ul>
<li>${escapeHtml(t('cms.setup.local', { url: devUrl }))}</li>
<li>${escapeHtml(t('cms.setup.remote'))}</li>
</ul>
</main>`,
  );
}

/** The integration; `projectRoot` and `contentRoot` are absolute paths. */
export function cmsAdmin(options: { projectRoot: string; contentRoot: string }): AstroIntegration {
  const { contentPath } = repositoryOf(options.projectRoot, options.contentRoot);
  let base = '/';
  let site: string | undefined;
  const configYaml = (backend: CmsBackend, siteUrl?: string) => stringify(cmsConfig({ backend, contentPath, siteUrl }), { lineWidth: 0 });
  return {
    name: 'doi-thoai:cms-admin',
    hooks: {
      // A backend that cannot work (gitea with the editorial workflow, forgejo without its API root…) stops
      // the build before any page is rendered, with the Vietnamese message saying what to set.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') gitHostFromEnv();
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ? new URL(base, config.site).href : undefined;
      },
      'astro:server:setup': ({ server }) => {
        let bundle: Promise<Uint8Array> | undefined;
        server.middlewares.use(async (req, res, next) => {
          // Vite strips the base from `req.url` for later middlewares; the original URL keeps it.
          const original = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
          const url = decodeURIComponent(original.split('?')[0] ?? '');
          if (!url.startsWith(`${base}admin`)) return next();
          const rest = url.slice(`${base}admin`.length);
          try {
            if (rest === '') {
              res.writeHead(301, { Location: `${base}admin/` }).end();
            } else if (rest === '/' || rest === '/index.html') {
              res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(adminHtml());
            } else if (rest === '/config.yml') {
              res
                .writeHead(200, { 'Content-Type': 'text/yaml; charset=utf-8', 'Cache-Control': 'no-store' })
                .end(configYaml(localBackend()));
            } else if (rest === '/cms.js') {
              const { bundleAdmin } = await import('../../cms/bundle.ts');
              bundle ??= bundleAdmin({ minify: false });
              res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(await bundle);
            } else if (rest === '/site.css') {
              res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(await readFile(SITE_CSS));
            } else {
              next();
            }
          } catch (error) {
            bundle = undefined;
            res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String((error as Error).stack ?? error));
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const admin = path.join(fileURLToPath(dir), 'admin');
        const backend = gitHostFromEnv();
        // A production build with no backend has no /admin/ at all: no public page telling visitors to run npm.
        if (!backend && process.env.DTDN_PRODUCTION === '1') return;
        await mkdir(admin, { recursive: true });
        if (!backend) {
          await writeFile(path.join(admin, 'index.html'), setupHtml(`http://localhost:4321${base}admin/`));
          return;
        }
        const { bundleAdmin } = await import('../../cms/bundle.ts');
        await writeFile(path.join(admin, 'cms.js'), await bundleAdmin({ minify: true }));
        await writeFile(path.join(admin, 'config.yml'), configYaml(backend, site));
        await writeFile(path.join(admin, 'site.css'), await readFile(SITE_CSS));
        await writeFile(path.join(admin, 'index.html'), adminHtml());
        logger.info(`admin/ (${backend.kind === 'git-host' ? `${backend.name}: ${backend.repo}` : ''})`);
      },
    },
  };
}
