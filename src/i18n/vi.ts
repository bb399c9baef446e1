/**
 * Every Vietnamese text of the project: site, CMS, errors, audit, report, read through `t()` in
 * ./index.ts. One file per key prefix in ./vi/ (`site.skipLink` lives in ./vi/site.ts); keys are flat
 * and dotted. Field labels and help texts live with their fields (src/lib/ingest/schema).
 */
import allow from './vi/allow.ts';
import audit from './vi/audit.ts';
import bench from './vi/bench.ts';
import build from './vi/build.ts';
import city from './vi/city.ts';
import cli from './vi/cli.ts';
import cms from './vi/cms.ts';
import date from './vi/date.ts';
import doc from './vi/doc.ts';
import error from './vi/error.ts';
import expected from './vi/expected.ts';
import fix from './vi/fix.ts';
import found from './vi/found.ts';
import gen from './vi/gen.ts';
import privacy from './vi/privacy.ts';
import problem from './vi/problem.ts';
import publicSite from './vi/public.ts';
import reader from './vi/reader.ts';
import report from './vi/report.ts';
import rule from './vi/rule.ts';
import settings from './vi/settings.ts';
import site from './vi/site.ts';
import upload from './vi/upload.ts';
import yaml from './vi/yaml.ts';

export const vi = {
  ...allow,
  ...audit,
  ...bench,
  ...build,
  ...city,
  ...cli,
  ...cms,
  ...date,
  ...doc,
  ...error,
  ...expected,
  ...fix,
  ...found,
  ...gen,
  ...privacy,
  ...problem,
  ...publicSite,
  ...reader,
  ...report,
  ...rule,
  ...settings,
  ...site,
  ...upload,
  ...yaml,
} as const;

export type MessageKey = keyof typeof vi;
