/** The reviewed allow-list of personal-data exceptions (`cho-phep.yaml`). */
export default {
  // The allow-list (cho-phep.yaml).
  'allow.shape': 'tệp phải có dạng "entries:" rồi danh sách các trường hợp được phép, mỗi mục có value, file, reason, reviewer.',
  'allow.entryShape': 'mỗi mục phải là một nhóm trường value, file, reason, reviewer.',
  'allow.value': 'thiếu value: ghi số được phép công khai, đúng như trong văn bản.',
  'allow.file': 'không có tệp nội dung "{found}". Ghi đường dẫn tệp có số này, ví dụ kien-nghi/kn-2026-05.md.',
  'allow.fileMissing': 'thiếu file: ghi đường dẫn tệp nội dung có số này, ví dụ kien-nghi/kn-2026-05.md.',
  'allow.reason': 'thiếu reason: ghi lý do được công khai (ví dụ chủ số đồng ý bằng văn bản nào).',
  'allow.reviewer': 'thiếu reviewer: ghi họ tên, chức vụ người đã duyệt trường hợp này.',
  'allow.unknownKey': 'trường lạ. Mỗi mục chỉ có: {known} (và reviewed: ngày duyệt).',
  'allow.valueDigits': 'value phải là một số có ít nhất 9 chữ số (số định danh hoặc số điện thoại).',
  'allow.unused': 'số {masked} không còn xuất hiện trong {file}. Xoá mục này khỏi danh sách được phép.',
} as const;
