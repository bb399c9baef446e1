/** Messages of the safety checks: uploads in tep/, personal data, the reviewed allow-list, sanitising. */
export const safety = {
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

  // Personal data (Luật 91/2025/QH15, Nghị định 356/2025/NĐ-CP).
  'privacy.cccd':
    'có số định danh cá nhân (căn cước công dân, 12 chữ số; cũng là mã số thuế của hộ kinh doanh) {masked}. Không được công khai dữ liệu cá nhân: xoá số này. Nếu đây không phải số định danh, ghi vào {allowList} kèm lý do và người duyệt.',
  'privacy.cmnd':
    'có số chứng minh nhân dân {masked}. Không được công khai dữ liệu cá nhân: xoá số này. Nếu đây không phải số giấy tờ tùy thân, ghi vào {allowList} kèm lý do và người duyệt.',
  'privacy.mobile':
    'có số điện thoại di động {masked}. Không công khai số điện thoại cá nhân: xoá số này hoặc thay bằng số điện thoại công vụ của cơ quan (khai trong don-vi.yaml). Nếu chủ số đã đồng ý công khai, ghi vào {allowList} kèm lý do và người duyệt.',

  'privacy.kind.cccd': 'số định danh cá nhân (căn cước công dân)',
  'privacy.kind.cmnd': 'số chứng minh nhân dân',
  'privacy.kind.mobile': 'số điện thoại di động',

  // The allow-list (cho-phep.yaml).
  'allow.shape': 'tệp phải có dạng "entries:" rồi danh sách các trường hợp được phép, mỗi mục có value, file, reason, reviewer.',
  'allow.entryShape': 'mỗi mục phải là một nhóm trường value, file, reason, reviewer.',
  'allow.value': 'thiếu value: ghi số được phép công khai, đúng như trong văn bản.',
  'allow.file': 'không có tệp nội dung "{found}". Ghi đường dẫn tệp có số này, ví dụ kien-nghi/kn-2026-05.md.',
  'allow.reason': 'thiếu reason: ghi lý do được công khai (ví dụ chủ số đồng ý bằng văn bản nào).',
  'allow.reviewer': 'thiếu reviewer: ghi họ tên, chức vụ người đã duyệt trường hợp này.',
  'allow.unknownKey': 'trường lạ. Mỗi mục chỉ có: {known} (và reviewed: ngày duyệt).',
  'allow.valueDigits': 'value phải là một số có ít nhất 9 chữ số (số định danh hoặc số điện thoại).',
  'allow.unused': 'số {masked} không còn xuất hiện trong {file}. Xoá mục này khỏi danh sách được phép.',
} as const;
