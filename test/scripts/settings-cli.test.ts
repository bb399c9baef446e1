import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';

/** Every command the project has (package.json scripts that run scripts/*.ts). */
const COMMANDS = ['build', 'audit', 'report', 'gen', 'bench', 'bench-audit', 'bench-sanitize', 'weight', 'cms-config', 'dev'];

describe('a wrong AS_OF', () => {
  it.each(COMMANDS)('stops `%s` with exit code 2 and says how to write it', (name) => {
    const run = runScript(name, [], { AS_OF: '2026-13-01' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Biến môi trường AS_OF = "2026-13-01" không hợp lệ.');
  });
});
