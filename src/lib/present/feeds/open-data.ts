/**
 * The open data (`/du-lieu.json`, `/du-lieu/hoi-nghi.csv`, `/du-lieu/kien-nghi.csv`): the meetings,
 * petitions and documents as plain records whose schema is documented in docs/open-data.md. Codes stay
 * in English (stable for scripts), each with its Vietnamese label beside it. A household business's tax
 * code is its owner's ID and never leaves the content root.
 */
import type { Site } from '../../domain/model/site.ts';
import type { Part } from '../../domain/model/types.ts';
import type { Urls } from '../view/urls.ts';
import {
  channelLabel,
  contentKindLabel,
  meetingFormatLabel,
  meetingStatusLabel,
  noticeKindLabel,
  petitionGroupLabel,
  petitionStatusLabel,
  scopeLabel,
  submitterKindLabel,
} from '../view/labels.ts';
import { finalAnswer, petitionMeetings, petitionWeight, submittersOf } from '../../domain/model/facts.ts';
import { resolvedState } from '../../domain/report/report.ts';

/** Bumped when a field is renamed or removed (adding fields keeps it). */
export const OPEN_DATA_VERSION = 1;
/**
 * Version 2 (0.3.0, docs/open-data.md): fields a content root writes `unknown` are `null`, a petition of the
 * standing channel has `meeting: null`, an aggregate has `petitionCount`. A site that uses none of these
 * still publishes version 1, byte for byte as before.
 */
export const OPEN_DATA_VERSION_FACTS = 2;

export interface MeetingRecord {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  /** null: not known (version 2) */
  planNumber: string | null;
  planDate: string | null;
  period: string | null;
  start: string | null;
  registrationDeadline: string | null;
  venue: string | null;
  format: string | null;
  formatLabel: string;
  chair: string | null;
  topic: string | null;
  registeredCount: number | null;
  attendedCount: number | null;
  /** (version 2) true when a count is "more than" its number ("hơn 600"); absent otherwise */
  attendedApproximate?: true;
  /** (version 2) the body that ran the meeting, when not the unit */
  organiser?: string;
  postponementReason: string | null;
  petitions: number;
  url: string;
}

export interface PetitionRecord {
  id: string;
  code: string;
  /** The meeting where it was raised; null for the standing channel (version 2) */
  meeting: string | null;
  /** (version 2) every meeting, when carried over */
  meetings?: string[];
  title: string;
  /** Joint petitions: the names joined by "; "; an aggregate: null */
  submitterName: string | null;
  submitterKind: string;
  submitterKindLabel: string;
  /** Enterprises and cooperatives only: a household business's tax code is a person's ID */
  submitterTaxCode: string | null;
  /** (version 2) how many petitions the entry stands for, when more than one */
  petitionCount?: number;
  received: string | null;
  channel: string | null;
  channelLabel: string;
  group: string | null;
  groupLabel: string;
  /** (version 2) the topics the petition names */
  topics?: string[];
  scope: string | null;
  scopeLabel: string;
  status: string;
  statusLabel: string;
  resolved: boolean | null;
  answerDate: string | null;
  answerBy: string | null;
  answerNumber: string | null;
  transferredTo: string | null;
  url: string;
}

export interface DocumentRecord {
  part: Exclude<Part, 'kien-nghi'>;
  id: string;
  meeting: string;
  kind: string | null;
  kindLabel: string | null;
  title: string;
  number: string | null;
  issued: string | null;
  published: string | null;
  url: string;
}

export interface OpenData {
  version: number;
  asOf: string;
  unit: {
    /** (0.3.0) The unit's stable id in the city registry (`don-vi.yaml` `id`), null when not given */
    id: string | null;
    name: string;
    shortName: string;
    kind: string;
    place: string;
    portalUrl: string;
    /** (0.3.0) The rules profile the audit applies */
    rules: string;
    /** (0.3.0) The unit's own plan layered on the city plan (`unitPlan`), null when none */
    unitPlan: string | null;
    /** (0.3.0) The section's public address */
    sectionUrl: string;
  };
  meetings: MeetingRecord[];
  petitions: PetitionRecord[];
  documents: DocumentRecord[];
}

/** The whole open data set; `absolute` turns a site path into the public URL. */
export function openData(site: Site, urls: Urls, asOf: string, absolute: (path: string) => string): OpenData {
  const { unit } = site;
  const meetings: MeetingRecord[] = site.meetings.map((m) => ({
    id: m.id,
    title: m.data.title,
    status: m.data.status,
    statusLabel: meetingStatusLabel(m.data.status),
    planNumber: m.data.plan?.number ?? null,
    planDate: m.data.plan?.date ?? null,
    period: m.data.period ?? null,
    start: m.data.start ?? null,
    registrationDeadline: m.data.registrationDeadline ?? null,
    venue: m.data.venue,
    format: m.data.format,
    formatLabel: meetingFormatLabel(m.data.format),
    chair: m.data.chair,
    topic: m.data.topic ?? null,
    registeredCount: m.data.registeredCount?.value ?? null,
    attendedCount: m.data.attendedCount?.value ?? null,
    ...(m.data.attendedCount?.approximate ? { attendedApproximate: true as const } : {}),
    ...(m.data.organiser ? { organiser: m.data.organiser } : {}),
    postponementReason: m.data.postponement?.reason ?? null,
    petitions: m.petitions.reduce((n, p) => n + petitionWeight(p.data), 0),
    url: absolute(urls.meeting(m.id)),
  }));
  const petitions: PetitionRecord[] = site.petitions.map(({ id, data: p }) => {
    const submitters = submittersOf(p);
    const one = submitters.length === 1 ? submitters[0]! : undefined;
    const weight = petitionWeight(p);
    const final = finalAnswer(p);
    const ids = petitionMeetings(p);
    return {
      id,
      code: p.code,
      meeting: ids[0] ?? null,
      ...(ids.length > 1 ? { meetings: [...ids] } : {}),
      title: p.title,
      submitterName: one ? (one.name ?? null) : submitters.map((s) => s.name).join('; '),
      submitterKind: submitters[0]!.kind,
      submitterKindLabel: submitterKindLabel(submitters[0]!.kind),
      submitterTaxCode: one && one.kind !== 'household-business' ? (one.taxCode ?? null) : null,
      ...(weight > 1 ? { petitionCount: weight } : {}),
      received: p.received,
      channel: p.channel,
      channelLabel: channelLabel(p.channel),
      group: p.group,
      groupLabel: petitionGroupLabel(p.group),
      ...(p.topics?.length ? { topics: [...p.topics] } : {}),
      scope: p.scope,
      scopeLabel: scopeLabel(p.scope),
      status: p.status,
      statusLabel: petitionStatusLabel(p.status),
      resolved: resolvedState(p),
      answerDate: final?.date ?? null,
      answerBy: final?.by ?? null,
      answerNumber: final?.number ?? null,
      transferredTo: p.transferredTo ?? null,
      url: absolute(urls.doc('kien-nghi', id)),
    };
  });
  const documents: DocumentRecord[] = [
    ...site.notices.map(({ id, data: d }) => document('thong-bao', id, d, d.kind, noticeKindLabel(d.kind), d.issued)),
    ...site.contents.map(({ id, data: d }) => document('noi-dung', id, d, d.kind, contentKindLabel(d.kind), d.issued)),
    ...site.conclusions.map(({ id, data: d }) => document('ket-luan', id, d, undefined, undefined, d.issued)),
  ];
  function document(
    part: DocumentRecord['part'],
    id: string,
    d: { meeting: string; title: string; number?: string | null; published: string | null },
    kind: string | undefined,
    kindLabel: string | undefined,
    issued: string | null | undefined,
  ): DocumentRecord {
    return {
      part,
      id,
      meeting: d.meeting,
      kind: kind ?? null,
      kindLabel: kindLabel ?? null,
      title: d.title,
      number: d.number ?? null,
      issued: issued ?? null,
      published: d.published,
      url: absolute(urls.doc(part, id)),
    };
  }
  const usesFacts = JSON.stringify({ meetings, petitions, documents }).includes('null') && usesUnknown(site);
  return {
    version: usesFacts ? OPEN_DATA_VERSION_FACTS : OPEN_DATA_VERSION,
    asOf,
    unit: {
      id: unit.id ?? null,
      name: unit.name,
      shortName: unit.shortName,
      kind: unit.kind,
      place: unit.place,
      portalUrl: unit.portalUrl,
      rules: unit.rules,
      unitPlan: unit.unitPlan ?? null,
      sectionUrl: absolute(urls.home),
    },
    meetings,
    petitions,
    documents,
  };
}

/** Whether a site uses what version 2 adds: an unknown fact, the standing channel, an aggregate, several meetings. */
function usesUnknown(site: Site): boolean {
  const hasNull = (value: unknown): boolean =>
    value === null || (typeof value === 'object' && value !== undefined && Object.values(value as object).some(hasNull));
  return (
    site.meetings.some((m) => hasNull(m.data)) ||
    site.notices.some((n) => hasNull(n.data)) ||
    site.contents.some((c) => hasNull(c.data)) ||
    site.conclusions.some((c) => hasNull(c.data)) ||
    site.petitions.some((p) => hasNull(p.data) || petitionMeetings(p.data).length !== 1 || petitionWeight(p.data) > 1)
  );
}

type Cell = string | number | boolean | null;

/**
 * RFC 4180 CSV with a byte-order mark and CRLF line ends: Excel, which most offices open CSV with,
 * reads UTF-8 Vietnamese correctly only with the mark.
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const line = (cells: Cell[]) => cells.map(csvCell).join(',');
  const body = rows.map((row) => line(columns.map((c) => row[c] as Cell)));
  return `\uFEFF${[line([...columns]), ...body].join('\r\n')}\r\n`;
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The meetings CSV's columns, in order. */
export const MEETING_COLUMNS = [
  'id',
  'title',
  'status',
  'statusLabel',
  'planNumber',
  'planDate',
  'period',
  'start',
  'registrationDeadline',
  'venue',
  'format',
  'formatLabel',
  'chair',
  'topic',
  'registeredCount',
  'attendedCount',
  'postponementReason',
  'petitions',
  'url',
] as const satisfies readonly (keyof MeetingRecord)[];

/** The petitions CSV's columns, in order. */
export const PETITION_COLUMNS = [
  'id',
  'code',
  'meeting',
  'title',
  'submitterName',
  'submitterKind',
  'submitterKindLabel',
  'submitterTaxCode',
  'received',
  'channel',
  'channelLabel',
  'group',
  'groupLabel',
  'scope',
  'scopeLabel',
  'status',
  'statusLabel',
  'resolved',
  'answerDate',
  'answerBy',
  'answerNumber',
  'transferredTo',
  'url',
] as const satisfies readonly (keyof PetitionRecord)[];
