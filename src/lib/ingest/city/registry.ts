/**
 * The city registry (docs/CONTENT-MODEL.md, "The city registry"): a YAML file the city keeps, one entry
 * per unit that publishes (or should publish) a section. Each entry has a stable id, its kind, where its
 * published section is (a URL, or a local build folder for tests and offline use), the days it exists
 * (mergers of 1/7/2025: the old units stay, with `validUntil` and `replacedBy`, so their history stays
 * reachable) and the plans that exclude it (KH 85/2024 §IV.1, §IV.2: marked, never forgotten).
 *
 * Written with the content model's field helpers, so every message names the field in Vietnamese and
 * says what to do; checks across entries (unique ids, replacement links both ways) follow.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { t } from '../../../i18n/index.ts';
import { isSlug } from '../../base/text/slug.ts';
import { normalizeDeep, stripBom } from '../../base/text/normalize.ts';
import { parseYaml } from '../content/read.ts';
import { keyPath, labelPath } from '../content/validate.ts';
import type { ContentProblem } from '../content/errors.ts';
import { date, list, objectSchema, select, text, type AnyField, type Field } from '../schema/fields.ts';
import { UNIT_KINDS } from '../schema/unit.ts';

const SLUG = { source: '^[a-z0-9]+(?:-[a-z0-9]+)*$', message: t('city.registry.fix.id') };

/** A list of unit ids (`replaces`, `replacedBy`). */
function idList<const K extends string>(key: K, label: string, hint: string) {
  const zod = z.preprocess(
    (value) => (value === null || value === '' ? undefined : typeof value === 'string' ? [value] : value),
    z
      .array(
        z
          .string({ error: () => t('city.registry.error.idList') })
          .refine(isSlug, { error: (i) => t('city.registry.error.idFormat', { found: String(i.input) }) }),
        { error: () => t('city.registry.error.idList') },
      )
      .optional(),
  );
  return { key, kind: 'string', label, hint, required: false, zod } as const satisfies Field;
}

export const exclusionFields = [
  text('plan', { label: 'Kế hoạch loại trừ', hint: 'Ví dụ "KH 85/KH-UBND ngày 05/4/2024".' }),
  text('source', { label: 'Căn cứ', hint: 'Mục và nguyên văn của kế hoạch, ví dụ "§IV.1: không bao gồm các Sở: Nội vụ, Y tế…".' }),
  date('from', { label: 'Từ ngày', hint: 'Ngày kế hoạch bắt đầu áp dụng; để trống nếu từ khi đơn vị có.', required: false }),
  date('until', { label: 'Đến ngày', hint: 'Ngày cuối kế hoạch áp dụng; để trống nếu còn áp dụng.', required: false }),
] as const;

export const registryUnitFields = [
  text('id', {
    label: 'Mã đơn vị',
    hint: 'Mã cố định, chữ thường không dấu, ví dụ "phuong-kinh-mon". Không đổi khi đơn vị đổi tên.',
    pattern: SLUG,
  }),
  text('name', { label: 'Tên đơn vị', hint: 'Tên đầy đủ, ví dụ "Ủy ban nhân dân phường Kinh Môn".' }),
  text('shortName', { label: 'Tên viết tắt', hint: 'Ví dụ "UBND phường Kinh Môn".', required: false }),
  select('kind', {
    label: 'Loại đơn vị',
    hint: 'Quyết định mục của Phụ lục 3: I (sở, ban, ngành; ban quản lý) hay II (quận, huyện, xã, phường, đặc khu).',
    options: UNIT_KINDS,
  }),
  text('url', {
    kind: 'url',
    label: 'Địa chỉ chuyên mục',
    hint: 'Địa chỉ chuyên mục đã xuất bản, kết thúc bằng "/", ví dụ https://kinhmon.haiphong.gov.vn/doi-thoai-doanh-nghiep/',
    required: false,
  }),
  text('folder', {
    label: 'Thư mục bản dựng',
    hint: 'Thay cho địa chỉ (thử nghiệm, làm việc không mạng): thư mục dist/ của đơn vị, tính từ tệp danh sách.',
    required: false,
  }),
  date('validFrom', { label: 'Có từ ngày', hint: 'Ví dụ 2025-07-01 cho đơn vị thành lập khi sắp xếp đơn vị hành chính.', required: false }),
  date('validUntil', {
    label: 'Đến ngày',
    hint: 'Ngày cuối đơn vị tồn tại (ví dụ 2025-06-30); để trống nếu còn hoạt động.',
    required: false,
  }),
  idList('replaces', 'Thay cho các đơn vị', 'Mã các đơn vị cũ mà đơn vị này thay thế (sáp nhập).'),
  idList('replacedBy', 'Được thay bằng', 'Mã các đơn vị mới thay thế đơn vị này.'),
  list('excluded', {
    label: 'Không thuộc đối tượng của kế hoạch',
    hint: 'Kế hoạch nào không yêu cầu đơn vị tổ chức đối thoại (KH 85/2024: Sở Nội vụ, Y tế, Ngoại vụ, Công an, Thanh tra; Bạch Long Vỹ).',
    fields: exclusionFields,
  }),
  text('note', { label: 'Ghi chú', required: false }),
] as const;

export const registryFields = [
  text('city', { label: 'Thành phố', hint: 'Ví dụ "Thành phố Hải Phòng".' }),
  text('compiledBy', { label: 'Cơ quan tổng hợp', hint: 'Cơ quan lập Phụ lục 3, ví dụ "Sở Tài chính thành phố Hải Phòng".' }),
  text('portalUrl', { kind: 'url', label: 'Địa chỉ Cổng thông tin thành phố', required: false }),
  list('units', { label: 'Các đơn vị', required: true, min: 1, fields: registryUnitFields }),
] as const;

const registrySchema = objectSchema(registryFields);
type RegistryData = z.output<typeof registrySchema>;

export type RegistryUnit = RegistryData['units'][number] & {
  /** Where to read the section: a URL ending in `/`, or an absolute folder */
  source?: { kind: 'url'; url: string } | { kind: 'folder'; folder: string };
};
export type Exclusion = NonNullable<RegistryUnit['excluded']>[number];

export interface Registry {
  /** The registry file, as given */
  file: string;
  city: string;
  compiledBy: string;
  portalUrl?: string;
  units: RegistryUnit[];
}

export type RegistryResult = { ok: true; registry: Registry; problems: ContentProblem[] } | { ok: false; problems: ContentProblem[] };

/** Reads and checks a registry file; every problem names the file, line and field. */
export async function loadRegistry(file: string): Promise<RegistryResult> {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = stripBom(await readFile(file, 'utf8'));
  } catch {
    return { ok: false, problems: [{ file: shown, message: t('city.registry.error.unreadable'), severity: 'error' }] };
  }
  return parseRegistry(text, shown, path.dirname(path.resolve(file)));
}

/** Checks registry text (`shown` names it in messages; folders are resolved from `dir`). */
export function parseRegistry(text: string, shown: string, dir: string): RegistryResult {
  const parsed = parseYaml(text);
  const problems: ContentProblem[] = parsed.problems.map((p) => ({ ...p, file: shown }));
  if (problems.length > 0) return { ok: false, problems };
  const at = (segments: readonly PropertyKey[], message: string): ContentProblem => ({
    file: shown,
    line: parsed.lineOf(segments),
    field: segments.length ? keyPath(segments) : undefined,
    label: labelPath(registryFields as readonly AnyField[], segments),
    message,
    severity: 'error',
  });
  const result = registrySchema.safeParse(normalizeDeep(parsed.data));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) problems.push(at(key === undefined ? issue.path : [...issue.path, key], issue.message));
    }
    return { ok: false, problems };
  }
  const data = result.data;
  const ids = new Map<string, number>();
  data.units.forEach((unit, index) => {
    const first = ids.get(unit.id);
    if (first !== undefined)
      problems.push(at(['units', index, 'id'], t('city.registry.error.duplicateId', { id: unit.id, first: first + 1 })));
    else ids.set(unit.id, index);
  });
  const units: RegistryUnit[] = data.units.map((unit, index) => {
    if (unit.url && unit.folder) problems.push(at(['units', index, 'folder'], t('city.registry.error.urlAndFolder')));
    if (unit.url && !unit.url.endsWith('/'))
      problems.push(at(['units', index, 'url'], t('city.registry.error.urlSlash', { found: unit.url })));
    if (unit.validFrom && unit.validUntil && unit.validUntil < unit.validFrom)
      problems.push(
        at(['units', index, 'validUntil'], t('city.registry.error.validOrder', { from: unit.validFrom, until: unit.validUntil })),
      );
    for (const key of ['replaces', 'replacedBy'] as const) {
      const back = key === 'replaces' ? 'replacedBy' : 'replaces';
      (unit[key] ?? []).forEach((other, i) => {
        const target = data.units[ids.get(other) ?? -1];
        if (!target) problems.push(at(['units', index, key, i], t('city.registry.error.unknownId', { id: other })));
        else if (!(target[back] ?? []).includes(unit.id))
          problems.push(at(['units', index, key, i], t('city.registry.error.oneWay', { id: unit.id, other, key, back })));
      });
    }
    const source = unit.url
      ? ({ kind: 'url', url: unit.url } as const)
      : unit.folder
        ? ({ kind: 'folder', folder: path.resolve(dir, unit.folder) } as const)
        : undefined;
    return source ? { ...unit, source } : { ...unit };
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    problems: [],
    registry: {
      file: shown,
      city: data.city,
      compiledBy: data.compiledBy,
      ...(data.portalUrl ? { portalUrl: data.portalUrl } : {}),
      units,
    },
  };
}

/** True when the unit exists on some day of [from, until]. */
export function activeDuring(unit: RegistryUnit, from: string, until: string): boolean {
  return (!unit.validFrom || unit.validFrom <= until) && (!unit.validUntil || unit.validUntil >= from);
}

/** The exclusion that covers some day of [from, until], if any. */
export function exclusionDuring(unit: RegistryUnit, from: string, until: string): Exclusion | undefined {
  return (unit.excluded ?? []).find((e) => (!e.from || e.from <= until) && (!e.until || e.until >= from));
}
