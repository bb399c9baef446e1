/** YAML that cannot be read. */
export default {
  'yaml.duplicateKey': 'một trường xuất hiện hai lần; xoá dòng lặp',
  'yaml.tab': 'dùng ký tự Tab để thụt lề; thay bằng dấu cách',
  'yaml.indent': 'thụt lề không đúng; các trường cùng cấp phải thẳng hàng',
  'yaml.missingChar': 'thiếu ký tự đóng (dấu nháy hoặc dấu ngoặc)',
  'yaml.multipleDocs': 'có nhiều hơn một khối "---"; mỗi tệp chỉ có một khối thông tin',
  'yaml.generic': 'cú pháp không hợp lệ ({code}); kiểm tra dấu ":" sau tên trường, thụt lề và dấu nháy',
} as const;
