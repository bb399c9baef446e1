/**
 * `kiem-tra.json` as a schema: the unit's audit (OUTPUTS.md, "The audit's JSON") as of its build day,
 * published beside `du-lieu.json` for the city's dashboard. Like the open data, objects accept fields
 * they do not name (rule ids and fields are only ever added); the fields the city reads are typed. The
 * rule id is any kebab-case word, so a unit whose release knows more rules still validates.
 */
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const publishedPartSchema = z.looseObject({
  present: z.boolean(),
  documents: z.number().int().min(0),
  state: z.string().optional(),
});

export const publishedFindingSchema = z.looseObject({
  rule: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case rule id'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  file: z.string().optional(),
});

export const publishedMeetingAuditSchema = z.looseObject({
  id: z.string().min(1),
  status: z.string().min(1),
  start: z.string().nullable().optional(),
  /** (0.3.0) The city plan the meeting is judged by; null before it took effect */
  rules: z.string().nullable().optional(),
  /** (0.3.0) The unit's own plan layered on it for this meeting */
  unitPlan: z.string().nullable().optional(),
  parts: z.looseObject({
    notice: publishedPartSchema,
    content: publishedPartSchema,
    petitions: publishedPartSchema,
    conclusion: publishedPartSchema,
  }),
  findings: z.array(publishedFindingSchema),
});

export const auditFileSchema = z.looseObject({
  asOf: isoDate,
  unit: z.string().min(1),
  rules: z.string().min(1),
  /** (0.3.0) The unit's own plan, or null */
  unitPlan: z.string().nullable().optional(),
  meetings: z.array(publishedMeetingAuditSchema),
  /** Findings about the unit as a whole (meetings a year) */
  findings: z.array(publishedFindingSchema).optional(),
  summary: z.looseObject({
    meetings: z.number().int().min(0),
    complete: z.number().int().min(0),
    errors: z.number().int().min(0),
    warnings: z.number().int().min(0),
  }),
});

export type PublishedAudit = z.infer<typeof auditFileSchema>;
export type PublishedMeetingAudit = z.infer<typeof publishedMeetingAuditSchema>;
