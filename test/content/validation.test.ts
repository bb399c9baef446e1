import { describe, expect, it } from 'vitest';
import { fixtureText, makeContentRoot, problemsAfter, problemsOf, replace } from '../helpers/content-root.ts';

const MEETING = 'hoi-nghi/2026-quy-ii.yaml';
const PETITION = 'kien-nghi/kn-2026-01.md';
const NOTICE = 'thong-bao/ke-hoach-10.md';
const CONCLUSION = 'ket-luan/ket-luan.md';

describe('a valid content root', () => {
  it('loads without a problem', async () => {
    expect(await problemsOf(await makeContentRoot())).toEqual([]);
  });
});

describe('each file on its own', () => {
  it('names a missing required key, with its label and what to write', async () => {
    expect(await problemsAfter({ [MEETING]: replace('venue: Hội trường Ủy ban nhân dân phường\n', '') })).toEqual([
      'hoi-nghi/2026-quy-ii.yaml, trường "venue" (Địa điểm): trường bắt buộc nhưng chưa có. Thêm một dòng chữ.',
    ]);
  });

  it('refuses an impossible date and says what was found', async () => {
    expect(await problemsAfter({ [PETITION]: replace('received: 2026-04-10', 'received: 2026-02-30') })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 9, trường "received" (Ngày tiếp nhận): "2026-02-30" không phải ngày có thật. Sửa thành một ngày có thật, dạng YYYY-MM-DD.',
    ]);
  });

  it('refuses a date written day first', async () => {
    expect(await problemsAfter({ [PETITION]: replace('received: 2026-04-10', 'received: 30/02/2026') })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 9, trường "received" (Ngày tiếp nhận): cần ngày dạng YYYY-MM-DD, nhưng đang là "30/02/2026". Ghi lại, ví dụ 2026-05-21 cho ngày 21 tháng 5 năm 2026.',
    ]);
  });

  it('refuses an answer dated before the petition was received', async () => {
    expect(await problemsAfter({ [PETITION]: replace('date: 2026-05-28', 'date: 2026-04-01') })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 16, trường "answer.date" (Trả lời › Ngày trả lời): Ngày trả lời (2026-04-01) trước Ngày tiếp nhận (2026-04-10). Sửa lại: Ngày trả lời không được trước Ngày tiếp nhận.',
    ]);
  });

  it('refuses a document published before it was issued', async () => {
    expect(await problemsAfter({ [NOTICE]: replace('published: 2026-03-20', 'published: 2026-03-18') })).toEqual([
      'thong-bao/ke-hoach-10.md, dòng 7, trường "published" (Ngày đăng trên Cổng): Ngày đăng trên Cổng (2026-03-18) trước Ngày ban hành (2026-03-19). Sửa lại: Ngày đăng trên Cổng không được trước Ngày ban hành.',
    ]);
  });

  it('lists the allowed values of an enum in Vietnamese', async () => {
    expect(await problemsAfter({ [PETITION]: replace('group: admin-procedure', 'group: tax') })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 11, trường "group" (Nhóm kiến nghị): giá trị "tax" không có trong danh sách. Chọn một trong: capital (Vốn), interest-rate (Lãi suất), credit (Tín dụng), policy (Cơ chế chính sách), admin-procedure (Thủ tục hành chính), land (Đất đai), other (Lĩnh vực khác).',
    ]);
  });

  it('asks for the fields a status needs', async () => {
    expect(await problemsAfter({ [MEETING]: replace('attendedCount: 18\n', '') })).toEqual([
      'hoi-nghi/2026-quy-ii.yaml, trường "attendedCount" (Số đơn vị tham dự): bắt buộc khi trạng thái là held (Đã tổ chức). Điền trường này hoặc đổi trạng thái.',
    ]);
    expect(await problemsAfter({ [PETITION]: replace('status: answered-in-writing', 'status: transferred') })).toEqual([
      'kien-nghi/kn-2026-01.md, trường "transferredTo" (Cơ quan tiếp nhận): bắt buộc khi tình trạng là transferred. Ghi tên cơ quan tiếp nhận.',
    ]);
  });

  it('refuses an unknown key, so a typo does not lose data silently', async () => {
    const problems = await problemsAfter({ [PETITION]: replace('received: 2026-04-10', 'recieved: 2026-04-10') });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('kien-nghi/kn-2026-01.md, dòng 9, trường "recieved": trường lạ, không có trong mẫu nội dung. Kiểm tra chính tả hoặc xoá đi; các trường được dùng: meeting, code, title, submitter, submitters, received, channel, group, topics, scope, coordination, status, resolved, answer, answers, transferredTo.');
    expect(problems[1]).toBe('kien-nghi/kn-2026-01.md, trường "received" (Ngày tiếp nhận): trường bắt buộc nhưng chưa có. Thêm một ngày dạng YYYY-MM-DD, ví dụ 2026-05-21.');
  });

  it('names a YAML syntax error with its line', async () => {
    expect(await problemsAfter({ [MEETING]: replace('format: in-person', 'format: [in-person') })).toEqual([
      expect.stringMatching(/^hoi-nghi\/2026-quy-ii\.yaml, dòng \d+: lỗi cú pháp ở cột \d+: /),
    ]);
  });

  it('refuses a household business tax code: it is the owner\'s personal ID', async () => {
    expect(await problemsAfter({ [PETITION]: replace('kind: enterprise', 'kind: household-business') })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 8, trường "submitter.taxCode" (Đơn vị kiến nghị › Mã số thuế): mã số thuế của hộ kinh doanh là số định danh cá nhân của chủ hộ, không được công khai. Xoá mã số thuế.',
    ]);
  });
});

describe('across files', () => {
  it('refuses a reference to a meeting that does not exist', async () => {
    expect(await problemsAfter({ [CONCLUSION]: replace('meeting: 2026-quy-ii', 'meeting: 2026-quy-iii') })).toEqual([
      'ket-luan/ket-luan.md, dòng 2, trường "meeting" (Hội nghị): không có hội nghị "2026-quy-iii". Chọn một hội nghị có trong thư mục hoi-nghi: 2026-quy-ii.',
    ]);
  });

  it('refuses two petitions with one code, naming both files', async () => {
    expect(await problemsAfter({ 'kien-nghi/kn-2026-02.md': fixtureText(PETITION) })).toEqual([
      'kien-nghi/kn-2026-01.md, dòng 3, trường "code" (Mã kiến nghị): mã "KN-2026-01" trùng với kien-nghi/kn-2026-02.md. Mỗi kiến nghị một mã riêng: đổi mã của một trong các tệp.',
      'kien-nghi/kn-2026-02.md, dòng 3, trường "code" (Mã kiến nghị): mã "KN-2026-01" trùng với kien-nghi/kn-2026-01.md. Mỗi kiến nghị một mã riêng: đổi mã của một trong các tệp.',
    ]);
  });

  it('refuses a conclusion issued before the meeting', async () => {
    expect(await problemsAfter({ [CONCLUSION]: replace('issued: 2026-05-26', 'issued: 2026-05-20') })).toEqual([
      'ket-luan/ket-luan.md, dòng 5, trường "issued" (Ngày ban hành): ngày ban hành 2026-05-20 trước ngày họp của hội nghị "2026-quy-ii" (2026-05-21). Thông báo kết luận ban hành sau hội nghị: sửa ngày ban hành hoặc ngày họp.',
    ]);
  });

  it('refuses an attachment that is not in the content root', async () => {
    expect(await problemsAfter({ 'tep/phieu-dang-ky.pdf': null })).toEqual([
      'thong-bao/ke-hoach-10.md, dòng 12, trường "registration.form" (Đăng ký tham dự › Phiếu đăng ký): không tìm thấy tệp "tep/phieu-dang-ky.pdf" trong thư mục nội dung. Tải tệp lên thư mục tep/ hoặc sửa đường dẫn.',
    ]);
  });
});

describe('a content root with several broken files', () => {
  it('fails in one run naming every file and field', async () => {
    const problems = await problemsAfter({
      [MEETING]: replace('venue: Hội trường Ủy ban nhân dân phường\n', ''),
      [PETITION]: replace('received: 2026-04-10', 'received: 2026-02-30'),
      'kien-nghi/kn-2026-02.md': fixtureText(PETITION).replace('date: 2026-05-28', 'date: 2026-04-01').replace('KN-2026-01', 'KN-2026-02'),
      'kien-nghi/kn-2026-03.md': fixtureText(PETITION).replace('KN-2026-01', 'KN-2026-03').replace('channel: portal', 'channel: fax'),
      [CONCLUSION]: replace('meeting: 2026-quy-ii', 'meeting: 2025-quy-iv'),
      [NOTICE]: replace('number: 10/KH-UBND', 'number: 10 / KH - UBND'),
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'hoi-nghi/2026-quy-ii.yaml, trường "venue" (Địa điểm)',
      'ket-luan/ket-luan.md, dòng 2, trường "meeting" (Hội nghị)',
      'kien-nghi/kn-2026-01.md, dòng 9, trường "received" (Ngày tiếp nhận)',
      'kien-nghi/kn-2026-02.md, dòng 16, trường "answer.date" (Trả lời › Ngày trả lời)',
      'kien-nghi/kn-2026-03.md, dòng 10, trường "channel" (Hình thức tiếp nhận)',
      'thong-bao/ke-hoach-10.md, dòng 5, trường "number" (Số, ký hiệu)',
    ]);
  });
});
