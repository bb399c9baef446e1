// @ts-check
// The bare Astro 7 baseline of `npm run bench`: no project code, no integrations. Copied into a temporary
// folder (with a link to the project's node_modules, so the same Astro version builds it).
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.gov.vn',
  base: '/bare/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Its own cache: node_modules is the project's, shared through a link.
  cacheDir: './.cache',
  devToolbar: { enabled: false },
});
