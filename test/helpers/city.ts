/**
 * A small city for tests (issue 12): three generated units, each built with the real build and served
 * over HTTP on 127.0.0.1 under its own port, plus a registry entry whose address is down (a port nobody
 * listens on) and one whose server answers with broken JSON, and a unit the plan excludes. The city
 * command runs as a child process (asynchronously: the servers live in the test's process).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, cleanEnv, PROJECT } from '../../tools/build-site.ts';
import { generateRoots } from '../../tools/gen/write.ts';
import { serveStatic, type StaticSite } from '../../tools/static-server.ts';

export const CITY_AS_OF = '2026-12-04';
export const BASE = '/doi-thoai-doanh-nghiep/';

export interface CityUnitFixture {
  id: string;
  name: string;
  contentRoot: string;
  distDir: string;
  site: StaticSite;
}

export interface CityFixture {
  dir: string;
  registry: string;
  units: CityUnitFixture[];
  downUrl: string;
  invalidUrl: string;
  /** Every request the three unit servers answered: path and status */
  requests: { unit: string; pathname: string; status: number }[];
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A portal that answers 200 with a broken body for du-lieu.json, and 404 for the rest. */
async function brokenPortal(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url?.endsWith('/du-lieu.json'))
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"version": 1, "asOf": "2026-12-0');
    else res.writeHead(404).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${BASE}`, server };
}

/** Generates, builds and serves the three units and writes the registry. */
export async function cityFixture(petitions = 40): Promise<CityFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dtdn-city-'));
  const roots = generateRoots({ out: path.join(dir, 'content'), petitions, units: 3, seed: 'city' });
  const requests: CityFixture['requests'] = [];
  const units: CityUnitFixture[] = [];
  for (const root of roots) {
    const distDir = path.join(dir, 'dist', root.slug);
    const site = await serveStatic(distDir, BASE, {
      onRequest: (pathname, status) => requests.push({ unit: root.slug, pathname, status }),
    });
    // Each unit's public addresses are those of its own server, as on a portal.
    const built = await buildSite({ contentDir: root.root, outDir: distDir, asOf: CITY_AS_OF, env: { SITE: new URL(site.url).origin } });
    if (built.status !== 0) throw new Error(`unit build failed (${root.slug}):\n${built.stderr}`);
    units.push({ id: root.slug, name: root.stats.unit, contentRoot: root.root, distDir, site });
  }
  const downUrl = `http://127.0.0.1:${await freePort()}${BASE}`;
  const broken = await brokenPortal();
  const registry = path.join(dir, 'don-vi.yaml');
  const entries = units.map((u) => `  - id: ${u.id}\n    name: ${u.name}\n    kind: ${kindOf(u.id)}\n    url: ${u.site.url}\n`).join('');
  await writeFile(
    registry,
    `city: Thành phố Hải Phòng
compiledBy: Sở Tài chính thành phố Hải Phòng
units:
${entries}  - id: phuong-mat-ket-noi
    name: Ủy ban nhân dân phường Mất Kết Nối
    kind: commune
    url: ${downUrl}
  - id: xa-du-lieu-hong
    name: Ủy ban nhân dân xã Dữ Liệu Hỏng
    kind: commune
    url: ${broken.url}
  - id: so-y-te
    name: Sở Y tế thành phố Hải Phòng
    kind: department
    excluded:
      - plan: KH 85/KH-UBND ngày 05/4/2024
        source: "§IV.1: các đơn vị thực hiện Kế hoạch này không bao gồm các Sở: Nội vụ, Y tế, Ngoại vụ"
`,
  );
  return {
    dir,
    registry,
    units,
    downUrl,
    invalidUrl: broken.url,
    requests,
    close: async () => {
      for (const u of units) await u.site.close();
      await new Promise((resolve) => broken.server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function kindOf(slug: string): string {
  if (slug.startsWith('so-')) return 'department';
  if (slug.startsWith('bql-')) return 'zone-authority';
  return 'commune';
}

export interface CityRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run city` (scripts/city.ts) without blocking this process, so its servers keep answering. */
export function runCity(args: string[]): Promise<CityRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT, 'scripts/city.ts'), ...args], { cwd: PROJECT, env: cleanEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
