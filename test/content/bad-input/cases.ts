/**
 * The bad-input cases: each is the minimal fixture with one thing wrong, and the exact report lines
 * (file, line, field, message) the build prints for it. `setup` runs on the content root after the
 * changes, for what a text change cannot express (a symbolic link, a 21 MB file).
 */
import { rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fixtureText, makeContentRoot, problemsOf, replace, type Change } from '../../helpers/content-root.ts';

export interface BadInputCase {
  name: string;
  changes: Record<string, Change>;
  setup?: (root: string) => Promise<void>;
  expected: string[];
}

export const MEETING = 'hoi-nghi/2026-quy-ii.yaml';
export const PETITION = 'kien-nghi/kn-2026-01.md';
export const NOTICE = 'thong-bao/ke-hoach-10.md';
export const CONTENT = 'noi-dung/chuong-trinh.md';
export const CONCLUSION = 'ket-luan/ket-luan.md';
export const UNIT = 'don-vi.yaml';
export const CALENDAR = 'lich-nghi/2026.yaml';

/** The report lines for a case, from a fresh content root. */
export async function problemsFor(c: BadInputCase): Promise<string[]> {
  const root = await makeContentRoot(c.changes);
  try {
    await c.setup?.(root);
    return await problemsOf(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Missing, empty and mistyped keys, unknown values, statuses without what they need. */
export const fieldCases: BadInputCase[] = [
  {
    name: 'a missing required key',
    changes: { [PETITION]: replace('title: Đề nghị hướng dẫn thủ tục cấp phép xây dựng nhà xưởng\n', '') },
    expected: [
      "kien-nghi/kn-2026-01.md, trường \"title\" (Tiêu đề): trường bắt buộc nhưng chưa có. Thêm một dòng chữ.",
    ],
  },
  {
    name: 'a key left empty in quotes',
    changes: { [CONCLUSION]: replace('title: Thông báo kết luận hội nghị đối thoại doanh nghiệp năm 2026', 'title: ""') },
    expected: [
      "ket-luan/ket-luan.md, dòng 3, trường \"title\" (Tiêu đề): đang để trống. Điền nội dung cho trường này.",
    ],
  },
  {
    name: 'a key with nothing after the colon',
    changes: { [MEETING]: replace('chair: Chủ tịch Ủy ban nhân dân phường', 'chair:') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 9, trường \"chair\" (Chủ trì): trường bắt buộc nhưng chưa có. Thêm một dòng chữ.",
    ],
  },
  {
    name: 'a list where one line of text is expected',
    changes: { [PETITION]: replace('title: Đề nghị hướng dẫn thủ tục cấp phép xây dựng nhà xưởng', 'title:\n  - Đề nghị một\n  - Đề nghị hai') },
    expected: [
      "kien-nghi/kn-2026-01.md, dòng 5, trường \"title\" (Tiêu đề): cần một dòng chữ, nhưng đang là một danh sách. Sửa lại cho đúng.",
    ],
  },
  {
    name: 'words where a number is expected',
    changes: { [MEETING]: replace('attendedCount: 18', 'attendedCount: mười tám') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 12, trường \"attendedCount\" (Số đơn vị tham dự): cần một số nguyên, ví dụ 15, nhưng đang là \"mười tám\". Sửa lại cho đúng.",
    ],
  },
  {
    name: 'a negative count',
    changes: { [MEETING]: replace('attendedCount: 18', 'attendedCount: -3') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 12, trường \"attendedCount\" (Số đơn vị tham dự): không được nhỏ hơn 0, nhưng đang là -3. Sửa lại số.",
    ],
  },
  {
    name: 'a yes/no field written in Vietnamese',
    changes: { [PETITION]: replace('resolved: true', 'resolved: có') },
    expected: [
      "kien-nghi/kn-2026-01.md, dòng 14, trường \"resolved\" (Đã giải quyết triệt để): cần true (có) hoặc false (không), nhưng đang là \"có\". Sửa lại cho đúng.",
    ],
  },
  {
    name: 'an unknown status',
    changes: { [PETITION]: replace('status: answered-in-writing', 'status: done') },
    expected: [
      "kien-nghi/kn-2026-01.md, dòng 13, trường \"status\" (Tình trạng): giá trị \"done\" không có trong danh sách. Chọn một trong: pending (Đang xử lý), answered-at-meeting (Đã trả lời tại hội nghị), answered-in-writing (Đã trả lời bằng văn bản), transferred (Đã chuyển cơ quan có thẩm quyền), escalated (Đã báo cáo cấp trên xin ý kiến chỉ đạo), declined (Không thuộc phạm vi giải quyết).",
    ],
  },
  {
    name: 'an unknown meeting format',
    changes: { [MEETING]: replace('format: in-person', 'format: truc-tuyen') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 8, trường \"format\" (Hình thức): giá trị \"truc-tuyen\" không có trong danh sách. Chọn một trong: in-person (Trực tiếp), online (Trực tuyến), hybrid (Trực tiếp kết hợp trực tuyến).",
    ],
  },
  {
    name: 'an answered petition without its answer',
    changes: { [PETITION]: (text) => text.replace(/answer:\n(?: {2}.*\n)+/, '') },
    expected: [
      "kien-nghi/kn-2026-01.md, trường \"answer\" (Trả lời): bắt buộc khi tình trạng là answered-in-writing. Thêm ngày, cơ quan và nội dung trả lời, hoặc đổi tình trạng.",
    ],
  },
  {
    name: 'an escalated petition without the agency it went to',
    changes: { [PETITION]: replace('status: answered-in-writing', 'status: escalated') },
    expected: [
      "kien-nghi/kn-2026-01.md, trường \"transferredTo\" (Cơ quan tiếp nhận): bắt buộc khi tình trạng là escalated. Ghi tên cơ quan tiếp nhận.",
    ],
  },
  {
    name: 'a planned meeting without its period',
    changes: { [MEETING]: (text) => text.replace('status: held', 'status: planned').replace('attendedCount: 18\n', '') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, trường \"period\" (Thời gian dự kiến): bắt buộc khi trạng thái là planned (Dự kiến). Điền trường này hoặc đổi trạng thái.",
    ],
  },
  {
    name: 'a misspelt key',
    changes: { [MEETING]: replace('venue:', 'venu:') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 7, trường \"venu\": trường lạ, không có trong mẫu nội dung. Kiểm tra chính tả hoặc xoá đi; các trường được dùng: title, plan, status, period, start, end, venue, format, chair, organiser, topic, registrationDeadline, registeredCount, invitedCount, attendedCount, questionsReceived, speakersRegistered, report, postponement.",
      "hoi-nghi/2026-quy-ii.yaml, trường \"venue\" (Địa điểm): trường bắt buộc nhưng chưa có. Thêm một dòng chữ.",
    ],
  },
  {
    name: 'a document number with spaces',
    changes: { [CONCLUSION]: replace('number: 20/TB-UBND', 'number: 20 / TB-UBND') },
    expected: [
      "ket-luan/ket-luan.md, dòng 4, trường \"number\" (Số, ký hiệu): \"20 / TB-UBND\" không đúng dạng. Ghi số, ký hiệu theo Nghị định 30/2020/NĐ-CP, ví dụ 80/KH-UBND (không có dấu cách).",
    ],
  },
  {
    name: 'a malformed petition code',
    changes: { [PETITION]: replace('code: KN-2026-01', 'code: KN 2026 1') },
    expected: [
      "kien-nghi/kn-2026-01.md, dòng 3, trường \"code\" (Mã kiến nghị): \"KN 2026 1\" không đúng dạng. Ghi dạng KN-năm-số thứ tự, ví dụ KN-2026-07.",
    ],
  },
  {
    name: 'a malformed e-mail address',
    changes: { [UNIT]: replace('email: vanphong@thunghiem.example.gov.vn', 'email: vanphong.thunghiem.gov.vn') },
    expected: [
      "don-vi.yaml, dòng 11, trường \"contact.email\" (Liên hệ › Thư điện tử): \"vanphong.thunghiem.gov.vn\" không phải địa chỉ thư điện tử. Ghi dạng ten@donvi.gov.vn.",
    ],
  },
  {
    name: 'a web address without https://',
    changes: { [UNIT]: replace('portalUrl: https://thunghiem.example.gov.vn', 'portalUrl: thunghiem.example.gov.vn') },
    expected: [
      "don-vi.yaml, dòng 6, trường \"portalUrl\" (Địa chỉ Cổng thông tin): \"thunghiem.example.gov.vn\" không phải địa chỉ web. Ghi đầy đủ, bắt đầu bằng https://",
    ],
  },
  {
    name: 'HTML pasted into a one-line field',
    changes: { [PETITION]: replace('title: Đề nghị hướng dẫn thủ tục cấp phép xây dựng nhà xưởng', 'title: Đề nghị <img src=x onerror=alert(1)> hướng dẫn') },
    expected: [
      "kien-nghi/kn-2026-01.md, dòng 4, trường \"title\" (Tiêu đề): có mã HTML <img src=x onerror=alert(1)>: trường này là chữ thường, không nhận thẻ HTML (thường do dán từ trang web). Xoá thẻ, chỉ giữ lại chữ.",
    ],
  },
  {
    name: 'a petition without its text',
    changes: { [PETITION]: replace('Công ty đề nghị được hướng dẫn thủ tục cấp phép xây dựng nhà xưởng.\n', '') },
    expected: [
      "kien-nghi/kn-2026-01.md: thiếu phần Nội dung kiến nghị sau khối thông tin. Viết nội dung bên dưới dòng \"---\" thứ hai.",
    ],
  },
];

/** Impossible dates, dates in the wrong form, dates out of order within and across files. */
export const dateCases: BadInputCase[] = [
  {
    name: '30 February written the ISO way',
    changes: { [MEETING]: replace('date: 2026-03-19', 'date: 2026-02-30') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 4, trường \"plan.date\" (Kế hoạch › Ngày ban hành kế hoạch): \"2026-02-30\" không phải ngày có thật. Sửa thành một ngày có thật, dạng YYYY-MM-DD.",
    ],
  },
  {
    name: '30 February written day first',
    changes: { [NOTICE]: replace('issued: 2026-03-19', 'issued: 30/02/2026') },
    expected: [
      "thong-bao/ke-hoach-10.md, dòng 6, trường \"issued\" (Ngày ban hành): cần ngày dạng YYYY-MM-DD, nhưng đang là \"30/02/2026\". Ghi lại, ví dụ 2026-05-21 cho ngày 21 tháng 5 năm 2026.",
    ],
  },
  {
    name: 'an hour that does not exist',
    changes: { [MEETING]: replace('start: 2026-05-21T08:00', 'start: 2026-05-21T25:00') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 6, trường \"start\" (Thời gian họp): \"2026-05-21T25:00\" không phải ngày giờ có thật. Sửa ngày, hoặc giờ (00:00 đến 23:59).",
    ],
  },
  {
    // A day without the hour is accepted since 0.3.0 (test/content/reality.test.ts); a time typed with a space is not.
    name: 'a meeting time with a space instead of T',
    changes: { [MEETING]: replace('start: 2026-05-21T08:00', 'start: 2026-05-21 08:00') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 6, trường \"start\" (Thời gian họp): cần ngày giờ dạng YYYY-MM-DDTHH:mm (giờ Việt Nam) hoặc chỉ ngày YYYY-MM-DD, nhưng đang là \"2026-05-21 08:00\". Ghi lại, ví dụ 2026-05-21T08:00, hoặc 2026-05-21 khi nguồn không ghi giờ.",
    ],
  },
  {
    name: 'a conclusion published before it was issued',
    changes: { [CONCLUSION]: replace('published: 2026-05-27', 'published: 2026-05-25') },
    expected: [
      "ket-luan/ket-luan.md, dòng 6, trường \"published\" (Ngày đăng trên Cổng): Ngày đăng trên Cổng (2026-05-25) trước Ngày ban hành (2026-05-26). Sửa lại: Ngày đăng trên Cổng không được trước Ngày ban hành.",
    ],
  },
  {
    name: 'a registration deadline after the meeting',
    changes: { [MEETING]: replace('registrationDeadline: 2026-04-24', 'registrationDeadline: 2026-05-22') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 6, trường \"start\" (Thời gian họp): Thời gian họp (2026-05-21) trước Hạn đăng ký (2026-05-22). Sửa lại: Thời gian họp không được trước Hạn đăng ký.",
    ],
  },
  {
    name: 'a notice posted at the desk before it was issued',
    changes: { [NOTICE]: replace('postedAtDesk: 2026-03-20', 'postedAtDesk: 2026-03-01') },
    expected: [
      "thong-bao/ke-hoach-10.md, dòng 8, trường \"postedAtDesk\" (Ngày niêm yết tại Bộ phận một cửa): Ngày niêm yết (2026-03-01) trước Ngày ban hành (2026-03-19). Sửa lại: Ngày niêm yết không được trước Ngày ban hành.",
    ],
  },
  {
    name: 'across files: a conclusion issued before the meeting',
    changes: { [CONCLUSION]: (text) => text.replace('issued: 2026-05-26', 'issued: 2026-05-19').replace('published: 2026-05-27', 'published: 2026-05-19') },
    expected: [
      "ket-luan/ket-luan.md, dòng 5, trường \"issued\" (Ngày ban hành): ngày ban hành 2026-05-19 trước ngày họp của hội nghị \"2026-quy-ii\" (2026-05-21). Thông báo kết luận ban hành sau hội nghị: sửa ngày ban hành hoặc ngày họp.",
    ],
  },
  {
    name: 'across files: an answer given at the meeting dated before it',
    changes: { [PETITION]: (text) => text.replace('status: answered-in-writing', 'status: answered-at-meeting').replace('date: 2026-05-28', 'date: 2026-05-11') },
    expected: [
      "kien-nghi/kn-2026-01.md, dòng 16, trường \"answer.date\" (Trả lời › Ngày trả lời): kiến nghị được trả lời tại hội nghị nhưng ngày trả lời 2026-05-11 trước ngày họp của hội nghị \"2026-quy-ii\" (2026-05-21). Sửa ngày trả lời thành ngày họp, hoặc đổi tình trạng thành answered-in-writing nếu đã trả lời bằng văn bản.",
    ],
  },
  {
    name: 'a day off on a Sunday',
    changes: { [CALENDAR]: replace('- { date: 2026-04-30, name: Ngày Chiến thắng (30/4) }', '- { date: 2026-05-03, name: Chủ nhật }') },
    expected: [
      "lich-nghi/2026.yaml, dòng 22, trường \"daysOff[9].date\" (Ngày nghỉ (ngày thường) › Ngày): ngày 2026-05-03 là thứ Bảy hoặc Chủ nhật, mà danh sách này chỉ ghi ngày thường được nghỉ. Nếu ngày lễ rơi vào cuối tuần, ghi ngày nghỉ bù.",
    ],
  },
  {
    name: 'across files: a petition raised at the meeting received on another day (issue 11)',
    changes: { [PETITION]: replace('channel: portal', 'channel: at-meeting') },
    expected: [
      "kien-nghi/kn-2026-01.md, dòng 9, trường \"received\" (Ngày tiếp nhận): kiến nghị nêu tại hội nghị nhưng ngày tiếp nhận 2026-04-10 khác ngày họp của hội nghị \"2026-quy-ii\" (2026-05-21). Ghi ngày họp làm ngày tiếp nhận, hoặc chọn hình thức tiếp nhận khác.",
    ],
  },
  {
    name: 'a day off listed twice (issue 11: one calendar validator, in the content checks)',
    changes: {
      [CALENDAR]: replace(
        '  - { date: 2026-05-01, name: Ngày Quốc tế Lao động (1/5) }\n',
        '  - { date: 2026-05-01, name: Ngày Quốc tế Lao động (1/5) }\n  - { date: 2026-04-30, name: Ngày Chiến thắng }\n',
      ),
    },
    expected: [
      "lich-nghi/2026.yaml, dòng 24, trường \"daysOff[11].date\" (Ngày nghỉ (ngày thường) › Ngày): ngày 2026-04-30 đã có ở dòng 22 (daysOff[9]). Mỗi ngày ghi một lần: xóa dòng trùng.",
    ],
  },
  {
    name: 'a calendar file whose year is another',
    changes: { [CALENDAR]: null, 'lich-nghi/2027.yaml': fixtureText(CALENDAR) },
    expected: [
      "lich-nghi/2027.yaml, dòng 4, trường \"year\" (Năm): năm 2026 không khớp tên tệp 2027.yaml. Sửa năm hoặc đổi tên tệp.",
    ],
  },
];

/** References, duplicates and names. */
export const referenceCases: BadInputCase[] = [
  {
    name: 'a document of a meeting that does not exist',
    changes: { [CONTENT]: replace('meeting: 2026-quy-ii', 'meeting: 2026-quy-2') },
    expected: [
      "noi-dung/chuong-trinh.md, dòng 2, trường \"meeting\" (Hội nghị): không có hội nghị \"2026-quy-2\". Chọn một hội nghị có trong thư mục hoi-nghi: 2026-quy-ii.",
    ],
  },
  {
    name: 'two petitions with one code',
    changes: { 'kien-nghi/kn-2026-01-ban-sao.md': fixtureText(PETITION) },
    expected: [
      "kien-nghi/kn-2026-01-ban-sao.md, dòng 3, trường \"code\" (Mã kiến nghị): mã \"KN-2026-01\" trùng với kien-nghi/kn-2026-01.md. Mỗi kiến nghị một mã riêng: đổi mã của một trong các tệp.",
      "kien-nghi/kn-2026-01.md, dòng 3, trường \"code\" (Mã kiến nghị): mã \"KN-2026-01\" trùng với kien-nghi/kn-2026-01-ban-sao.md. Mỗi kiến nghị một mã riêng: đổi mã của một trong các tệp.",
    ],
  },
  {
    name: 'one meeting saved twice, as .yaml and .yml',
    changes: { 'hoi-nghi/2026-quy-ii.yml': fixtureText(MEETING) },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml: trùng tên với hoi-nghi/2026-quy-ii.yml (chỉ khác phần đuôi hoặc chữ hoa): hai tệp sẽ thành một trang. Gộp nội dung vào một tệp và xoá tệp kia.",
      "hoi-nghi/2026-quy-ii.yml: trùng tên với hoi-nghi/2026-quy-ii.yaml (chỉ khác phần đuôi hoặc chữ hoa): hai tệp sẽ thành một trang. Gộp nội dung vào một tệp và xoá tệp kia.",
    ],
  },
  {
    name: 'a file name with marks and spaces',
    changes: { [CONCLUSION]: null, 'ket-luan/Kết luận hội nghị.md': fixtureText(CONCLUSION) },
    expected: [
      "ket-luan/Kết luận hội nghị.md: tên tệp \"Kết luận hội nghị.md\" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu \"-\". Đổi tên tệp thành \"ket-luan-hoi-nghi\" (giữ phần đuôi).",
    ],
  },
  {
    name: 'a Word document saved into a collection folder',
    changes: { 'kien-nghi/kn-2026-02.docx': utf8('PK\u0003\u0004') },
    expected: [
      "kien-nghi/kn-2026-02.docx: tệp có phần đuôi không dùng được trong thư mục này. Chỉ nhận: .md.",
    ],
  },
  {
    name: 'the unit file missing',
    changes: { [UNIT]: null },
    expected: [
      "don-vi.yaml: thiếu tệp này. Tạo tệp theo mẫu nội dung (xem README).",
    ],
  },
];

/** Whole files: syntax, encodings, sizes. */
export const fileCases: BadInputCase[] = [
  {
    name: 'a YAML syntax error: a tab used for indenting',
    changes: { [MEETING]: replace('  date: 2026-03-19', '\tdate: 2026-03-19') },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml, dòng 4: lỗi cú pháp ở cột 1: dùng ký tự Tab để thụt lề; thay bằng dấu cách.",
    ],
  },
  {
    name: 'a front-matter syntax error: an unclosed quote',
    changes: { [PETITION]: replace('title: Đề nghị hướng dẫn', 'title: "Đề nghị hướng dẫn') },
    expected: [
      "kien-nghi/kn-2026-01.md, dòng 4: lỗi cú pháp ở cột 62: thiếu ký tự đóng (dấu nháy hoặc dấu ngoặc).",
    ],
  },
  {
    name: 'a key written twice',
    changes: { [CONCLUSION]: replace('published: 2026-05-27', 'published: 2026-05-27\npublished: 2026-05-28') },
    expected: [
      "ket-luan/ket-luan.md, dòng 7: lỗi cú pháp ở cột 1: một trường xuất hiện hai lần; xoá dòng lặp.",
    ],
  },
  {
    name: 'a Markdown file without front matter',
    changes: { [CONCLUSION]: 'Hội nghị đã diễn ra thành công.\n' },
    expected: [
      "ket-luan/ket-luan.md, dòng 1: thiếu khối thông tin ở đầu tệp. Tệp phải bắt đầu bằng một dòng \"---\", tiếp theo là các trường, rồi một dòng \"---\".",
    ],
  },
  {
    name: 'an empty file',
    changes: { [CONCLUSION]: '' },
    expected: [
      "ket-luan/ket-luan.md: tệp rỗng. Điền nội dung hoặc xoá tệp.",
    ],
  },
  {
    name: 'a file of blank lines',
    changes: { [MEETING]: '\n\n   \n' },
    expected: [
      "hoi-nghi/2026-quy-ii.yaml: tệp rỗng. Điền nội dung hoặc xoá tệp.",
    ],
  },
  {
    name: 'a file in a Windows code page instead of UTF-8',
    changes: {},
    setup: async (root) => {
      // "Trân" in Latin-1: 0xE2 alone is not UTF-8.
      const text = fixtureText(CONCLUSION).replace('Trần Văn Thử', 'Tran');
      const bytes = utf8(text);
      const at = text.indexOf('Tran') + 2;
      bytes[at] = 0xe2;
      await writeFile(path.join(root, CONCLUSION), bytes);
    },
    expected: [
      "ket-luan/ket-luan.md: tệp không phải văn bản UTF-8. Lưu lại tệp với bảng mã UTF-8.",
    ],
  },
  {
    name: 'a body of 5 MB (a paste gone wrong)',
    changes: { [PETITION]: (text) => text + 'Noi dung dan nham. '.repeat(5_000_000 / 19) },
    expected: [
      "kien-nghi/kn-2026-01.md: tệp nặng 5.0 MB, quá giới hạn 1 MB cho một văn bản. Kiểm tra lại nội dung đã dán; tài liệu dài nên đính kèm dưới dạng tệp PDF.",
    ],
  },
];

/** Attachments and uploads. */
export const attachmentCases: BadInputCase[] = [
  {
    name: 'an attachment that is not there',
    changes: { [NOTICE]: replace('form: tep/phieu-dang-ky.pdf', 'form: tep/phieu-dang-ky-2026.pdf') },
    expected: [
      "thong-bao/ke-hoach-10.md, dòng 12, trường \"registration.form\" (Đăng ký tham dự › Phiếu đăng ký): không tìm thấy tệp \"tep/phieu-dang-ky-2026.pdf\" trong thư mục nội dung. Tải tệp lên thư mục tep/ hoặc sửa đường dẫn.",
    ],
  },
  {
    name: 'an attachment outside the content root',
    changes: { [NOTICE]: replace('form: tep/phieu-dang-ky.pdf', 'form: ../../etc/phieu.pdf') },
    expected: [
      "thong-bao/ke-hoach-10.md, dòng 12, trường \"registration.form\" (Đăng ký tham dự › Phiếu đăng ký): \"../../etc/phieu.pdf\" trỏ ra ngoài thư mục nội dung. Chỉ dùng tệp trong thư mục tep/: tải tệp lên rồi ghi dạng tep/ten-tep.pdf.",
    ],
  },
  {
    name: 'an attachment climbing out of tep/',
    changes: { [NOTICE]: replace('form: tep/phieu-dang-ky.pdf', 'form: tep/../../bi-mat.pdf') },
    expected: [
      "thong-bao/ke-hoach-10.md, dòng 12, trường \"registration.form\" (Đăng ký tham dự › Phiếu đăng ký): \"tep/../../bi-mat.pdf\" trỏ ra ngoài thư mục nội dung. Chỉ dùng tệp trong thư mục tep/: tải tệp lên rồi ghi dạng tep/ten-tep.pdf.",
    ],
  },
  {
    name: 'an attachment given as an absolute path',
    changes: { [NOTICE]: replace('form: tep/phieu-dang-ky.pdf', 'form: /etc/passwd') },
    expected: [
      "thong-bao/ke-hoach-10.md, dòng 12, trường \"registration.form\" (Đăng ký tham dự › Phiếu đăng ký): \"/etc/passwd\" trỏ ra ngoài thư mục nội dung. Chỉ dùng tệp trong thư mục tep/: tải tệp lên rồi ghi dạng tep/ten-tep.pdf.",
    ],
  },
  {
    name: 'an attachment of a forbidden type',
    changes: { [NOTICE]: replace('form: tep/phieu-dang-ky.pdf', 'form: tep/phieu-dang-ky.exe'), 'tep/phieu-dang-ky.exe': utf8('MZ') },
    expected: [
      "tep/phieu-dang-ky.exe: loại tệp \"exe\" không được đăng lên Cổng. Chỉ nhận: pdf, doc, docx, xls, xlsx, odt, ods, jpg, jpeg, png. Chuyển tài liệu sang PDF rồi tải lên lại.",
      "thong-bao/ke-hoach-10.md, dòng 12, trường \"registration.form\" (Đăng ký tham dự › Phiếu đăng ký): tệp \"tep/phieu-dang-ky.exe\" có phần đuôi không được phép. Chỉ nhận: pdf, doc, docx, xls, xlsx, odt, ods, jpg, jpeg, png.",
    ],
  },
  {
    name: 'an attachment name with spaces and marks',
    changes: { [NOTICE]: replace('form: tep/phieu-dang-ky.pdf', 'form: tep/Phiếu đăng ký.pdf') },
    expected: [
      "thong-bao/ke-hoach-10.md, dòng 12, trường \"registration.form\" (Đăng ký tham dự › Phiếu đăng ký): \"tep/Phiếu đăng ký.pdf\" không phải đường dẫn tệp hợp lệ. Tải tệp lên thư mục tep/ và ghi dạng tep/ten-tep.pdf (chữ thường không dấu, không dấu cách).",
    ],
  },
  {
    name: 'an upload whose bytes are not its extension',
    changes: { 'tep/phieu-dang-ky.pdf': utf8('<html><script>alert(1)</script></html>') },
    expected: [
      "tep/phieu-dang-ky.pdf: nội dung tệp không phải tệp .pdf dù tên có đuôi .pdf (có thể là tệp khác bị đổi tên). Mở tệp gốc, lưu lại đúng định dạng rồi tải lên lại.",
    ],
  },
  {
    name: 'an upload of a forbidden type nobody links to',
    changes: { 'tep/trang.html': utf8('<script>alert(1)</script>') },
    expected: [
      "tep/trang.html: loại tệp \"html\" không được đăng lên Cổng. Chỉ nhận: pdf, doc, docx, xls, xlsx, odt, ods, jpg, jpeg, png. Chuyển tài liệu sang PDF rồi tải lên lại.",
    ],
  },
  {
    name: 'an upload named with spaces and marks',
    changes: { 'tep/Biên bản họp.pdf': fixtureText('tep/phieu-dang-ky.pdf') },
    expected: [
      "tep/Biên bản họp.pdf: tên tệp \"Biên bản họp.pdf\" có dấu cách, chữ có dấu hoặc chữ hoa, không dùng được trong địa chỉ web. Đổi tên thành \"bien-ban-hop.pdf\" và sửa các đường dẫn đến tệp này.",
    ],
  },
  {
    name: 'an upload whose name holds a citizen ID',
    changes: { 'tep/cccd-031090012345.pdf': fixtureText('tep/phieu-dang-ky.pdf') },
    expected: [
      'tep/cccd-031090012345.pdf: tên tệp có số định danh cá nhân (căn cước công dân) 031•••••••45, mà tên tệp là một phần địa chỉ công khai. Đổi tên tệp (ví dụ theo số, ký hiệu văn bản) và sửa các đường dẫn đến tệp này.',
    ],
  },
  {
    name: 'an empty upload',
    changes: { 'tep/bien-ban.pdf': '' },
    expected: [
      "tep/bien-ban.pdf: tệp rỗng (0 byte): tải lên bị lỗi. Tải lại tệp.",
    ],
  },
  {
    name: 'an upload over the size cap',
    changes: { 'tep/ban-quet.pdf': fixtureText('tep/phieu-dang-ky.pdf') },
    setup: (root) => truncate(path.join(root, 'tep/ban-quet.pdf'), 21 * 1024 * 1024),
    expected: [
      "tep/ban-quet.pdf: tệp nặng 21.0 MB, quá giới hạn 20 MB. Giảm dung lượng (in lại ra PDF, giảm độ phân giải ảnh quét) rồi tải lên lại.",
    ],
  },
  {
    name: 'a symbolic link in tep/',
    changes: {},
    setup: (root) => symlink('/etc/passwd', path.join(root, 'tep/mat-khau.pdf')),
    expected: [
      "tep/mat-khau.pdf: là một liên kết (symlink), không phải tệp thật: liên kết có thể đưa một tệp ngoài thư mục nội dung lên Cổng. Thay bằng chính tệp đó.",
    ],
  },
];
