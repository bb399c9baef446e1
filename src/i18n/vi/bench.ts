/** The audit benchmark (`npm run bench:audit`). */
export default {
  // The audit benchmark.
  'bench.usage': 'Cách dùng: npm run bench:audit -- [--petitions 10000] [--runs 5] [--content thư-mục] [--as-of YYYY-MM-DD]',
  'bench.generated': 'Đã sinh nội dung {petitions} kiến nghị: {ms} ms',
  'bench.loaded': 'Đọc và kiểm tra {files} tệp: {ms} ms',
  'bench.model': 'Dựng mô hình ({meetings} hội nghị, {petitions} kiến nghị): {ms} ms',
  'bench.audit':
    'Kiểm tra (audit) {petitions} kiến nghị, {meetings} hội nghị, {deadlines} thời hạn, {findings} phát hiện; {runs} lần: trung vị {median} ms (nhanh nhất {min} ms, chậm nhất {max} ms)',
  'bench.byRule': 'Phát hiện theo quy định: {rules}',
} as const;
