/** Settings read from the environment (src/settings.ts): what is wrong and how to write it. */
export default {
  'settings.invalid': 'Biến môi trường {name} = "{found}" không hợp lệ. {fix}',
  'settings.fix.CONTENT_DIR': 'Ghi đường dẫn thư mục nội dung, ví dụ CONTENT_DIR=content.',
  'settings.fix.BASE':
    'Ghi đường dẫn của chuyên mục trên Cổng, bắt đầu bằng /, ví dụ BASE=/doi-thoai-doanh-nghiep/ (hoặc BASE=/ để đặt ở gốc).',
  'settings.fix.SITE': 'Ghi địa chỉ đầy đủ của Cổng, bắt đầu bằng https://, ví dụ SITE=https://kinhmon.haiphong.gov.vn.',
  'settings.fix.AS_OF': 'Ghi một ngày có thật dạng YYYY-MM-DD, ví dụ AS_OF=2026-11-29, hoặc bỏ biến này để tính theo hôm nay.',
  'settings.fix.LOG_LEVEL': 'Chọn một trong: debug, info, warn, error, silent.',
  'settings.fix.PORT': 'Ghi số cổng từ 1 đến 65535, ví dụ 4321.',
  'settings.fix.HOST': 'Ghi tên máy hoặc địa chỉ IP để mở trang, ví dụ HOST=127.0.0.1.',
  'settings.fix.DECAP_MODE': 'Chọn fs (ghi thẳng vào thư mục) hoặc git (mỗi bản nháp một nhánh).',
  'settings.fix.CHROMIUM_PATH': 'Ghi đường dẫn tới tệp chạy Chromium, ví dụ /usr/bin/chromium.',
} as const;
