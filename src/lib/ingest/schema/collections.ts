/**
 * The content root's collections: where each lives, its format, its fields and its rules. The loader,
 * the Astro content config and the CMS configuration all read this one table.
 */
import type { z } from 'astro/zod';
import type { AnyField } from './fields.ts';
import type { EntryRule } from './rules.ts';
import { unitFields, unitSchema, unitRules } from './unit.ts';
import { calendarYearFields, calendarYearSchema } from './calendar-year.ts';
import { meetingFields, meetingRules, meetingSchema } from './meeting.ts';
import { noticeFields, noticeRules, noticeSchema } from './notice.ts';
import { contentFields, contentRules, contentSchema } from './content-doc.ts';
import { petitionFields, petitionRules, petitionSchema } from './petition.ts';
import { conclusionFields, conclusionRules, conclusionSchema } from './conclusion.ts';

export type CollectionName = 'don-vi' | 'lich-nghi' | 'hoi-nghi' | 'thong-bao' | 'noi-dung' | 'kien-nghi' | 'ket-luan';

export interface BodySpec {
  label: string;
  hint: string;
  required: boolean;
}

export interface CollectionSpec {
  name: CollectionName;
  /** A single file (`don-vi.yaml`) or a folder of entries (`kien-nghi/`) */
  path: string;
  kind: 'file' | 'folder';
  format: 'yaml' | 'markdown';
  /** Vietnamese names: the collection, and one of its entries */
  label: string;
  labelSingular: string;
  fields: readonly AnyField[];
  schema: z.ZodType;
  rules: readonly EntryRule[];
  body?: BodySpec;
}

export const COLLECTIONS: readonly CollectionSpec[] = [
  {
    name: 'don-vi',
    path: 'don-vi.yaml',
    kind: 'file',
    format: 'yaml',
    label: 'Đơn vị',
    labelSingular: 'Đơn vị',
    fields: unitFields,
    schema: unitSchema,
    rules: unitRules,
  },
  {
    name: 'lich-nghi',
    path: 'lich-nghi',
    kind: 'folder',
    format: 'yaml',
    label: 'Lịch nghỉ',
    labelSingular: 'Lịch nghỉ một năm',
    fields: calendarYearFields,
    schema: calendarYearSchema,
    rules: [],
  },
  {
    name: 'hoi-nghi',
    path: 'hoi-nghi',
    kind: 'folder',
    format: 'yaml',
    label: 'Hội nghị',
    labelSingular: 'Hội nghị',
    fields: meetingFields,
    schema: meetingSchema,
    rules: meetingRules,
  },
  {
    name: 'thong-bao',
    path: 'thong-bao',
    kind: 'folder',
    format: 'markdown',
    label: 'Thông báo thời gian đối thoại',
    labelSingular: 'Thông báo',
    fields: noticeFields,
    schema: noticeSchema,
    rules: noticeRules,
    body: { label: 'Nội dung', hint: 'Toàn văn hoặc tóm tắt thông báo, kế hoạch.', required: false },
  },
  {
    name: 'noi-dung',
    path: 'noi-dung',
    kind: 'folder',
    format: 'markdown',
    label: 'Nội dung hội nghị đối thoại',
    labelSingular: 'Tài liệu hội nghị',
    fields: contentFields,
    schema: contentSchema,
    rules: contentRules,
    body: { label: 'Nội dung', hint: 'Nội dung tài liệu: báo cáo, biên bản…', required: false },
  },
  {
    name: 'kien-nghi',
    path: 'kien-nghi',
    kind: 'folder',
    format: 'markdown',
    label: 'Phản ánh kiến nghị doanh nghiệp',
    labelSingular: 'Kiến nghị',
    fields: petitionFields,
    schema: petitionSchema,
    rules: petitionRules,
    body: {
      label: 'Nội dung kiến nghị',
      hint: 'Nội dung kiến nghị của doanh nghiệp. Không ghi số CCCD, số điện thoại cá nhân, địa chỉ nhà riêng.',
      required: true,
    },
  },
  {
    name: 'ket-luan',
    path: 'ket-luan',
    kind: 'folder',
    format: 'markdown',
    label: 'Thông báo kết luận hội nghị',
    labelSingular: 'Thông báo kết luận',
    fields: conclusionFields,
    schema: conclusionSchema,
    rules: conclusionRules,
    body: { label: 'Nội dung kết luận', hint: 'Toàn văn thông báo kết luận.', required: true },
  },
];

/** The spec of a collection by name. */
export function collectionSpec(name: CollectionName): CollectionSpec {
  const spec = COLLECTIONS.find((c) => c.name === name);
  if (!spec) throw new RangeError(`unknown collection: ${name}`);
  return spec;
}

/** The Vietnamese label of a select field's value (a status, a group…), or the value itself. */
export function optionLabel(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}
