/**
 * Fetching a unit's published files (src/lib/ingest/city/fetch.ts) against a local server that can be
 * told to fail: the timeout, bounded retries, conditional requests, and the last good snapshot kept and
 * used when a later copy is broken.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchUnit, validatePublished } from '../../../../src/lib/ingest/city/fetch.ts';
import type { RegistryUnit } from '../../../../src/lib/ingest/city/registry.ts';
import { SnapshotCache } from '../../../../src/lib/ingest/city/snapshot.ts';

const DATA = {
  version: 1,
  asOf: '2026-12-01',
  unit: { name: 'Ủy ban nhân dân phường Thử', shortName: 'UBND phường Thử', kind: 'commune' },
  meetings: [
    {
      id: '2026-quy-i',
      title: 'Hội nghị quý I',
      status: 'held',
      start: '2026-03-12T08:00',
      petitions: 1,
      url: 'https://x.gov.vn/hoi-nghi/2026-quy-i/',
    },
  ],
  petitions: [
    {
      id: 'kn-1',
      code: 'KN-2026-01',
      meeting: '2026-quy-i',
      title: 'Đề nghị về đất đai',
      received: '2026-03-01',
      group: 'land',
      status: 'transferred',
      resolved: false,
      url: 'https://x.gov.vn/kien-nghi/kn-1/',
    },
  ],
  documents: [],
};
const AUDIT = {
  asOf: '2026-12-01',
  unit: 'UBND phường Thử',
  rules: 'kh-82-2026',
  meetings: [],
  summary: { meetings: 0, complete: 0, errors: 0, warnings: 0 },
};

/** What the server answers next, per file: a body, a status, or silence (no answer at all). */
let behaviour: { data: 'ok' | 'broken' | 'fail-once' | 'silent' | 500; audit: 'ok' | 404 };
let requests: { url: string; headers: IncomingMessage['headers'] }[];
let server: Server;
let base: string;
let cacheDir: string;
let failedOnce = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const etag = '"v1"';
    if (req.url?.endsWith('/kiem-tra.json')) {
      if (behaviour.audit === 404) res.writeHead(404).end();
      else res.writeHead(200, { ETag: '"a1"' }).end(JSON.stringify(AUDIT));
      return;
    }
    const mode = behaviour.data;
    if (mode === 'silent') return; // never answers: the client's timeout must end it
    if (mode === 500) return void res.writeHead(500).end('oops');
    if (mode === 'fail-once' && !failedOnce) {
      failedOnce = true;
      return void res.writeHead(503).end('busy');
    }
    if (mode === 'broken') return void res.writeHead(200).end('<html>Lỗi</html>');
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { ETag: etag, 'Content-Type': 'application/json' }).end(JSON.stringify(DATA));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dtdn/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(async () => {
  behaviour = { data: 'ok', audit: 'ok' };
  requests = [];
  failedOnce = false;
  cacheDir = await mkdtemp(path.join(tmpdir(), 'dtdn-city-cache-'));
  return () => rm(cacheDir, { recursive: true, force: true });
});

const unit = (): RegistryUnit => ({
  id: 'phuong-thu',
  name: 'Ủy ban nhân dân phường Thử',
  kind: 'commune',
  source: { kind: 'url', url: base },
});
const options = (extra: object = {}) => ({ cache: new SnapshotCache(cacheDir), timeoutMs: 1000, retries: 2, backoffMs: 10, ...extra });

describe('fetchUnit', () => {
  it('reads and validates both files, and keeps them as the snapshot with their validators', async () => {
    const result = await fetchUnit(unit(), options());
    expect(result.state).toBe('ok');
    expect(result.data.value?.petitions[0]?.group).toBe('land');
    expect(result.audit.value?.rules).toBe('kh-82-2026');
    const meta = JSON.parse(await readFile(path.join(cacheDir, 'phuong-thu', 'du-lieu.json.meta.json'), 'utf8')) as { etag: string };
    expect(meta.etag).toBe('"v1"');
  });

  it('asks again conditionally and takes a 304 as the snapshot, fresh', async () => {
    await fetchUnit(unit(), options());
    requests = [];
    const again = await fetchUnit(unit(), options());
    expect(requests.find((r) => r.url.endsWith('du-lieu.json'))?.headers['if-none-match']).toBe('"v1"');
    expect(again.state).toBe('ok');
    expect(again.data.notModified).toBe(true);
    expect(again.data.value?.petitions).toHaveLength(1);
  });

  it('retries a 5xx within its bound, then succeeds', async () => {
    behaviour.data = 'fail-once';
    const result = await fetchUnit(unit(), options());
    expect(result.state).toBe('ok');
    expect(requests.filter((r) => r.url.endsWith('du-lieu.json'))).toHaveLength(2);
  });

  it('gives up after the bounded retries, saying how many tries', async () => {
    behaviour.data = 500;
    const result = await fetchUnit(unit(), options({ retries: 2 }));
    expect(result.state).toBe('unreachable');
    expect(requests.filter((r) => r.url.endsWith('du-lieu.json'))).toHaveLength(3);
    expect(result.reasons[0]).toBe('du-lieu.json: máy chủ trả lời mã HTTP 500 (đã thử 3 lần)');
  });

  it('ends a request that gets no answer at its timeout', async () => {
    behaviour.data = 'silent';
    const started = performance.now();
    const result = await fetchUnit(unit(), options({ timeoutMs: 300, retries: 0 }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.state).toBe('unreachable');
    expect(result.reasons[0]).toBe('du-lieu.json: không trả lời sau 0.3 giây');
  });

  it('keeps the last good snapshot when the new copy is broken, and uses it meanwhile', async () => {
    await fetchUnit(unit(), options());
    const good = await readFile(path.join(cacheDir, 'phuong-thu', 'du-lieu.json'), 'utf8');
    behaviour.data = 'broken';
    const result = await fetchUnit(unit(), options());
    expect(result.state).toBe('invalid');
    expect(result.reasons[0]).toMatch(/^du-lieu\.json: không phải JSON hợp lệ/);
    expect(result.data.fresh).toBe(false);
    expect(result.data.value?.petitions[0]?.code).toBe('KN-2026-01');
    expect(result.data.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await readFile(path.join(cacheDir, 'phuong-thu', 'du-lieu.json'), 'utf8')).toBe(good);
  });

  it('names a missing kiem-tra.json while still using a fresh du-lieu.json', async () => {
    behaviour.audit = 404;
    const result = await fetchUnit(unit(), options());
    expect(result.state).toBe('unreachable');
    expect(result.reasons).toEqual(['kiem-tra.json: máy chủ trả lời mã HTTP 404']);
    expect(result.data.fresh).toBe(true);
  });

  it('says "no address" for a registry entry without url or folder', async () => {
    const result = await fetchUnit({ id: 'x', name: 'X', kind: 'commune' }, options());
    expect(result.state).toBe('no-source');
  });
});

describe('validatePublished', () => {
  it('names the field and the problem in Vietnamese', () => {
    const bad = { ...DATA, petitions: [{ ...DATA.petitions[0], group: 'đất đai' }] };
    const result = validatePublished('data', JSON.stringify(bad));
    expect('message' in result && result.message).toMatch(/^sai mẫu dữ liệu \(1 lỗi\): petitions\[0\]\.group: /);
  });

  it('refuses a version newer than the city reads, saying what to update', () => {
    const result = validatePublished('data', JSON.stringify({ ...DATA, version: 99 }));
    expect('message' in result && result.message).toContain('cập nhật công cụ của thành phố');
  });
});
