/** What a value should be, for messages about a missing or wrong value. */
export default {
  // What a value should be, for messages about a missing or wrong value.
  'expected.string': 'một dòng chữ',
  'expected.text': 'một đoạn chữ',
  'expected.markdown': 'một đoạn văn bản (Markdown)',
  'expected.url': 'một địa chỉ web bắt đầu bằng https://',
  'expected.email': 'một địa chỉ thư điện tử',
  'expected.date': 'một ngày dạng YYYY-MM-DD, ví dụ 2026-05-21',
  'expected.datetime': 'ngày giờ dạng YYYY-MM-DDTHH:mm theo giờ Việt Nam, ví dụ 2026-05-21T08:00',
  'expected.integer': 'một số nguyên, ví dụ 15',
  'expected.boolean': 'true (có) hoặc false (không)',
  'expected.select': 'một trong các giá trị: {choices}',
  'expected.relation': 'tên một tệp trong thư mục {collection}, không kèm phần đuôi (ví dụ 2026-quy-ii)',
  'expected.file': 'đường dẫn một tệp trong thư mục tep/, ví dụ tep/phieu-dang-ky.pdf',
  'expected.list': 'một danh sách (mỗi mục bắt đầu bằng "- ")',
  'expected.object': 'một nhóm trường (các dòng thụt lề bên dưới)',
  'expected.datetimeOrDate':
    'ngày giờ dạng YYYY-MM-DDTHH:mm theo giờ Việt Nam (ví dụ 2026-05-21T08:00), hoặc chỉ ngày YYYY-MM-DD khi không rõ giờ',
  'expected.relations': 'tên một tệp trong thư mục {collection} (không kèm phần đuôi), hoặc một danh sách tên tệp',
  'expected.count': 'một số nguyên không âm (ví dụ 120), hoặc nhóm hai trường value: 600 và approximate: true cho "hơn 600"',
  'expected.strings': 'một danh sách các dòng chữ (mỗi mục bắt đầu bằng "- ")',
} as const;
