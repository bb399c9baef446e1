// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { settings } from './src/settings.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { contentReload } from './src/integrations/content-reload.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { devProblems } from './src/integrations/dev-problems.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { astroCsp } from './src/lib/present/security/policy.ts';
import { MARKDOWN_OPTIONS } from './src/lib/ingest/markdown/render.ts';

// CONTENT_DIR, BASE, SITE, AS_OF…: read and checked once (src/settings.ts); a wrong value exits with code 2.
const { contentRoot, base, site } = settings();

export default defineConfig({
  // The portal's origin, for absolute links in feeds and the sitemap.
  site,
  // The section's path on the portal; `BASE=/` serves it at the root.
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    contentFiles(contentRoot),
    contentReload(contentRoot),
    cmsAdmin({ projectRoot: fileURLToPath(new URL('.', import.meta.url)), contentRoot }),
    // `npm run dev` with invalid content: the Vietnamese problem list in the browser, not a stack trace.
    devProblems(contentRoot),
    // `npm run dev`: the search page's index, made from the model on first use and after each change.
    devSearch(contentRoot),
    // Pages for officers (the CMS, the audit) stay out of the sitemap; robots.txt says the same.
    sitemap({ filter: (page) => !/\/(admin|kiem-tra)\//.test(new URL(page).pathname) && !new URL(page).pathname.endsWith('/404/') }),
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page (src/lib/present/security/policy.ts); the server adds the same as a header.
  security: { csp: astroCsp },
  // The same Markdown options the site model renders editors' Markdown with (src/lib/ingest/markdown/render.ts).
  markdown: MARKDOWN_OPTIONS,
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/.dist-*/**'] } },
  },
});
