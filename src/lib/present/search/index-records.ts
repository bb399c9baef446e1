/**
 * Writes a Pagefind index from ready records (Pagefind's Node API), without pages to read: a unit's
 * build indexes the records made from its model (../pages/search-records.ts) while Astro renders the pages, and
 * the city section indexes the petitions, documents and meetings of every unit from their published data.
 * Pagefind indexes in a process of its own, so the records are indexed on the other core while this one
 * renders. A few records are kept in flight, sent in the given order, so the index is the same on every run.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

const IN_FLIGHT = 32;

/** An index being filled: `added` settles once every record is in; `write` then writes the bundle. */
export interface OpenIndex {
  /** How many records were indexed, once all are in (rejects on Pagefind's first error) */
  added: Promise<number>;
  /** Writes `<outDir>/pagefind/` (after `added`), and stops Pagefind */
  write(outDir: string): Promise<void>;
  /** Stops Pagefind without writing (a failed build) */
  close(): Promise<void>;
}

/**
 * Starts indexing the records; returns at once. Records are taken from the iterable (or the stream of
 * records another process sends) as Pagefind takes them in.
 */
export async function openIndex(records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>): Promise<OpenIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const feed = async (): Promise<number> => {
    let count = 0;
    const inFlight: Promise<void>[] = [];
    let failure: Error | undefined;
    for await (const record of records) {
      inFlight.push(
        index.addCustomRecord(record).then(
          (added) => {
            if (added.errors.length) failure ??= new Error(`Pagefind (${record.url}): ${added.errors.join('; ')}`);
          },
          (error: Error) => void (failure ??= error),
        ),
      );
      count++;
      if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      if (failure) throw failure;
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    return count;
  };
  const added = feed();
  // A failure is reported by whoever awaits `added` or `write`; never as an unhandled rejection meanwhile.
  added.catch(() => undefined);
  return {
    added,
    async write(outDir) {
      try {
        await added;
        const bundle = path.join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        // The search page renders results itself: Pagefind's ready-made interfaces are not published.
        for (const name of await readdir(bundle)) {
          if (/^pagefind-((component|modular)-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(name)) await rm(path.join(bundle, name));
        }
      } finally {
        await pagefind.close();
      }
    },
    close: async () => void (await pagefind.close()),
  };
}

/** Indexes the records into `<outDir>/pagefind/`; returns how many were indexed. */
export async function indexRecords(records: Iterable<SearchRecord>, outDir: string): Promise<number> {
  const index = await openIndex(records);
  await index.write(outDir);
  return index.added;
}
