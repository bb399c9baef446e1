/** Problems with content: a field, a file, across files. Each says what was found and what to do. */
export default {
  // Problems with a field's value. Each says what was found and what to do.
  'error.required': 'trường bắt buộc nhưng chưa có. Thêm {expected}.',
  'error.type': 'cần {expected}, nhưng đang là {found}. Sửa lại cho đúng.',
  'error.ruleValue': 'cần một số, hoặc nhóm gồm value (số, ngày hoặc để trống), plan, section, quote. Sửa lại theo một trong hai dạng.',
  'error.empty': 'đang để trống. Điền nội dung cho trường này.',
  'error.tooLong': 'dài {found} ký tự, quá {max} ký tự cho phép. Rút gọn lại.',
  'error.pattern': '"{found}" không đúng dạng. {fix}',
  'error.url': '"{found}" không phải địa chỉ web. Ghi đầy đủ, bắt đầu bằng https://',
  'error.email': '"{found}" không phải địa chỉ thư điện tử. Ghi dạng ten@donvi.gov.vn.',
  'error.dateFormat': 'cần ngày dạng YYYY-MM-DD, nhưng đang là "{found}". Ghi lại, ví dụ 2026-05-21 cho ngày 21 tháng 5 năm 2026.',
  'error.dateImplausible':
    'năm {year} của ngày "{found}" không hợp lý: ngày phải từ năm {min} đến năm {max}. Kiểm tra lại năm (thường do gõ nhầm).',
  'error.dateImpossible': '"{found}" không phải ngày có thật. Sửa thành một ngày có thật, dạng YYYY-MM-DD.',
  'error.dateTimeFormat': 'cần ngày giờ dạng YYYY-MM-DDTHH:mm (giờ Việt Nam), nhưng đang là "{found}". Ghi lại, ví dụ 2026-05-21T08:00.',
  'error.dateTimeImpossible': '"{found}" không phải ngày giờ có thật. Sửa ngày, hoặc giờ (00:00 đến 23:59).',
  'error.integer': 'cần số nguyên, nhưng đang là {found}. Ghi số không có phần thập phân.',
  'error.min': 'không được nhỏ hơn {min}, nhưng đang là {found}. Sửa lại số.',
  'error.max': 'không được lớn hơn {max}, nhưng đang là {found}. Sửa lại số.',
  'error.select': 'giá trị {found} không có trong danh sách. Chọn một trong: {choices}.',
  'error.filePath':
    '"{found}" không phải đường dẫn tệp hợp lệ. Tải tệp lên thư mục tep/ và ghi dạng tep/ten-tep.pdf (chữ thường không dấu, không dấu cách).',
  'error.htmlInText':
    'có mã HTML {found}: trường này là chữ thường, không nhận thẻ HTML (thường do dán từ trang web). Xoá thẻ, chỉ giữ lại chữ.',
  'error.fileOutsideRoot':
    '"{found}" trỏ ra ngoài thư mục nội dung. Chỉ dùng tệp trong thư mục tep/: tải tệp lên rồi ghi dạng tep/ten-tep.pdf.',
  'error.fileType': 'tệp "{found}" có phần đuôi không được phép. Chỉ nhận: {extensions}.',
  'error.unknownKeys': 'trường lạ, không có trong mẫu nội dung. Kiểm tra chính tả hoặc xoá đi; các trường được dùng: {known}.',
  'error.listMin': 'cần ít nhất {min} mục. Thêm mục vào danh sách.',
  'error.listMax': 'nhiều nhất {max} mục. Bớt mục trong danh sách.',
  // Problems with a whole file.
  'error.yamlSyntax': 'lỗi cú pháp ở cột {col}: {problem}.',
  'error.fileName':
    'tên tệp "{found}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu "-". Đổi tên tệp thành "{fix}" (giữ phần đuôi).',
  'error.fileTooLarge':
    'tệp nặng {size} MB, quá giới hạn {max} MB cho một văn bản. Kiểm tra lại nội dung đã dán; tài liệu dài nên đính kèm dưới dạng tệp PDF.',
  'error.notUtf8': 'tệp không phải văn bản UTF-8. Lưu lại tệp với bảng mã UTF-8.',
  'error.emptyFile': 'tệp rỗng. Điền nội dung hoặc xoá tệp.',
  'error.noFrontMatter':
    'thiếu khối thông tin ở đầu tệp. Tệp phải bắt đầu bằng một dòng "---", tiếp theo là các trường, rồi một dòng "---".',
  'error.notAMapping': 'nội dung không phải các dòng "tên trường: giá trị". Kiểm tra lại cấu trúc tệp.',
  'error.missingFile': 'thiếu tệp này. Tạo tệp theo mẫu nội dung (xem README).',
  'error.wrongExtension': 'tệp có phần đuôi không dùng được trong thư mục này. Chỉ nhận: {allowed}.',
  'error.duplicateStem':
    'trùng tên với {others} (chỉ khác phần đuôi hoặc chữ hoa): hai tệp sẽ thành một trang. Gộp nội dung vào một tệp và xoá tệp kia.',
  'error.bodyRequired': 'thiếu phần {label} sau khối thông tin. Viết nội dung bên dưới dòng "---" thứ hai.',
  // Problems across files.
  'error.unknownMeeting': 'không có hội nghị "{found}". Chọn một hội nghị có trong thư mục hoi-nghi: {known}.',
  'error.conclusionBeforeMeeting':
    'ngày ban hành {found} trước ngày họp của hội nghị "{meeting}" ({day}). Thông báo kết luận ban hành sau hội nghị: sửa ngày ban hành hoặc ngày họp.',
  'error.answerAtMeetingBeforeMeeting':
    'kiến nghị được trả lời tại hội nghị nhưng ngày trả lời {found} trước ngày họp của hội nghị "{meeting}" ({day}). Sửa ngày trả lời thành ngày họp, hoặc đổi tình trạng thành answered-in-writing nếu đã trả lời bằng văn bản.',
  'error.atMeetingReceived':
    'kiến nghị nêu tại hội nghị nhưng ngày tiếp nhận {found} khác ngày họp của hội nghị "{meeting}" ({day}). Ghi ngày họp làm ngày tiếp nhận, hoặc chọn hình thức tiếp nhận khác.',
  'error.duplicateCode': 'mã "{found}" trùng với {others}. Mỗi kiến nghị một mã riêng: đổi mã của một trong các tệp.',
  'error.calendarYearName': 'năm {found} không khớp tên tệp {name}.yaml. Sửa năm hoặc đổi tên tệp.',
  'error.calendarWrongYear': 'ngày {found} không thuộc năm {year}. Ghi ngày này vào tệp của năm đó.',
  'error.calendarDayOffWeekend':
    'ngày {found} là thứ Bảy hoặc Chủ nhật, mà danh sách này chỉ ghi ngày thường được nghỉ. Nếu ngày lễ rơi vào cuối tuần, ghi ngày nghỉ bù.',
  'error.calendarDuplicate': 'ngày {found} đã có ở dòng {line} ({field}). Mỗi ngày ghi một lần: xóa dòng trùng.',
  'error.calendarNotSaturday': 'ngày {found} không phải thứ Bảy. Chỉ ghi các ngày thứ Bảy làm việc bù.',
  'error.missingAttachment': 'không tìm thấy tệp "{found}" trong thư mục nội dung. Tải tệp lên thư mục tep/ hoặc sửa đường dẫn.',
  'error.dateTimeOrDateFormat':
    'cần ngày giờ dạng YYYY-MM-DDTHH:mm (giờ Việt Nam) hoặc chỉ ngày YYYY-MM-DD, nhưng đang là "{found}". Ghi lại, ví dụ 2026-05-21T08:00, hoặc 2026-05-21 khi nguồn không ghi giờ.',
  'error.selectList': 'chỉ nhận một giá trị, nhưng đang là một danh sách. Chọn một trong: {choices}. {fix}',
} as const;
