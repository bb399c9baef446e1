/**
 * `npm run dev`: the site with live reload and, beside it, the local Decap backend (decap-server, bound to
 * 127.0.0.1 only) so that an editor at http://localhost:4321<base>admin/ saves straight into the repository.
 * `DECAP_PORT` (default 8081) moves the backend; `DECAP_MODE=git` makes it commit each save and turns on the
 * editorial workflow (drafts as branches). `PORT` and `HOST` move the site (default localhost:4321).
 * Stopping one stops the other.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { dev } from 'astro';
import { localBackend, repositoryOf } from '../cms/config.ts';
import { settings } from '../src/settings.ts';
import { t } from '../src/i18n/index.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const config = settings();
const { repoDir } = repositoryOf(projectRoot, config.contentRoot);
const port = config.decap.port;
process.env.DECAP_PORT = String(port);
process.env.ASTRO_TELEMETRY_DISABLED = '1';

async function free(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(p, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
if (!(await free(port))) {
  console.error(t('cms.dev.portBusy', { port }));
  process.exit(1);
}

const serverScript = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
const decap = spawn(process.execPath, [serverScript], {
  cwd: repoDir,
  env: {
    ...process.env,
    PORT: String(port),
    BIND_HOST: '127.0.0.1',
    GIT_REPO_DIRECTORY: repoDir,
    MODE: config.decap.mode,
    LOG_LEVEL: config.decap.logLevel,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

const server = await dev({
  root: projectRoot,
  server: config.dev.port ? { port: config.dev.port, host: config.dev.host } : undefined,
});
const site = `http://${server.address.address.includes(':') ? `[${server.address.address}]` : server.address.address}:${server.address.port}${config.base}`;
console.log(
  t('cms.dev.started', { site, admin: `${site}admin/`, proxy: new URL((localBackend(port) as { proxyUrl: string }).proxyUrl).host }),
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  decap.kill();
  await server.stop();
  process.exit(code);
}
decap.on('exit', (code) => {
  if (stopping) return;
  console.error(t('cms.dev.stopped', { code: String(code) }));
  void stop(1);
});
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
