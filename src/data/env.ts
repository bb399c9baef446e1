/** The settings every command reads from the environment: the content root and the day taken as today. */
import { contentRootFromEnv } from '../lib/ingest/root/load.ts';
import { isValidIsoDate, todayInVietnam } from '../lib/base/dates/civil.ts';

/** The content root: `CONTENT_DIR`, default `content/`. */
export function contentRoot(): string {
  return contentRootFromEnv();
}

/** "Today" for deadlines: `AS_OF` (YYYY-MM-DD) when set, so that a build can be reproduced; else today in Vietnam. */
export function asOf(): string {
  const value = process.env.AS_OF;
  if (value && isValidIsoDate(value)) return value;
  return todayInVietnam();
}
