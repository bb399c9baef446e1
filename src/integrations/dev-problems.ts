/**
 * `npm run dev` with invalid content: instead of Astro's English error page and stack trace, every page
 * of the section answers with the build's own Vietnamese problem list (file, line, field, what to do),
 * and comes back by itself once the files are fixed (the page reloads every few seconds, no script).
 * The editor (`/admin/`) and Vite's own files are left alone. Development only: a build stops instead.
 */
import type { AstroIntegration } from 'astro';
import { formatProblem, sortProblems, type ContentProblem } from '../lib/ingest/content/errors.ts';
import { getContent } from '../data/content-cache.ts';
import { t } from '../i18n/index.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The page shown in place of the section while its content has errors. */
export function problemsPage(problems: ContentProblem[], adminUrl: string): string {
  const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
  const warnings = sortProblems(problems.filter((p) => p.severity === 'warning'));
  const items = (list: ContentProblem[]) => list.map((p) => `<li>${escapeHtml(formatProblem(p))}</li>`).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="refresh" content="4">
<title>${escapeHtml(t('cms.dev.problemsTitle'))}</title>
<style>body{font-family:'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;line-height:1.55;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.4rem;color:#8a1c12}li{margin:.4rem 0;overflow-wrap:anywhere}.warn li{color:#5c3d00}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t('report.errorsHeading', { count: errors.length, files: new Set(errors.map((p) => p.file)).size }))}</h1>
<ol>
${items(errors)}
</ol>
${warnings.length ? `<h2>${escapeHtml(t('report.warningsHeading', { count: warnings.length }))}</h2>\n<ol class="warn">\n${items(warnings)}\n</ol>` : ''}
<p>${escapeHtml(t('report.devShown'))}</p>
<p>${escapeHtml(t('cms.dev.problemsAdmin'))} <a href="${escapeHtml(adminUrl)}">${escapeHtml(adminUrl)}</a></p>
</main>
</body>
</html>
`;
}

/** The dev-only integration; `contentRoot` is the absolute content root. */
export function devProblems(contentRoot: string): AstroIntegration {
  let base = '/';
  return {
    name: 'doi-thoai:dev-problems',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const original = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
          const url = original.split('?')[0] ?? '';
          const accept = String(req.headers.accept ?? '');
          // Pages only: not the editor, not Vite's modules, not files.
          if (
            req.method !== 'GET' ||
            !url.startsWith(base) ||
            url.startsWith(`${base}admin`) ||
            url.includes('/@') ||
            !accept.includes('text/html')
          )
            return next();
          try {
            const content = await getContent(contentRoot);
            if (content.ok) return next();
            res
              .writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
              .end(problemsPage(content.problems, `${base}admin/`));
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
