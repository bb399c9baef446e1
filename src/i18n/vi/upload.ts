/** Uploads (`tep/`): every file there is published as it is. */
export default {
  // Uploads (tep/): every file there is published as it is.
  'upload.symlink':
    'là một liên kết (symlink), không phải tệp thật: liên kết có thể đưa một tệp ngoài thư mục nội dung lên Cổng. Thay bằng chính tệp đó.',
  'upload.notAFile': 'không phải một tệp thông thường. Xoá khỏi thư mục tep/.',
  'upload.name':
    'tên tệp "{found}" có dấu cách, chữ có dấu hoặc chữ hoa, không dùng được trong địa chỉ web. Đổi tên thành "{fix}" và sửa các đường dẫn đến tệp này.',
  'upload.type': 'loại tệp "{found}" không được đăng lên Cổng. Chỉ nhận: {extensions}. Chuyển tài liệu sang PDF rồi tải lên lại.',
  'upload.noExtension': '(không có phần đuôi)',
  'upload.empty': 'tệp rỗng (0 byte): tải lên bị lỗi. Tải lại tệp.',
  'upload.tooLarge':
    'tệp nặng {size} MB, quá giới hạn {max} MB. Giảm dung lượng (in lại ra PDF, giảm độ phân giải ảnh quét) rồi tải lên lại.',
  'upload.personalData':
    'tên tệp có {what} {masked}, mà tên tệp là một phần địa chỉ công khai. Đổi tên tệp (ví dụ theo số, ký hiệu văn bản) và sửa các đường dẫn đến tệp này.',
  'upload.magic':
    'nội dung tệp không phải tệp .{extension} dù tên có đuôi .{extension} (có thể là tệp khác bị đổi tên). Mở tệp gốc, lưu lại đúng định dạng rồi tải lên lại.',
} as const;
