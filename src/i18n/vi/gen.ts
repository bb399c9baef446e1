/** The corpus generator (`npm run gen`). */
export default {
  'gen.usage': 'Cách dùng: npm run gen -- --petitions N [--units U] [--seed S] [--end-year YYYY] --out THU-MUC',
  'gen.badNumber': '--{option}: "{found}" không phải số nguyên không âm.',
  'gen.outRequired': 'Thiếu --out: thư mục ghi nội dung sinh ra.',
  'gen.outNotEmpty': 'Thư mục {out} đã có nội dung không do lệnh sinh tạo ra: chọn thư mục trống hoặc thư mục mới.',
  'gen.root': '{root}: {unit}, {petitions} kiến nghị, {meetings} hội nghị ({years}), {files} tệp, {size} MB',
  'gen.done': 'Đã sinh {count} thư mục nội dung trong {seconds} giây.',
} as const;
