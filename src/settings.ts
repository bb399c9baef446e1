/**
 * Every setting the project reads from the environment, in one table parsed with zod: the variable, its
 * default, and what an editor is told (in Vietnamese) when its value is wrong. Commands, astro.config.mjs
 * and the pages read settings only through this module; the library (src/lib) takes them as parameters.
 * An empty variable counts as unset.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { t, type MessageKey } from './i18n/index.ts';
import { isValidIsoDate, todayInVietnam } from './lib/base/dates/civil.ts';

/** The section's path on the portal unless `BASE` says otherwise. */
export const DEFAULT_BASE = '/doi-thoai-doanh-nghiep/';

const port = z.coerce.number().int().min(1).max(65535);
const url = z.string().refine((v) => /^https?:\/\/[^/\s]+/.test(v) && URL.canParse(v));

/** The variables: each schema carries its default; `fix` is the key of the message shown when it fails. */
const VARIABLES = {
  /** The content root, relative to the working directory */
  CONTENT_DIR: { schema: z.string().default('content'), fix: 'settings.fix.CONTENT_DIR' },
  /** The section's path on the portal; `/` serves it at the root */
  BASE: { schema: z.string().startsWith('/').default(DEFAULT_BASE), fix: 'settings.fix.BASE' },
  /** The portal's origin, for absolute links in feeds and the sitemap */
  SITE: { schema: url.default('https://example.gov.vn'), fix: 'settings.fix.SITE' },
  /** The day taken as today for deadlines (`YYYY-MM-DD`), so that a build can be reproduced; default today in Vietnam */
  AS_OF: { schema: z.string().refine(isValidIsoDate).optional(), fix: 'settings.fix.AS_OF' },
  /** `debug` makes the build say what Astro does; default `warn` */
  LOG_LEVEL: { schema: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('warn'), fix: 'settings.fix.LOG_LEVEL' },
  /** `npm run dev`: the site's port (default 4321) and host (default localhost) */
  PORT: { schema: port.optional(), fix: 'settings.fix.PORT' },
  HOST: { schema: z.string().default('localhost'), fix: 'settings.fix.HOST' },
  /** `npm run dev`: the local Decap backend's port, its mode (`fs`, or `git` for the editorial workflow) and log level */
  DECAP_PORT: { schema: port.default(8081), fix: 'settings.fix.PORT' },
  DECAP_MODE: { schema: z.enum(['fs', 'git']).default('fs'), fix: 'settings.fix.DECAP_MODE' },
  DECAP_LOG_LEVEL: { schema: z.string().default('warn'), fix: 'settings.fix.LOG_LEVEL' },
  /** Browser tests and `npm run weight`: Chromium's path */
  CHROMIUM_PATH: { schema: z.string().default('/usr/bin/chromium'), fix: 'settings.fix.CHROMIUM_PATH' },
} as const satisfies Record<string, { schema: z.ZodType; fix: MessageKey }>;

type Variables = typeof VARIABLES;
type Raw = { [K in keyof Variables]: z.output<Variables[K]['schema']> };

export interface Settings {
  /** The content root's absolute path (`CONTENT_DIR`) */
  contentRoot: string;
  /** The section's base path, always ending in `/` (`BASE`) */
  base: string;
  /** The portal's origin (`SITE`) */
  site: string;
  /** Today for deadlines (`AS_OF`, else today in Vietnam) */
  asOf: string;
  logLevel: Raw['LOG_LEVEL'];
  dev: { port?: number; host: string };
  decap: { port: number; mode: Raw['DECAP_MODE']; logLevel: string };
  chromiumPath: string;
}

/** One wrong variable, in words. */
export interface SettingProblem {
  name: string;
  message: string;
}

/** Parses the environment; either the settings or every wrong variable. */
export function parseSettings(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): { settings: Settings; problems: [] } | { settings?: undefined; problems: SettingProblem[] } {
  const raw: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  for (const [name, variable] of Object.entries(VARIABLES) as [keyof Variables, Variables[keyof Variables]][]) {
    const value = env[name] === '' ? undefined : env[name];
    const parsed = variable.schema.safeParse(value);
    if (parsed.success) raw[name] = parsed.data;
    else problems.push({ name, message: t('settings.invalid', { name, found: value ?? '', fix: t(variable.fix) }) });
  }
  if (problems.length > 0) return { problems };
  const r = raw as Raw;
  return {
    problems: [],
    settings: {
      contentRoot: path.resolve(cwd, r.CONTENT_DIR),
      base: r.BASE.endsWith('/') ? r.BASE : `${r.BASE}/`,
      site: r.SITE,
      asOf: r.AS_OF ?? todayInVietnam(),
      logLevel: r.LOG_LEVEL,
      dev: { port: r.PORT, host: r.HOST },
      decap: { port: r.DECAP_PORT, mode: r.DECAP_MODE, logLevel: r.DECAP_LOG_LEVEL },
      chromiumPath: r.CHROMIUM_PATH,
    },
  };
}

let current: Settings | undefined;

/** This process's settings; on a wrong variable, says which and how to fix it, and exits with code 2. */
export function settings(): Settings {
  if (current) return current;
  const parsed = parseSettings();
  if (!parsed.settings) {
    for (const problem of parsed.problems) console.error(problem.message);
    process.exit(2);
  }
  current = parsed.settings;
  return current;
}
