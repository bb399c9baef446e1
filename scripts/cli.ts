/** What the command-line scripts share: option parsing, the settings and "today", loading with a report. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatReport } from '../src/lib/ingest/content/errors.ts';
import { loadContentRoot, type LoadedContent } from '../src/lib/ingest/root/load.ts';
import { isValidIsoDate } from '../src/lib/base/dates/civil.ts';
import { t } from '../src/i18n/index.ts';
import { settings, type Settings } from '../src/settings.ts';

/**
 * Parses the options, then the settings of the environment (src/settings.ts); exits with code 2 and a
 * Vietnamese message on a wrong option or a wrong variable.
 */
export function options<T extends NonNullable<ParseArgsConfig['options']>>(spec: T, usage: string) {
  try {
    const values = parseArgs({ options: spec, allowPositionals: false, strict: true }).values;
    const asOf = (values as Record<string, unknown>)['as-of'];
    // `--as-of` wins over `AS_OF`, in this process and in what it starts (the build's child, Astro).
    if (typeof asOf === 'string') {
      if (!isValidIsoDate(asOf)) {
        console.error(t('cli.asOfInvalid', { value: asOf }));
        process.exit(2);
      }
      process.env.AS_OF = asOf;
    }
    settings();
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

/** "Today": `--as-of`, else `AS_OF`, else today in Vietnam (checked by `options`). */
export function resolveAsOf(): string {
  return settings().asOf;
}

/** Loads the content root of the settings (`CONTENT_DIR`); prints the problems; on errors exits with `exitCode`. */
export async function loadOrExit(exitCode: number, config: Settings = settings()): Promise<LoadedContent> {
  const content = await loadContentRoot(config.contentRoot);
  if (content.problems.length > 0) console.error(formatReport(content.problems));
  if (!content.ok) process.exit(exitCode);
  return content;
}
