/**
 * `npm run cms:config`: prints the Decap CMS configuration generated from the field definitions, for the
 * backend the environment selects (CMS_REPO… for a Git host; otherwise the local decap-server).
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { cmsConfig, gitHostFromEnv, localBackend, repositoryOf } from '../cms/config.ts';
import { settings } from '../src/settings.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const { contentPath } = repositoryOf(projectRoot, settings().contentRoot);
try {
  const backend = gitHostFromEnv() ?? localBackend();
  process.stdout.write(stringify(cmsConfig({ backend, contentPath, siteUrl: process.env.SITE }), { lineWidth: 0 }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
