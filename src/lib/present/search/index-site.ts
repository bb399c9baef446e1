/**
 * Indexes a built site for search from its pages (Pagefind's Node API): every page that opted in through
 * Base's `search` prop becomes one record with folded text (./records.ts). The build no longer indexes
 * this way (it indexes records made from the model while Astro renders: ../pages/search-records.ts); this is the
 * reference it is compared with (test/e2e/search-model.test.ts, `npm run bench`'s `search-html` figure).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecord } from './records.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name === 'index.html') yield full;
  }
}

const IN_FLIGHT = 16;

/** Indexes the site built in `siteDir` into `<outDir>/pagefind/`; returns the number of pages indexed. */
export async function indexSite(siteDir: string, outDir = siteDir): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let count = 0;
  // Records go to Pagefind (a process of its own) while the next pages are read and parsed here: a few
  // are kept in flight, and they are sent in file order, so the index is the same on every run.
  const inFlight: Promise<void>[] = [];
  let failure: Error | undefined;
  try {
    for await (const file of htmlFiles(siteDir)) {
      if (file.startsWith(path.join(siteDir, 'pagefind') + path.sep)) continue;
      const relative = path.relative(siteDir, path.dirname(file)).split(path.sep).join('/');
      // Pagefind's client puts its base (the folder above /pagefind/) before each URL: index the path below it.
      const url = relative ? `/${relative}/` : '/';
      const record = searchRecord(await readFile(file, 'utf8'), url);
      if (!record) continue;
      inFlight.push(
        index.addCustomRecord(record).then(
          (added) => {
            if (added.errors.length) failure ??= new Error(`Pagefind (${url}): ${added.errors.join('; ')}`);
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
