/** Vietnamese words for the content's values, read from the schema's options (one source). */
import { optionLabel } from '../../ingest/schema/collections.ts';
import { CONTENT_KINDS } from '../../ingest/schema/content-doc.ts';
import { MEETING_FORMATS, MEETING_STATUSES } from '../../ingest/schema/meeting.ts';
import { NOTICE_KINDS } from '../../ingest/schema/notice.ts';
import { CHANNELS, PETITION_GROUPS, PETITION_STATUSES, SCOPES, SUBMITTER_KINDS } from '../../ingest/schema/petition.ts';
import { UNIT_KINDS } from '../../ingest/schema/unit.ts';

export const meetingStatusLabel = (v: string) => optionLabel(MEETING_STATUSES, v);
export const meetingFormatLabel = (v: string) => optionLabel(MEETING_FORMATS, v);
export const noticeKindLabel = (v: string) => optionLabel(NOTICE_KINDS, v);
export const contentKindLabel = (v: string) => optionLabel(CONTENT_KINDS, v);
export const petitionStatusLabel = (v: string) => optionLabel(PETITION_STATUSES, v);
export const petitionGroupLabel = (v: string) => optionLabel(PETITION_GROUPS, v);
export const channelLabel = (v: string) => optionLabel(CHANNELS, v);
export const scopeLabel = (v: string) => optionLabel(SCOPES, v);
export const submitterKindLabel = (v: string) => optionLabel(SUBMITTER_KINDS, v);
export const unitKindLabel = (v: string) => optionLabel(UNIT_KINDS, v);
