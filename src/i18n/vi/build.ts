/** The build (`npm run build`). */
export default {
  // The build and the commands.
  'build.failed': 'Bản dựng thất bại: thư mục dist/ giữ nguyên bản trước.',
  'build.done': 'Đã dựng chuyên mục vào {dir}/ (ngày tính hạn: {day}).',
  // A production build (--production).
  'build.production.refused': 'Không dựng bản chính thức (--production) vì:',
  'build.production.site':
    '- SITE = "{site}" là địa chỉ mẫu hoặc chưa đặt: đặt SITE là địa chỉ Cổng thông tin của đơn vị (ví dụ SITE=https://kinhmon.haiphong.gov.vn) để liên kết chuẩn, RSS và sơ đồ trang trỏ đúng Cổng.',
  'build.production.sample':
    '- {file}, {field}: còn ghi chú của bộ nội dung mẫu ("{marker}"). Xóa ghi chú hoặc thay bằng văn bản thật của đơn vị trước khi đăng.',
  'build.production.body': 'phần nội dung',
  'build.production.markers': 'bộ nội dung mẫu|văn bản giả định|dữ liệu minh họa|dữ liệu minh hoạ',
  'build.onlineChannel':
    'Cảnh báo: {file}: phần "Cách đăng ký" nhắc đến gửi kiến nghị trực tuyến nhưng don-vi.yaml chưa khai báo kênh trực tuyến (participation.onlineFormUrl hoặc participation.nationalPortalUrl). Khai báo địa chỉ biểu mẫu đang hoạt động, hoặc bỏ cách gửi trực tuyến khỏi thông báo.',
  'build.production.hint': 'Bản dựng thử (không có --production) vẫn chạy để xem trước.',
} as const;
