/** Runs one of the project's command-line scripts as `npm run` would, with Node 22 from the project. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const PROJECT = path.resolve(import.meta.dirname, '../..');

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node scripts/<name>.ts …args` in the project, with `env` added (e.g. CONTENT_DIR). */
export function runScript(name: string, args: string[], env: Record<string, string> = {}): ScriptResult {
  const result = spawnSync(process.execPath, [path.join(PROJECT, 'scripts', `${name}.ts`), ...args], {
    cwd: PROJECT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
