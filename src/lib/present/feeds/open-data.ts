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

/** Bumped when a field is renamed or removed (adding fields keeps it). */
export const OPEN_DATA_VERSION = 1;

export interface MeetingRecord {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  planNumber: string;
  planDate: string;
  period: string | null;
  start: string | null;
  registrationDeadline: string | null;
  venue: string;
  format: string;
  formatLabel: string;
  chair: string;
  topic: string | null;
  registeredCount: number | null;
  attendedCount: number | null;
  postponementReason: string | null;
  petitions: number;
  url: string;
}

export interface PetitionRecord {
  id: string;
  code: string;
  meeting: string;
  title: string;
  submitterName: string;
  submitterKind: string;
  submitterKindLabel: string;
  /** Enterprises and cooperatives only: a household business's tax code is a person's ID */
  submitterTaxCode: string | null;
  received: string;
  channel: string;
  channelLabel: string;
  group: string;
  groupLabel: string;
  scope: string;
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
  published: string;
  url: string;
}

export interface OpenData {
  version: number;
  asOf: string;
  unit: { name: string; shortName: string; kind: string; place: string; portalUrl: string };
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
    planNumber: m.data.plan.number,
    planDate: m.data.plan.date,
    period: m.data.period ?? null,
    start: m.data.start ?? null,
    registrationDeadline: m.data.registrationDeadline ?? null,
    venue: m.data.venue,
    format: m.data.format,
    formatLabel: meetingFormatLabel(m.data.format),
    chair: m.data.chair,
    topic: m.data.topic ?? null,
    registeredCount: m.data.registeredCount ?? null,
    attendedCount: m.data.attendedCount ?? null,
    postponementReason: m.data.postponement?.reason ?? null,
    petitions: m.petitions.length,
    url: absolute(urls.meeting(m.id)),
  }));
  const petitions: PetitionRecord[] = site.petitions.map(({ id, data: p }) => ({
    id,
    code: p.code,
    meeting: p.meeting,
    title: p.title,
    submitterName: p.submitter.name,
    submitterKind: p.submitter.kind,
    submitterKindLabel: submitterKindLabel(p.submitter.kind),
    submitterTaxCode: p.submitter.kind === 'household-business' ? null : (p.submitter.taxCode ?? null),
    received: p.received,
    channel: p.channel,
    channelLabel: channelLabel(p.channel),
    group: p.group,
    groupLabel: petitionGroupLabel(p.group),
    scope: p.scope,
    scopeLabel: scopeLabel(p.scope),
    status: p.status,
    statusLabel: petitionStatusLabel(p.status),
    resolved: p.resolved ?? null,
    answerDate: p.answer?.date ?? null,
    answerBy: p.answer?.by ?? null,
    answerNumber: p.answer?.number ?? null,
    transferredTo: p.transferredTo ?? null,
    url: absolute(urls.doc('kien-nghi', id)),
  }));
  const documents: DocumentRecord[] = [
    ...site.notices.map(({ id, data: d }) => document('thong-bao', id, d, d.kind, noticeKindLabel(d.kind), d.issued)),
    ...site.contents.map(({ id, data: d }) => document('noi-dung', id, d, d.kind, contentKindLabel(d.kind), d.issued)),
    ...site.conclusions.map(({ id, data: d }) => document('ket-luan', id, d, undefined, undefined, d.issued)),
  ];
  function document(
    part: DocumentRecord['part'],
    id: string,
    d: { meeting: string; title: string; number?: string; published: string },
    kind: string | undefined,
    kindLabel: string | undefined,
    issued: string | undefined,
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
  return {
    version: OPEN_DATA_VERSION,
    asOf,
    unit: { name: unit.name, shortName: unit.shortName, kind: unit.kind, place: unit.place, portalUrl: unit.portalUrl },
    meetings,
    petitions,
    documents,
  };
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
