/**
 * Every Vietnamese text of the project: site, CMS, errors, audit, report, read through `t()` in
 * ./index.ts. One table, split by area into ./vi/*.ts so each area's words sit together; keys are
 * flat and dotted and must be unique across areas. Field labels and help texts live with their
 * fields (src/lib/schema).
 */
import { errors } from './vi/errors.ts';
import { site } from './vi/site.ts';
import { audit } from './vi/audit.ts';
import { publicSite } from './vi/public.ts';
import { perf } from './vi/perf.ts';
import { safety } from './vi/safety.ts';
import { cms } from './vi/cms.ts';

export const vi = {
  ...errors,
  ...site,
  ...audit,
  ...publicSite,
  ...perf,
  ...safety,
  ...cms,
} as const;

export type MessageKey = keyof typeof vi;
