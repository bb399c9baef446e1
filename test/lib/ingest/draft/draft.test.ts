/**
 * The checks the editor runs before a save (src/lib/ingest/draft/draft.ts) are the build's: the same
 * messages for the same mistakes, each at its field, on a draft and the entries the editor has loaded.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../../src/i18n/index.ts';
import { checkDraft, type DraftContext } from '../../../../src/lib/ingest/draft/draft.ts';
import { readContentRoot } from '../../../../src/lib/ingest/content/read.ts';
import { implausibleYear, plausibleYears } from '../../../../src/lib/ingest/schema/fields.ts';
import { petitionSchema } from '../../../../src/lib/ingest/schema/petition.ts';
import { FIXTURES } from '../../../helpers/content-root.ts';

async function context(): Promise<DraftContext> {
  const { entries } = await readContentRoot(path.join(FIXTURES, 'minimal'));
  return { entries, meetingFiles: new Set(entries.filter((e) => e.collection === 'hoi-nghi').map((e) => e.id)) };
}

const petition = {
  meeting: '2026-quy-ii',
  code: 'KN-2026-30',
  title: 'Đề nghị hỗ trợ thủ tục đất đai',
  submitter: { name: 'Công ty TNHH Kho lạnh', kind: 'enterprise' },
  received: '2026-11-05',
  channel: 'portal',
  group: 'land',
  scope: 'in-competence',
  status: 'pending',
};

const draft = (data: Record<string, unknown>, body = 'Công ty đề nghị hướng dẫn thủ tục.') => ({
  collection: 'kien-nghi' as const,
  file: 'kien-nghi/kn-2026-30.md',
  data,
  body,
});

const errorsAt = (problems: ReturnType<typeof checkDraft>) =>
  problems.filter((p) => p.severity === 'error').map((p) => [p.field ?? '(nội dung)', p.message]);

describe('checkDraft: the build’s checks on one entry before it is saved', () => {
  it('passes a valid petition', async () => {
    expect(errorsAt(checkDraft(draft(petition), await context()))).toEqual([]);
  });

  it('refuses a code another petition has, naming that file', async () => {
    const problems = checkDraft(draft({ ...petition, code: 'KN-2026-01' }), await context());
    expect(errorsAt(problems)).toEqual([['code', t('error.duplicateCode', { found: 'KN-2026-01', others: 'kien-nghi/kn-2026-01.md' })]]);
  });

  it('refuses a meeting that does not exist', async () => {
    const errors = errorsAt(checkDraft(draft({ ...petition, meeting: '2026-quy-ix' }), await context()));
    expect(errors).toHaveLength(1);
    expect(errors[0]![0]).toBe('meeting');
    expect(errors[0]![1]).toContain('2026-quy-ix');
  });

  it('refuses an answer dated before the petition was received', async () => {
    const answered = {
      ...petition,
      status: 'answered-in-writing',
      answer: { date: '2026-11-01', by: 'Phòng Kinh tế', text: 'Đã hướng dẫn.' },
    };
    const errors = errorsAt(checkDraft(draft(answered), await context()));
    expect(errors.map(([f]) => f)).toEqual(['answer.date']);
  });

  it('refuses a citizen ID in the text (masked in the message) and a wrong upload type at its field', async () => {
    const ctx = await context();
    const id = errorsAt(checkDraft(draft(petition, 'Liên hệ CCCD 031090012345.'), ctx));
    expect(id).toHaveLength(1);
    expect(id[0]![0]).toBe('(nội dung)');
    expect(id[0]![1]).not.toContain('031090012345');
    const answered = {
      ...petition,
      status: 'answered-in-writing',
      answer: { date: '2026-11-20', by: 'Phòng Kinh tế', text: 'x', file: 'tep/tra-loi.exe' },
    };
    const file = errorsAt(checkDraft(draft(answered), ctx));
    expect(file.map(([f]) => f)).toEqual(['answer.file']);
    expect(file[0]![1]).toContain('tep/tra-loi.exe');
  });

  it('names a new calendar’s file by its year: a year that does not match the name is the build’s error', async () => {
    const ctx = await context();
    const calendar = { year: 2027, confirmed: false, source: 'Thông báo của Bộ Nội vụ' };
    expect(errorsAt(checkDraft({ collection: 'lich-nghi', file: 'lich-nghi/2027.yaml', data: calendar }, ctx))).toEqual([]);
    expect(errorsAt(checkDraft({ collection: 'lich-nghi', file: 'lich-nghi/2026-1.yaml', data: calendar }, ctx)).map(([f]) => f)).toEqual([
      'year',
    ]);
  });
});

describe('implausible years: the build and the editor refuse the same dates', () => {
  it('takes 2000 to next year in Vietnam as plausible', () => {
    expect(plausibleYears(1, '2026-12-04')).toEqual({ min: 2000, max: 2027 });
    expect(implausibleYear('2026-11-05', 1, '2026-12-04')).toBeUndefined();
    expect(implausibleYear('2027-12-31', 1, '2026-12-04')).toBeUndefined();
    expect(implausibleYear('1906-11-05', 1, '2026-12-04')).toContain('1906');
    expect(implausibleYear('2028-01-01', 1, '2026-12-04')).toContain('2028');
  });

  it('the schema refuses 1906-11-05 as the date a petition was received', () => {
    const result = petitionSchema.safeParse({ ...petition, received: '1906-11-05' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('1906');
  });
});
