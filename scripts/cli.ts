/** What the command-line scripts share: option parsing, the content root and "today", loading with a report. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatReport } from '../src/lib/ingest/content/errors.ts';
import { contentRootFromEnv, loadContentRoot, type LoadedContent } from '../src/lib/ingest/root/load.ts';
import { isValidIsoDate, todayInVietnam } from '../src/lib/base/dates/civil.ts';
import { t } from '../src/i18n/index.ts';

/** Parses the options; exits with code 2 and a Vietnamese message on a wrong option. */
export function options<T extends NonNullable<ParseArgsConfig['options']>>(spec: T, usage: string) {
  try {
    return parseArgs({ options: spec, allowPositionals: false, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

/** "Today": `--as-of`, else `AS_OF`, else today in Vietnam. Exits with code 2 on a malformed date. */
export function resolveAsOf(flag: string | undefined): string {
  const value = flag ?? process.env.AS_OF;
  if (value === undefined || value === '') return todayInVietnam();
  if (!isValidIsoDate(value)) {
    console.error(t('cli.asOfInvalid', { value }));
    process.exit(2);
  }
  return value;
}

/** Loads the content root of `CONTENT_DIR`; prints the problems; on errors exits with `exitCode`. */
export async function loadOrExit(exitCode: number): Promise<LoadedContent> {
  const content = await loadContentRoot(contentRootFromEnv());
  if (content.problems.length > 0) console.error(formatReport(content.problems));
  if (!content.ok) process.exit(exitCode);
  return content;
}
