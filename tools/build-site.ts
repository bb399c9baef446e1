/** Builds a content root into a temporary folder with the real build script, as `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROJECT = path.resolve(import.meta.dirname, '..');

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

/** The environment without what Vitest adds (`BASE_URL=/`, `MODE=test`…), which Vite would read as the site's own. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(VITEST|VITE_)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key)) delete env[key];
  return env;
}

/** Runs `scripts/build.ts` with this Node; `env` adds CONTENT_DIR, BASE… */
export async function buildSite(
  options: { contentDir?: string; asOf?: string; outDir?: string; env?: Record<string, string>; args?: string[] } = {},
): Promise<BuildResult> {
  const outDir = options.outDir ?? path.join(await mkdtemp(path.join(tmpdir(), 'dtdn-build-')), 'dist');
  const args = ['scripts/build.ts', '--out-dir', outDir];
  if (options.asOf) args.push('--as-of', options.asOf);
  if (options.args) args.push(...options.args);
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...cleanEnv(), CONTENT_DIR: options.contentDir ?? path.join(PROJECT, 'content'), ...options.env },
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir };
}
