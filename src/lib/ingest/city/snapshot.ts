/**
 * The snapshot cache of the city build: for each unit, the last copy of each published file that was
 * valid, with the validators (ETag, Last-Modified) to ask for it again conditionally and the moment it
 * was fetched. A file that arrives broken never replaces the last good copy; writes go to a temporary
 * file renamed into place, so an interrupted build leaves either the old copy or the new one.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SnapshotMeta {
  /** Where it came from (URL or folder path) */
  source: string;
  etag?: string;
  lastModified?: string;
  /** When this copy was fetched (ISO instant) */
  fetchedAt: string;
}

export interface Snapshot {
  body: string;
  meta: SnapshotMeta;
}

/** The cache of one city build (a folder, kept between builds). */
export class SnapshotCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  private file(unitId: string, name: string): string {
    return path.join(this.dir, unitId, name);
  }

  /** The last good copy of a unit's file, if any. */
  async read(unitId: string, name: string): Promise<Snapshot | undefined> {
    try {
      const [body, meta] = await Promise.all([
        readFile(this.file(unitId, name), 'utf8'),
        readFile(this.file(unitId, `${name}.meta.json`), 'utf8'),
      ]);
      return { body, meta: JSON.parse(meta) as SnapshotMeta };
    } catch {
      return undefined;
    }
  }

  /** Keeps a valid copy (body first, then its meta: a meta never describes a body it does not have). */
  async write(unitId: string, name: string, snapshot: Snapshot): Promise<void> {
    await mkdir(path.join(this.dir, unitId), { recursive: true });
    await atomicWrite(this.file(unitId, name), snapshot.body);
    await atomicWrite(this.file(unitId, `${name}.meta.json`), `${JSON.stringify(snapshot.meta, null, 2)}\n`);
  }

  /** Records that the copy is still current (a 304), with its new fetch time and validators. */
  async touch(unitId: string, name: string, meta: SnapshotMeta): Promise<void> {
    await atomicWrite(this.file(unitId, `${name}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
  }
}

async function atomicWrite(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}
