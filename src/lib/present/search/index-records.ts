/**
 * Writes a Pagefind index from ready records (Pagefind's Node API), without pages to read: the city
 * section indexes the petitions, documents and meetings of every unit straight from their published
 * data. A few records are kept in flight, sent in the given order, so the index is the same on every run.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

const IN_FLIGHT = 32;

/** Indexes the records into `<outDir>/pagefind/`; returns how many were indexed. */
export async function indexRecords(records: Iterable<SearchRecord>, outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let count = 0;
  const inFlight: Promise<void>[] = [];
  let failure: Error | undefined;
  try {
    for (const record of records) {
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
  return count;
}
