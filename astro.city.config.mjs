// @ts-check
/**
 * The city section (issue 12): a build target of its own, rooted in src/city/, run by `npm run city`
 * (scripts/city.ts), which fetches the units' published data first and hands Astro the city model. It
 * reuses the unit site's styles and components; `base` and `site` come from the command's options.
 * Its own root keeps Astro's generated files (.astro/) apart from the unit site's.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { astroCsp } from './src/lib/present/security/policy.ts';

export default defineConfig({
  root: fileURLToPath(new URL('./src/city/', import.meta.url)),
  srcDir: fileURLToPath(new URL('./src/city/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./src/city/public/', import.meta.url)),
  cacheDir: fileURLToPath(new URL('./node_modules/.astro-city/', import.meta.url)),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The city pages render no Markdown: no highlighter, whose inline styles a strict CSP would refuse.
  markdown: { syntaxHighlight: false },
  security: { csp: astroCsp },
  vite: { cacheDir: fileURLToPath(new URL('./node_modules/.vite-city/', import.meta.url)) },
});
