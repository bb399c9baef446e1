/**
 * `du-lieu.json` as a schema: what every unit publishes and what the city build reads (issue 12). One zod
 * schema gives the city's validation, the TypeScript type the city code reads, and the JSON Schema each
 * unit publishes at `schema/du-lieu.schema.json` (z.toJSONSchema, present/feeds/schemas.ts).
 *
 * The contract is additive (docs/open-data.md): objects accept fields they do not name, so a unit on a
 * newer release still validates at a city on an older one. The fields the city's Phụ lục 3, dashboard and
 * search rest on are named and typed; the codes that Phụ lục 1/2/3 count (group, status) must be codes of
 * the content model. Fields that version 2 of the open data may leave `null` (a fact the unit's files give
 * as `unknown`) are nullable here, so both versions read.
 */
import { z } from 'astro/zod';
import { PETITION_GROUPS, PETITION_STATUSES, SCOPES } from '../schema/petition.ts';
import { UNIT_KINDS } from '../schema/unit.ts';
import { MEETING_STATUSES } from '../schema/meeting.ts';

const values = <T extends readonly { value: string }[]>(options: T) =>
  options.map((o) => o.value) as [T[number]['value'], ...T[number]['value'][]];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** `YYYY-MM-DDTHH:mm` (Vietnam time) or, for a start known only by its day, `YYYY-MM-DD` */
const dateOrDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'YYYY-MM-DD[THH:mm]');
const url = z.string().regex(/^https?:\/\/\S+$/, 'http(s) URL');

/** The highest `version` of du-lieu.json this code reads (fields are only added between versions). */
export const OPEN_DATA_MAX_VERSION = 2;

export const publishedUnitSchema = z.looseObject({
  /** The unit's stable id (the city registry's), when the unit's don-vi.yaml gives it */
  id: z.string().nullable().optional(),
  name: z.string().min(1),
  shortName: z.string().min(1),
  kind: z.enum(values(UNIT_KINDS)).or(z.string().min(1)),
  /** The rules profile the unit's audit applies (`kh-85-2024`…) */
  rules: z.string().nullable().optional(),
  /** The unit's own plan on top of the city plan (`kinh-mon-kh-80-2026`…), null when none */
  unitPlan: z.string().nullable().optional(),
  place: z.string().optional(),
  portalUrl: z.string().optional(),
  /** The section's public address (ends with `/`) */
  sectionUrl: url.nullable().optional(),
});

export const publishedMeetingSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string().min(1),
  status: z.enum(values(MEETING_STATUSES)),
  start: dateOrDateTime.nullable(),
  period: z.string().nullable().optional(),
  topic: z.string().nullable().optional(),
  petitions: z.number().int().min(0),
  url,
});

export const publishedPetitionSchema = z.looseObject({
  id: z.string().min(1),
  code: z.string().min(1),
  /** The meeting where it was raised; null for the standing channel (version 2) */
  meeting: z.string().nullable(),
  title: z.string().min(1),
  submitterName: z.string().nullable().optional(),
  received: isoDate.nullable(),
  group: z.enum(values(PETITION_GROUPS)).nullable(),
  scope: z.enum(values(SCOPES)).nullable().optional(),
  status: z.enum(values(PETITION_STATUSES)),
  resolved: z.boolean().nullable(),
  answerBy: z.string().nullable().optional(),
  transferredTo: z.string().nullable().optional(),
  /** How many petitions the entry stands for (an aggregate of several); 1 when absent (version 1) */
  petitionCount: z.number().int().min(1).optional(),
  url,
});

export const publishedDocumentSchema = z.looseObject({
  part: z.enum(['thong-bao', 'noi-dung', 'ket-luan']),
  id: z.string().min(1),
  meeting: z.string().nullable(),
  title: z.string().min(1),
  number: z.string().nullable().optional(),
  published: isoDate.nullable(),
  url,
});

export const openDataSchema = z.looseObject({
  version: z.number().int().min(1).max(OPEN_DATA_MAX_VERSION),
  asOf: isoDate,
  unit: publishedUnitSchema,
  meetings: z.array(publishedMeetingSchema),
  petitions: z.array(publishedPetitionSchema),
  documents: z.array(publishedDocumentSchema),
});

export type PublishedOpenData = z.infer<typeof openDataSchema>;
export type PublishedMeeting = z.infer<typeof publishedMeetingSchema>;
export type PublishedPetition = z.infer<typeof publishedPetitionSchema>;
export type PublishedDocument = z.infer<typeof publishedDocumentSchema>;
