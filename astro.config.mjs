// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentRootFromEnv } from './src/lib/ingest/root/load.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { baseFromEnv } from './src/lib/present/view/urls.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { devProblems } from './src/integrations/dev-problems.ts';
import { astroCsp } from './src/lib/present/security/policy.ts';

const contentRoot = contentRootFromEnv();

/** The section's path on the portal; `BASE=/` serves it at the root. */
const base = baseFromEnv();

export default defineConfig({
  // The portal's origin, for absolute links in feeds and the sitemap; override with SITE.
  site: process.env.SITE ?? 'https://example.gov.vn',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    contentFiles(contentRoot),
    cmsAdmin({ projectRoot: fileURLToPath(new URL('.', import.meta.url)), contentRoot }),
    // `npm run dev` with invalid content: the Vietnamese problem list in the browser, not a stack trace.
    devProblems(contentRoot),
    // Pages for officers (the CMS, the audit) stay out of the sitemap; robots.txt says the same.
    sitemap({ filter: (page) => !/\/(admin|kiem-tra)\//.test(new URL(page).pathname) && !new URL(page).pathname.endsWith('/404/') }),
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page (src/lib/present/security/policy.ts); the server adds the same as a header.
  security: { csp: astroCsp },
  // No code highlighting: editors write no code, and Shiki's inline styles would need 'unsafe-inline' under the CSP
  // (the Markdown sanitiser drops style attributes anyway).
  markdown: { syntaxHighlight: false },
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/.dist-*/**'] } },
  },
});
