// @ts-check
/**
 * The city section (issue 12): a build target of its own, from src/city/, run by `npm run city`
 * (scripts/city.ts), which fetches the units' published data first and hands Astro the city model. It
 * reuses the unit site's styles and components; `base` and `site` come from the command's options.
 */
import { defineConfig } from 'astro/config';
import { astroCsp } from './src/lib/present/security/policy.ts';

export default defineConfig({
  srcDir: './src/city',
  publicDir: './src/city/public',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The city pages render no Markdown: no highlighter, whose inline styles a strict CSP would refuse.
  markdown: { syntaxHighlight: false },
  security: { csp: astroCsp },
});
