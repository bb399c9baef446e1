/** The build (`npm run build`). */
export default {
  // The build and the commands.
  'build.failed': 'Bản dựng thất bại: thư mục dist/ giữ nguyên bản trước.',
  'build.done': 'Đã dựng chuyên mục vào {dir}/ (ngày tính hạn: {day}).',
} as const;
