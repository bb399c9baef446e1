/**
 * "Hồ sơ hội nghị": a meeting's four parts as four steps, each present (how many, which documents) or
 * due when, late or missing (from the audit as of the build day). The meeting page opens with it; every
 * document and petition page shows it with the reader's place marked.
 */
import { t } from '../../../i18n/index.ts';
import type { MeetingAudit, PartState } from '../../domain/audit/index.ts';
import type { Deadline } from '../../domain/deadlines/index.ts';
import { PART_TABLE, type Part } from '../../domain/model/parts.ts';
import type { Meeting } from '../../domain/model/site.ts';
import { formatDecreeDate } from './format.ts';
import type { SiteView } from './site-view.ts';

export interface DossierItem {
  href: string;
  title: string;
  /** The page the reader is on */
  current: boolean;
}

export interface DossierStep {
  part: Part;
  number: number;
  label: string;
  /** The part's section on the meeting page */
  href: string;
  count: number;
  /** `2 văn bản`, `12 kiến nghị` */
  countLabel: string;
  state: PartState;
  /** What the reader is told: present, or due when, late, missing */
  stateText: string;
  /** `YYYY-MM-DD`: when the part falls due, when the plan sets a day */
  due?: string;
  /** When an empty part falls due, in a sentence (`Hạn đăng: ngày …`) */
  dueText?: string;
  /** The part's documents (petitions are counted, not listed: they are many) */
  items: DossierItem[];
  /** The reader is on a page of this part */
  current: boolean;
}

export interface Dossier {
  meetingTitle: string;
  meetingHref: string;
  steps: DossierStep[];
}

/** The deadline that says when a part falls due. */
const PART_DEADLINE: Record<Part, Deadline['rule'] | undefined> = {
  'thong-bao': 'notice-lead',
  'noi-dung': undefined,
  'kien-nghi': 'petition-cutoff',
  'ket-luan': 'conclusion',
};

/** Where the reader is: a part, and the document's id in it. */
export interface DossierPlace {
  part: Part;
  id?: string;
}

/** The four steps of a meeting's dossier as of the view's day; `place` marks where the reader is. */
export function meetingDossier(view: SiteView, meeting: Meeting, place?: DossierPlace): Dossier {
  const audit: MeetingAudit | undefined = view.auditByMeeting.get(meeting.id);
  const meetingHref = view.urls.meeting(meeting.id);
  const steps = PART_TABLE.map((row, i): DossierStep => {
    const part = row.slug;
    const entries = meeting[row.collection] as readonly { id: string; data: { title: string; code?: string } }[];
    const count = entries.length;
    const audited: PartState = audit?.parts[row.audit].state ?? 'not-yet-due';
    // Documents posted before their part falls due are there: present, not "not yet due".
    const state: PartState = count > 0 && audited === 'not-yet-due' ? 'present' : audited;
    const rule = PART_DEADLINE[part];
    const deadline = rule ? audit?.deadlines.find((d) => d.rule === rule) : undefined;
    // The content of a meeting is posted at or after it: its day is when the part falls due.
    const due = deadline?.due ?? (part === 'noi-dung' ? meeting.day : undefined);
    const current = place?.part === part;
    return {
      part,
      number: i + 1,
      label: t(row.label),
      href: `${meetingHref}#p${i + 1}`,
      count,
      countLabel: part === 'kien-nghi' ? t('site.countPetitions', { count }) : t('site.count', { count }),
      state,
      stateText: stepText(state, due, part),
      due,
      dueText: count === 0 && due ? dueSentence(state, due, part) : undefined,
      items:
        part === 'kien-nghi'
          ? entries.filter((e) => current && e.id === place?.id).map((e) => item(view, part, e, place))
          : entries.map((e) => item(view, part, e, place)),
      current,
    };
  });
  return { meetingTitle: meeting.data.title, meetingHref, steps };
}

function item(view: SiteView, part: Part, e: { id: string; data: { title: string; code?: string } }, place?: DossierPlace): DossierItem {
  return {
    href: view.urls.doc(part, e.id),
    title: e.data.code ? `${e.data.code}: ${e.data.title}` : e.data.title,
    current: place?.part === part && place.id === e.id,
  };
}

/** A step's state in words: what there is, or when it falls due. */
function stepText(state: PartState, due: string | undefined, part: Part): string {
  const when = due && formatDecreeDate(due);
  switch (state) {
    case 'missing':
      return when ? t('reader.dossier.missingDue', { date: when }) : t('reader.dossier.missing');
    case 'late':
      return part === 'kien-nghi' ? t('reader.dossier.lateAnswers') : t('reader.dossier.late');
    case 'not-yet-due':
      if (!when) return t('reader.dossier.notYet');
      return part === 'kien-nghi' ? t('reader.dossier.petitionsUntil', { date: when }) : t('reader.dossier.dueOn', { date: when });
    default:
      return t('reader.dossier.present');
  }
}

/** When an empty part falls due, as a sentence after "not yet". */
function dueSentence(state: PartState, due: string, part: Part): string {
  const date = formatDecreeDate(due);
  if (state === 'missing') return t('reader.dossier.duePassed', { date });
  return part === 'kien-nghi' ? t('reader.dossier.petitionsDue', { date }) : t('reader.dossier.due', { date });
}
