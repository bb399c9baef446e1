/**
 * Facts as the content gives them (CONTENT-MODEL.md, 0.3.0 additions): a fact may be unknown (`null`),
 * a count approximate, a petition joint or aggregated, raised at no meeting or carried over, answered
 * several times. Every reader goes through these helpers, so none invents what the source does not say.
 */
import type { Count } from '../../ingest/schema/fields.ts';
import type { PetitionData } from './types.ts';

export type { Count };

/** One answer of a petition: the single `answer` (final), or one of `answers`. */
export interface Answer {
  kind: 'interim' | 'final';
  /** `null`: the source does not give the day */
  date: string | null;
  by: string | null;
  number?: string;
  file?: string;
  assignee?: string;
  dueBy?: string;
  text: string;
  /** Where its Markdown sits in the entry's rendered HTML (`answer.text`, `answers.2.text`) */
  htmlKey: string;
}

/** Every answer of a petition, in the file's order. */
export function answersOf(data: PetitionData): Answer[] {
  if (data.answer) return [{ kind: 'final', ...data.answer, htmlKey: 'answer.text' }];
  return (data.answers ?? []).map((a, i) => ({ ...a, htmlKey: `answers.${i}.text` }));
}

/** The petition's final answer (the last one, when several agencies answered), or undefined. */
export function finalAnswer(data: PetitionData): Answer | undefined {
  return answersOf(data)
    .filter((a) => a.kind === 'final')
    .at(-1);
}

/** The interim answers (assignments with a due-by) of a petition. */
export function interimAnswers(data: PetitionData): Answer[] {
  return answersOf(data).filter((a) => a.kind === 'interim');
}

/** The meetings a petition was raised at and carried to (the first is where it was raised); none for the standing channel. */
export function petitionMeetings(data: PetitionData): readonly string[] {
  const meeting = data.meeting;
  return meeting === undefined ? [] : typeof meeting === 'string' ? [meeting] : meeting;
}

/** A petitioner as pages and open data name it. */
export interface Submitter {
  name?: string;
  kind: NonNullable<PetitionData['submitter']>['kind'];
  taxCode?: string;
  /** Businesses known only in aggregate ("5 doanh nghiệp") */
  count?: number;
}

/** The petitioners: one, several (a joint petition) or an aggregate with a count. */
export function submittersOf(data: PetitionData): Submitter[] {
  if (data.submitters) return data.submitters;
  return data.submitter ? [data.submitter] : [];
}

/**
 * How many petitions this file stands for in counts: an aggregate known only as "5 doanh nghiệp" stands
 * for five, any other for one.
 */
export function petitionWeight(data: PetitionData): number {
  return data.submitter?.count ?? 1;
}

/** A city or province People's Committee: it reports to no one above it in this model. */
export function isTopUnit(kind: string): boolean {
  return kind === 'city' || kind === 'province';
}

/** A count's number, `null` when unknown, undefined when not given. */
export function countValue(count: Count | null | undefined): number | null | undefined {
  return count === null ? null : count?.value;
}
