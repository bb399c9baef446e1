import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { compareFields } from '../../cms/agreement.ts';
import {
  cmsConfig,
  decapCollection,
  gitHostFromEnv,
  localBackend,
  repositoryOf,
  type DecapCollection,
  type DecapField,
} from '../../cms/config.ts';
import { COLLECTIONS, collectionSpec } from '../../src/lib/ingest/schema/collections.ts';
import { date, objectSchema, select, text } from '../../src/lib/ingest/schema/fields.ts';
import { meetingSchema } from '../../src/lib/ingest/schema/meeting.ts';
import { petitionSchema } from '../../src/lib/ingest/schema/petition.ts';

const config = cmsConfig({ backend: localBackend(8081, 'fs'), contentPath: 'content' });
const collections = config.collections as DecapCollection[];

function fieldsOf(collection: DecapCollection): DecapField[] {
  return (collection.fields ?? (collection.files as { fields: DecapField[] }[])[0]!.fields) as DecapField[];
}
function decapOf(name: string): DecapField[] {
  return fieldsOf(collections.find((c) => c.name === name)!);
}
function walk(fields: readonly DecapField[], visit: (f: DecapField) => void) {
  for (const f of fields) {
    visit(f);
    if (Array.isArray(f.fields)) walk(f.fields as DecapField[], visit);
  }
}

describe('the CMS configuration and the zod schemas agree field by field', () => {
  it('has one CMS collection per content collection, at the contract paths', () => {
    expect(collections.map((c) => c.name)).toEqual(['don-vi', 'lich-nghi', 'hoi-nghi', 'thong-bao', 'noi-dung', 'kien-nghi', 'ket-luan']);
    expect(collections.find((c) => c.name === 'don-vi')!.files).toMatchObject([{ file: 'content/don-vi.yaml', format: 'yml' }]);
    for (const name of ['thong-bao', 'noi-dung', 'kien-nghi', 'ket-luan']) {
      expect(collections.find((c) => c.name === name)).toMatchObject({ folder: `content/${name}`, extension: 'md', format: 'frontmatter' });
    }
    expect(collections.find((c) => c.name === 'hoi-nghi')).toMatchObject({ folder: 'content/hoi-nghi', extension: 'yaml', format: 'yml' });
    expect(config).toMatchObject({
      locale: 'vi',
      media_folder: 'content/tep',
      public_folder: 'tep',
      slug: { encoding: 'ascii', clean_accents: true },
    });
  });

  for (const spec of COLLECTIONS) {
    it(`${spec.name}: same keys, order, required flags, kinds, options and date formats as its zod schema`, () => {
      expect(compareFields(decapOf(spec.name), spec.schema)).toEqual([]);
    });
  }

  it('gives Markdown collections their body, required as the content contract says', () => {
    for (const spec of COLLECTIONS.filter((s) => s.format === 'markdown')) {
      const body = decapOf(spec.name).at(-1)!;
      expect(body).toMatchObject({ name: 'body', widget: 'markdown', required: spec.body!.required, label: spec.body!.label });
    }
  });

  it('labels every field in Vietnamese, with the rules in the hints', () => {
    for (const c of collections) {
      walk(fieldsOf(c), (f) => {
        expect(f.label, `${c.name}.${f.name}`).toMatch(/\S/);
        expect(f.label).not.toBe(f.name);
      });
    }
    const petition = decapOf('kien-nghi');
    expect(petition.find((f) => f.name === 'status')!.hint).toContain('cần "Trả lời"');
    expect(decapOf('hoi-nghi').find((f) => f.name === 'start')!.hint).toContain('giờ Việt Nam');
  });

  it('refers to the meeting with the meeting picker, which stores the meeting file stem', () => {
    for (const name of ['thong-bao', 'noi-dung', 'kien-nghi', 'ket-luan']) {
      expect(decapOf(name)[0]).toMatchObject({
        name: 'meeting',
        widget: 'meeting',
        collection: 'hoi-nghi',
        value_field: '{{slug}}',
        required: true,
      });
    }
  });

  it('lets Decap check what it can: patterns with Vietnamese messages, min/max, file types', () => {
    const petition = decapOf('kien-nghi');
    const code = petition.find((f) => f.name === 'code')!;
    const [source, message] = code.pattern as [string, string];
    expect(new RegExp(source).test('KN-2026-07')).toBe(true);
    expect(new RegExp(source).test('kn 2026 7')).toBe(false);
    expect(message).toMatch(/KN-/);
    const notice = decapOf('thong-bao');
    const number = notice.find((f) => f.name === 'number')!;
    // Decap compiles patterns without the `u` flag: they must work that way on Vietnamese capitals.
    expect(new RegExp((number.pattern as string[])[0]!).test('25/TB-UBND')).toBe(true);
    expect(new RegExp((number.pattern as string[])[0]!).test('12/QĐ-UBND')).toBe(true);
    expect(new RegExp((number.pattern as string[])[0]!).test('25/tb-ubnd')).toBe(false);
    const form = (notice.find((f) => f.name === 'registration')!.fields as DecapField[]).find((f) => f.name === 'form')!;
    expect(form.widget).toBe('file');
    expect(new RegExp((form.pattern as string[])[0]!).test('tep/phieu-dang-ky.docx')).toBe(true);
    expect(new RegExp((form.pattern as string[])[0]!).test('tep/chuong-trinh.exe')).toBe(false);
    expect(decapOf('hoi-nghi').find((f) => f.name === 'attendedCount')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
    const title = decapOf('ket-luan').find((f) => f.name === 'title')!;
    expect(new RegExp((title.pattern as string[])[0]!).test('x'.repeat(301))).toBe(false);
  });

  it('enters dates with the project’s own widgets (never Decap’s native date input), stored as YYYY-MM-DD and local date-times', () => {
    for (const spec of COLLECTIONS)
      walk(decapOf(spec.name), (f) => {
        expect(f.widget).not.toBe('datetime');
        if (f.widget === 'vn-date') expect(f.format).toBe('YYYY-MM-DD');
        if (f.widget === 'vn-datetime') expect(f.format).toBe('YYYY-MM-DDTHH:mm');
      });
    expect(decapOf('hoi-nghi').find((f) => f.name === 'start')).toMatchObject({
      widget: 'vn-datetime',
      format: 'YYYY-MM-DDTHH:mm',
      years_ahead: 1,
    });
    expect(decapOf('hoi-nghi').find((f) => f.name === 'registrationDeadline')).toMatchObject({ widget: 'vn-date', format: 'YYYY-MM-DD' });
    const day = (decapOf('lich-nghi').find((f) => f.name === 'daysOff')!.fields as DecapField[])[0]!;
    expect(day).toMatchObject({ widget: 'vn-date', years_ahead: 2 });
  });
});

describe('the agreement test fails when one side changes without the other', () => {
  const petitionCms = decapOf('kien-nghi');

  it('a field added to the zod schema only', () => {
    const extended = petitionSchema.extend({ phone: z.string() });
    expect(compareFields(petitionCms, extended)).toEqual(['phone: có trong zod, không có trong cấu hình CMS']);
  });

  it('a field added to the CMS configuration only', () => {
    const extra: DecapField = { name: 'priority', label: 'Mức ưu tiên', widget: 'string', required: false };
    expect(compareFields([...petitionCms.slice(0, -1), extra, petitionCms.at(-1)!], petitionSchema)).toEqual([
      'priority: có trong cấu hình CMS, không có trong zod',
    ]);
  });

  it('a field added to a nested group on one side', () => {
    const changed = petitionCms.map((f) =>
      f.name === 'submitter'
        ? { ...f, fields: [...(f.fields as DecapField[]), { name: 'address', label: 'Địa chỉ', widget: 'string', required: false }] }
        : f,
    );
    expect(compareFields(changed, petitionSchema)).toEqual(['submitter.address: có trong cấu hình CMS, không có trong zod']);
  });

  it('a required flag, an enum value, a kind or a date format that differ', () => {
    const flipped = petitionCms.map((f) => (f.name === 'title' ? { ...f, required: false } : f));
    expect(compareFields(flipped, petitionSchema)).toEqual(['title: bắt buộc trong zod nhưng không bắt buộc trong CMS']);

    const statuses = petitionCms.map((f) =>
      f.name === 'status' ? { ...f, options: [...(f.options as object[]), { label: 'Lưu trữ', value: 'archived' }] } : f,
    );
    expect(compareFields(statuses, petitionSchema)[0]).toMatch(/^status: lựa chọn khác nhau/);

    const asNumber = petitionCms.map((f) => (f.name === 'code' ? { ...f, widget: 'number', value_type: 'int' } : f));
    expect(compareFields(asNumber, petitionSchema)).toEqual(['code: widget number lưu number nhưng zod cần string']);

    const meetingCms = decapOf('hoi-nghi');
    const utc = meetingCms.map((f) => (f.name === 'start' ? { ...f, format: undefined } : f));
    expect(compareFields(utc, meetingSchema)).toEqual(['start: widget vn-datetime phải lưu dạng YYYY-MM-DDTHH:mm']);
  });

  it('a new field written in the field DSL reaches both sides at once', () => {
    // The DSL is the one place to add a field: a collection built from a longer field list still agrees.
    const spec = collectionSpec('ket-luan');
    const fields = [
      ...spec.fields,
      text('signedPdfNote', { label: 'Ghi chú bản ký số', required: false }),
      date('archived', { label: 'Ngày lưu trữ', required: false }),
    ] as const;
    const longer = { ...spec, fields, schema: objectSchema(fields as never) };
    expect(compareFields(decapCollection(longer, 'content').fields as DecapField[], longer.schema)).toEqual([]);
    // …and a select's options come from the same list on both sides.
    const kinds = select('kind', { label: 'Loại', options: [{ value: 'a', label: 'A' }] });
    expect(
      compareFields(
        decapCollection({ ...spec, fields: [kinds], schema: objectSchema([kinds]), body: undefined }, '').fields as DecapField[],
        objectSchema([kinds]),
      ),
    ).toEqual([]);
  });
});

describe('backends', () => {
  it('uses the local decap-server on loopback in development', () => {
    expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(config.publish_mode).toBeUndefined();
  });

  it('runs the editorial workflow locally when decap-server commits (DECAP_MODE=git)', () => {
    expect(cmsConfig({ backend: localBackend(8081, 'git'), contentPath: 'content' }).publish_mode).toBe('editorial_workflow');
  });

  it('uses a Git host with the editorial workflow when CMS_REPO is set', () => {
    const backend = gitHostFromEnv({ CMS_REPO: 'ubnd-kinh-mon/doi-thoai', CMS_BACKEND: 'gitlab', CMS_APP_ID: 'abc' });
    const production = cmsConfig({
      backend: backend!,
      contentPath: 'content',
      siteUrl: 'https://kinhmon.haiphong.gov.vn/doi-thoai-doanh-nghiep/',
    });
    expect(production.publish_mode).toBe('editorial_workflow');
    expect(production.backend).toMatchObject({
      name: 'gitlab',
      repo: 'ubnd-kinh-mon/doi-thoai',
      branch: 'main',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    expect(gitHostFromEnv({})).toBeUndefined();
    expect(() => gitHostFromEnv({ CMS_REPO: 'x/y', CMS_BACKEND: 'svn' })).toThrow(/CMS_BACKEND = "svn" không hợp lệ/);
    expect(() => gitHostFromEnv({ CMS_REPO: 'khong co dau gach' })).toThrow(/CMS_REPO/);
  });

  const build = (env: Record<string, string>) =>
    cmsConfig({ backend: gitHostFromEnv({ CMS_REPO: 'ubnd-phuong/doi-thoai', ...env })!, contentPath: 'content' });

  it('github: the OAuth service at CMS_BASE_URL, the editorial workflow, drafts previewed by the "xem-truoc" status', () => {
    const config = build({ CMS_BACKEND: 'github', CMS_BASE_URL: 'https://dang-nhap.donvi.gov.vn' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({
      name: 'github',
      repo: 'ubnd-phuong/doi-thoai',
      branch: 'main',
      squash_merges: true,
      commit_messages: expect.any(Object),
      preview_context: 'xem-truoc',
      base_url: 'https://dang-nhap.donvi.gov.vn',
    });
  });

  it('gitlab self-managed: PKCE with the application id, base_url and its API root', () => {
    const config = build({ CMS_BACKEND: 'gitlab', CMS_BASE_URL: 'https://git.donvi.gov.vn', CMS_APP_ID: 'abc123' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      auth_type: 'pkce',
      app_id: 'abc123',
      base_url: 'https://git.donvi.gov.vn',
      api_root: 'https://git.donvi.gov.vn/api/v4',
    });
    expect(
      build({ CMS_BACKEND: 'gitlab', CMS_APP_ID: 'abc', CMS_BASE_URL: 'https://git.x.vn', CMS_API_ROOT: 'https://api.x.vn/v4' }).backend,
    ).toMatchObject({
      api_root: 'https://api.x.vn/v4',
    });
    expect(() => gitHostFromEnv({ CMS_REPO: 'a/b', CMS_BACKEND: 'gitlab' })).toThrow(/CMS_BACKEND=gitlab cần biến CMS_APP_ID/);
  });

  it('forgejo: its own backend, with the editorial workflow, PKCE and the API root it needs', () => {
    const config = build({ CMS_BACKEND: 'forgejo', CMS_API_ROOT: 'https://git.donvi.gov.vn/api/v1', CMS_APP_ID: 'client' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'forgejo', api_root: 'https://git.donvi.gov.vn/api/v1', app_id: 'client' });
    expect(() => gitHostFromEnv({ CMS_REPO: 'a/b', CMS_BACKEND: 'forgejo', CMS_APP_ID: 'c' })).toThrow(/cần biến CMS_API_ROOT/);
    expect(() => gitHostFromEnv({ CMS_REPO: 'a/b', CMS_BACKEND: 'forgejo', CMS_APP_ID: 'c', CMS_API_ROOT: 'https://git.x.vn' })).toThrow(
      /kết thúc bằng \/api\/v1/,
    );
  });

  it('gitea: refused with the editorial workflow (Decap’s Gitea backend has none), built with CMS_PUBLISH_MODE=simple', () => {
    const gitea = { CMS_REPO: 'a/b', CMS_BACKEND: 'gitea', CMS_BASE_URL: 'https://git.donvi.gov.vn', CMS_APP_ID: 'client' };
    expect(() => gitHostFromEnv(gitea)).toThrow(/CMS_BACKEND=gitea không dùng được với quy trình duyệt bài.*CMS_PUBLISH_MODE=simple/);
    const config = build({ ...gitea, CMS_PUBLISH_MODE: 'simple' });
    expect(config.publish_mode).toBeUndefined();
    expect(config.backend).toMatchObject({
      name: 'gitea',
      base_url: 'https://git.donvi.gov.vn',
      api_root: 'https://git.donvi.gov.vn/api/v1',
      app_id: 'client',
    });
    expect((config.backend as Record<string, unknown>).preview_context).toBeUndefined();
    expect(() => gitHostFromEnv({ ...gitea, CMS_PUBLISH_MODE: 'nhap' })).toThrow(/CMS_PUBLISH_MODE = "nhap" không hợp lệ/);
  });

  it('bitbucket: the OAuth service, the editorial workflow', () => {
    const config = build({ CMS_BACKEND: 'bitbucket', CMS_BASE_URL: 'https://dang-nhap.donvi.gov.vn' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'bitbucket', base_url: 'https://dang-nhap.donvi.gov.vn' });
  });

  it('refuses an address that is not one', () => {
    expect(() => gitHostFromEnv({ CMS_REPO: 'a/b', CMS_BACKEND: 'github', CMS_BASE_URL: 'dang-nhap' })).toThrow(
      /CMS_BASE_URL = "dang-nhap"/,
    );
  });

  it('writes into the project, or into a content root outside it', () => {
    expect(repositoryOf('/p', '/p/content')).toEqual({ repoDir: '/p', contentPath: 'content' });
    expect(repositoryOf('/p', '/p/examples/bql')).toEqual({ repoDir: '/p', contentPath: 'examples/bql' });
    expect(repositoryOf('/p', '/tmp/root')).toEqual({ repoDir: '/tmp/root', contentPath: '' });
    const outside = cmsConfig({ backend: localBackend(9000, 'fs'), contentPath: '' });
    expect(outside.media_folder).toBe('tep');
    expect((outside.collections as DecapCollection[])[2]!.folder).toBe('hoi-nghi');
    expect((outside.collections as DecapCollection[])[0]!.files).toMatchObject([{ file: 'don-vi.yaml' }]);
  });
});
