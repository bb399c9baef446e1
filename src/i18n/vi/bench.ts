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
  // The pipeline benchmark (`npm run bench`) and its phases (tools/bench/phases.ts).
  'bench.stepFailed': '{step}: lỗi (mã {code})\n{output}',
  'bench.kept': '(giữ lại {dir})',
  'bench.phases.usage': 'node tools/bench/phases.ts validate|audit|search|pagefind <thư mục>',
  'bench.phases.contentErrors': '{count} lỗi nội dung',
  'bench.phases.noStep': 'Không có bước "{phase}".',
  // The sanitiser benchmark (`npm run bench:sanitize`).
  'bench.sanitize.contentErrors': 'Thư mục nội dung có lỗi; chạy npm run build để xem.',
  'bench.sanitize.root': 'Thư mục nội dung: {root}',
  'bench.sanitize.sources': 'Văn bản Markdown: {count} (thân văn bản và trường Markdown), {mb} MB HTML',
  'bench.sanitize.render': 'Dựng Markdown (satteri, như bộ nạp): {ms}',
  'bench.sanitize.loader': 'Làm sạch như bộ nạp ({parsed} văn bản cần phân tích, {skipped} bỏ qua): {ms} = {pct} thời gian dựng Markdown',
  'bench.sanitize.always': 'Làm sạch mọi văn bản (trường hợp xấu nhất): {ms} = {pct} thời gian dựng Markdown, {each} ms/văn bản',
} as const;
