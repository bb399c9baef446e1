/** Vietnamese words for the content's values, read from the schema's options (one source). */
import { optionLabel } from '../../ingest/schema/collections.ts';
import { CONTENT_KINDS } from '../../ingest/schema/content-doc.ts';
import { MEETING_FORMATS, MEETING_STATUSES } from '../../ingest/schema/meeting.ts';
import { NOTICE_KINDS } from '../../ingest/schema/notice.ts';
import { ANSWER_KINDS, CHANNELS, PETITION_GROUPS, PETITION_STATUSES, SCOPES, SUBMITTER_KINDS } from '../../ingest/schema/petition.ts';
import { UNIT_KINDS } from '../../ingest/schema/unit.ts';
import { t } from '../../../i18n/index.ts';

/** The option's label, or "không rõ" for a value written `unknown` (the model holds `null`). */
const known = (v: string | null, options: readonly { value: string; label: string }[]) =>
  v === null ? t('fact.unknown') : optionLabel(options, v);

export const meetingStatusLabel = (v: string | null) => known(v, MEETING_STATUSES);
export const meetingFormatLabel = (v: string | null) => known(v, MEETING_FORMATS);
export const noticeKindLabel = (v: string | null) => known(v, NOTICE_KINDS);
export const contentKindLabel = (v: string | null) => known(v, CONTENT_KINDS);
export const petitionStatusLabel = (v: string | null) => known(v, PETITION_STATUSES);
export const petitionGroupLabel = (v: string | null) => known(v, PETITION_GROUPS);
export const channelLabel = (v: string | null) => known(v, CHANNELS);
export const scopeLabel = (v: string | null) => known(v, SCOPES);
export const submitterKindLabel = (v: string | null) => known(v, SUBMITTER_KINDS);
export const unitKindLabel = (v: string | null) => known(v, UNIT_KINDS);
export const answerKindLabel = (v: string | null) => known(v, ANSWER_KINDS);
