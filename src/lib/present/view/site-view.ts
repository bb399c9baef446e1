/**
 * What every page of one unit's section reads: the site model (with each entry's HTML), its audit as of
 * the build's day, the URL builders for its base, and its documents by id. Prepared once per content
 * root and build; the page view models (../pages/) take it as their first argument.
 */
import { auditSite, siteCalendar, type AuditResult, type MeetingAudit } from '../../domain/audit/index.ts';
import type { Deadline } from '../../domain/deadlines/index.ts';
import { PART_TABLE } from '../../domain/model/parts.ts';
import type { Site } from '../../domain/model/site.ts';
import type { Entry, Part } from '../../domain/model/types.ts';
import type { PartData } from './items.ts';
import { makeUrls, type Urls } from './urls.ts';

export interface SiteView {
  site: Site;
  /** The day taken as today (`YYYY-MM-DD`) */
  asOf: string;
  urls: Urls;
  /** An absolute URL on the portal for a path of the section */
  absolute: (path: string) => string;
  audit: AuditResult;
  auditByMeeting: ReadonlyMap<string, MeetingAudit>;
  /** Each petition's written-answer deadline, by the petition's file */
  answerByFile: ReadonlyMap<string, Deadline>;
  /** Each part's documents by id */
  byId: { [P in Part]: ReadonlyMap<string, Entry<PartData[P]>> };
  /** The size in bytes of an upload (`tep/…`), when known */
  fileBytes: (file: string) => number | undefined;
}

export interface ViewOptions {
  /** Today for deadlines, `YYYY-MM-DD` */
  asOf: string;
  /** The section's path on the portal */
  base: string;
  /** The portal's origin, for absolute URLs */
  origin: string;
  /** The size in bytes of an upload, relative to the content root (the pages' data layer reads it) */
  fileBytes?: (file: string) => number | undefined;
}

/** The view of a site as of a day, under a base path. */
export function siteView(site: Site, options: ViewOptions): SiteView {
  const audit = auditSite(site, options.asOf, siteCalendar(site));
  const answerByFile = new Map<string, Deadline>();
  for (const m of audit.meetings) for (const d of m.deadlines) if (d.rule === 'answer') answerByFile.set(d.file, d);
  const byId = Object.fromEntries(
    PART_TABLE.map((p) => [p.slug, new Map<string, Entry<unknown>>(site[p.collection].map((e) => [e.id, e]))]),
  ) as unknown as SiteView['byId'];
  return {
    site,
    asOf: options.asOf,
    urls: makeUrls(options.base),
    absolute: (path) => new URL(path, options.origin).href,
    audit,
    auditByMeeting: new Map(audit.meetings.map((m) => [m.id, m])),
    answerByFile,
    byId,
    fileBytes: options.fileBytes ?? (() => undefined),
  };
}
