/** The personal-data guard on whole content roots: refused with file, line and what to do; allowed when it should be. */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/ingest/content/errors.ts';
import { loadContentRoot } from '../../../src/lib/ingest/root/load.ts';
import { makeContentRoot, problemsAfter, replace, type Change } from '../../helpers/content-root.ts';
import { CONCLUSION, NOTICE, PETITION, UNIT } from './cases.ts';

const BODY = 'Công ty đề nghị được hướng dẫn thủ tục cấp phép xây dựng nhà xưởng.\n';
const body = (text: string) => replace(BODY, text);

async function loadedWith(changes: Record<string, Change>) {
  const root = await makeContentRoot(changes);
  try {
    return await loadContentRoot(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe('personal data in public content', () => {
  it('refuses a petition body with a citizen ID and a mobile number, masking both', async () => {
    const text = `${BODY}\nNgười liên hệ: ông Nguyễn Văn An, CCCD 031090012345,\nđiện thoại 0912 345 678.\n`;
    expect(await problemsAfter({ [PETITION]: body(text) })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 23: có số định danh cá nhân (căn cước công dân, 12 chữ số; cũng là mã số thuế của hộ kinh doanh) 031•••••••45. Không được công khai dữ liệu cá nhân: xoá số này. Nếu đây không phải số định danh, ghi vào cho-phep.yaml kèm lý do và người duyệt.',
      'kien-nghi/kn-2026-01.md, dòng 24: có số điện thoại di động 091•••••78. Không công khai số điện thoại cá nhân: xoá số này hoặc thay bằng số điện thoại công vụ của cơ quan (khai trong don-vi.yaml). Nếu chủ số đã đồng ý công khai, ghi vào cho-phep.yaml kèm lý do và người duyệt.',
    ]);
  });

  it('never prints the number itself', async () => {
    const problems = await problemsAfter({ [PETITION]: body(`${BODY}CCCD 031090012345, ĐT 0912345678.\n`) });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).not.toMatch(/031090012345|0912345678/);
  });

  it('allows an enterprise tax code, in front matter and in the body', async () => {
    expect(await problemsAfter({ [PETITION]: body(`Công ty (mã số thuế 0200000001, chi nhánh 0200000001-001, MST 0321234567) đề nghị hướng dẫn.\n`) })).toEqual([]);
  });

  it('refuses a household business\'s tax code written in the body: it is the owner\'s ID', async () => {
    expect(await problemsAfter({ [PETITION]: body(`Hộ kinh doanh Trần Thị Bình, mã số thuế 001203004567, đề nghị hướng dẫn.\n`) })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 21: có số định danh cá nhân (căn cước công dân, 12 chữ số; cũng là mã số thuế của hộ kinh doanh) 001•••••••67. Không được công khai dữ liệu cá nhân: xoá số này. Nếu đây không phải số định danh, ghi vào cho-phep.yaml kèm lý do và người duyệt.',
    ]);
  });

  it('refuses a household business\'s tax code in its field', async () => {
    expect(await problemsAfter({ [PETITION]: (text) => text.replace('kind: enterprise', 'kind: household-business').replace('taxCode: "0800000001"', 'taxCode: "031090012345"') })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 8, trường "submitter.taxCode" (Đơn vị kiến nghị › Mã số thuế): "031090012345" không đúng dạng. Mã số thuế doanh nghiệp, hợp tác xã gồm 10 chữ số, hoặc 13 chữ số dạng 0123456789-001.',
      'kien-nghi/kn-2026-01.md, dòng 8, trường "submitter.taxCode" (Đơn vị kiến nghị › Mã số thuế): mã số thuế của hộ kinh doanh là số định danh cá nhân của chủ hộ, không được công khai. Xoá mã số thuế.',
    ]);
  });

  it('names the field and the line inside a multi-line answer', async () => {
    const answer = replace('    Hồ sơ nộp tại Trung tâm Phục vụ hành chính công phường.\n', '    Hồ sơ nộp tại Trung tâm Phục vụ hành chính công phường.\n    Cán bộ tiếp nhận: chị Hoa, 0983 111 222.\n');
    expect(await problemsAfter({ [PETITION]: answer })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 20, trường "answer.text" (Trả lời › Nội dung trả lời): có số điện thoại di động 098•••••22. Không công khai số điện thoại cá nhân: xoá số này hoặc thay bằng số điện thoại công vụ của cơ quan (khai trong don-vi.yaml). Nếu chủ số đã đồng ý công khai, ghi vào cho-phep.yaml kèm lý do và người duyệt.',
    ]);
  });

  it('refuses an old ID card number when a context word names it, in any collection', async () => {
    expect(await problemsAfter({ [CONCLUSION]: replace('Hội nghị đã diễn ra thành công.', 'Ông Phạm Văn Cường (CMND số 031456789) phát biểu.') })).toEqual([
      'ket-luan/ket-luan.md, dòng 11: có số chứng minh nhân dân 031••••89. Không được công khai dữ liệu cá nhân: xoá số này. Nếu đây không phải số giấy tờ tùy thân, ghi vào cho-phep.yaml kèm lý do và người duyệt.',
    ]);
  });

  it('refuses a mobile number in a one-line field', async () => {
    expect(await problemsAfter({ [NOTICE]: replace('title: Kế hoạch tổ chức hội nghị đối thoại doanh nghiệp năm 2026', 'title: Kế hoạch đối thoại năm 2026 (liên hệ 0912345678)') })).toEqual([
      'thong-bao/ke-hoach-10.md, dòng 4, trường "title" (Tiêu đề): có số điện thoại di động 091•••••78. Không công khai số điện thoại cá nhân: xoá số này hoặc thay bằng số điện thoại công vụ của cơ quan (khai trong don-vi.yaml). Nếu chủ số đã đồng ý công khai, ghi vào cho-phep.yaml kèm lý do và người duyệt.',
    ]);
  });

  it('allows amounts, landlines, dates and nine digits without a context word', async () => {
    const text = 'Vốn đầu tư 120.000.000.000 đồng, hồ sơ số 031456789, văn phòng 0225 3842 123, ngày 21/5/2026.\n';
    expect(await problemsAfter({ [PETITION]: body(text) })).toEqual([]);
  });

  it('allows the unit\'s published work contact from don-vi.yaml wherever it is written', async () => {
    expect(
      await problemsAfter({
        [UNIT]: replace('phone: 0220 3000 000', 'phone: 0912 345 678'),
        [NOTICE]: replace('trước ngày 24/4/2026.', 'trước ngày 24/4/2026, đường dây nóng 0912.345.678.'),
      }),
    ).toEqual([]);
  });
});

describe('the reviewed allow-list, cho-phep.yaml', () => {
  const withHotline = body(`${BODY}Đường dây nóng của doanh nghiệp: 0912 345 678.\n`);
  const allowList = (entry: string) => `entries:\n${entry}`;
  const ENTRY = '  - value: "0912 345 678"\n    file: kien-nghi/kn-2026-01.md\n    reason: Số đường dây nóng của doanh nghiệp; doanh nghiệp đồng ý công khai (văn bản ngày 02/5/2026)\n    reviewer: Nguyễn Thị Hạnh, Văn phòng HĐND và UBND phường\n';

  it('allows a number in the file its entry names', async () => {
    expect(await problemsAfter({ [PETITION]: withHotline, 'cho-phep.yaml': allowList(ENTRY) })).toEqual([]);
  });

  it('still refuses the number in another file', async () => {
    expect(
      await problemsAfter({
        [PETITION]: withHotline,
        [CONCLUSION]: replace('Hội nghị đã diễn ra thành công.', 'Hội nghị đã diễn ra thành công. Liên hệ 0912345678.'),
        'cho-phep.yaml': allowList(ENTRY),
      }),
    ).toEqual([
      'ket-luan/ket-luan.md, dòng 11: có số điện thoại di động 091•••••78. Không công khai số điện thoại cá nhân: xoá số này hoặc thay bằng số điện thoại công vụ của cơ quan (khai trong don-vi.yaml). Nếu chủ số đã đồng ý công khai, ghi vào cho-phep.yaml kèm lý do và người duyệt.',
    ]);
  });

  it('refuses an entry without a reviewer or a reason, and an entry naming no content file', async () => {
    const entries = allowList(
      '  - value: "0912345678"\n    file: kien-nghi/kn-2026-01.md\n    reason: ""\n' +
        '  - value: "0912345678"\n    file: kien-nghi/kn-2026-99.md\n    reason: Đồng ý công khai\n    reviewer: Nguyễn Thị Hạnh\n',
    );
    expect(await problemsAfter({ [PETITION]: withHotline, 'cho-phep.yaml': entries })).toEqual([
      'cho-phep.yaml, dòng 2, trường "entries[1].reviewer": thiếu reviewer: ghi họ tên, chức vụ người đã duyệt trường hợp này.',
      'cho-phep.yaml, dòng 4, trường "entries[1].reason": thiếu reason: ghi lý do được công khai (ví dụ chủ số đồng ý bằng văn bản nào).',
      'cho-phep.yaml, dòng 6, trường "entries[2].file": không có tệp nội dung "kien-nghi/kn-2026-99.md". Ghi đường dẫn tệp có số này, ví dụ kien-nghi/kn-2026-05.md.',
      'kien-nghi/kn-2026-01.md, dòng 22: có số điện thoại di động 091•••••78. Không công khai số điện thoại cá nhân: xoá số này hoặc thay bằng số điện thoại công vụ của cơ quan (khai trong don-vi.yaml). Nếu chủ số đã đồng ý công khai, ghi vào cho-phep.yaml kèm lý do và người duyệt.',
    ]);
  });

  it('says what is missing when an entry has no file (not "no content file {found}")', async () => {
    const entries = allowList('  - value: "0912345678"\n    reason: Đồng ý công khai\n    reviewer: Nguyễn Thị Hạnh\n');
    expect(await problemsAfter({ [PETITION]: withHotline, 'cho-phep.yaml': entries })).toContain(
      'cho-phep.yaml, dòng 2, trường "entries[1].file": thiếu file: ghi đường dẫn tệp nội dung có số này, ví dụ kien-nghi/kn-2026-05.md.',
    );
  });

  it('warns about an entry that no longer matches anything, without failing the build', async () => {
    const content = await loadedWith({ 'cho-phep.yaml': allowList(ENTRY) });
    expect(content.ok).toBe(true);
    expect(content.problems.map((p) => [p.severity, formatProblem(p)])).toEqual([
      ['warning', 'cho-phep.yaml, dòng 2: số 091•••••78 không còn xuất hiện trong kien-nghi/kn-2026-01.md. Xoá mục này khỏi danh sách được phép.'],
    ]);
  });
});
