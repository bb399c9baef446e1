/**
 * `npm run dev` for a browser test: scripts/dev.ts on free loopback ports, pointed at a content root
 * (a temporary copy), so the CMS saves there through the local decap-server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cleanEnv, PROJECT } from '../../../tools/build-site.ts';

export interface DevStack {
  siteUrl: string;
  adminUrl: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts the site and the local Decap backend for `contentDir`; resolves once both listen. */
export async function startDevStack(
  contentDir: string,
  base = '/doi-thoai-doanh-nghiep/',
  env: Record<string, string> = {},
): Promise<DevStack> {
  const [sitePort, decapPort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(process.execPath, ['scripts/dev.ts'], {
    cwd: PROJECT,
    env: {
      ...cleanEnv(),
      CONTENT_DIR: contentDir,
      PORT: String(sitePort),
      HOST: '127.0.0.1',
      DECAP_PORT: String(decapPort),
      BASE: base,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run dev did not start in 120 s:\n${log}`)), 120_000);
    const check = () => {
      if (log.includes('admin/')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run dev exited (${code}):\n${log}`));
    });
  });
  const siteUrl = `http://127.0.0.1:${sitePort}${base}`;
  return {
    siteUrl,
    adminUrl: `${siteUrl}admin/`,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
