/** Rules within one entry (dates in order, a value required by another). */
export default {
  // Rules within a file.
  'rule.requiredForStatus': 'bắt buộc khi trạng thái là {status}. Điền trường này hoặc đổi trạng thái.',
  'rule.registrationRequired':
    'bắt buộc với văn bản loại {kind}: thông báo phải có hướng dẫn đăng ký và phiếu đăng ký (KH 85/KH-UBND, mục IV). Thêm registration với howTo và form.',
  'rule.agendaRequired': 'bắt buộc với loại agenda (Chương trình hội nghị). Thêm từng nội dung của chương trình.',
  'rule.answerRequired': 'bắt buộc khi tình trạng là {status}. Thêm ngày, cơ quan và nội dung trả lời, hoặc đổi tình trạng.',
  'rule.pendingWithAnswer': 'kiến nghị đã có trả lời nhưng tình trạng vẫn là pending (Đang xử lý). Đổi tình trạng cho đúng.',
  'rule.transferredToRequired': 'bắt buộc khi tình trạng là {status}. Ghi tên cơ quan tiếp nhận.',
  'rule.householdTaxCode': 'mã số thuế của hộ kinh doanh là số định danh cá nhân của chủ hộ, không được công khai. Xoá mã số thuế.',
  'rule.dateOrder': '{later} ({found}) trước {earlier} ({limit}). Sửa lại: {later} không được trước {earlier}.',
  'rule.unitPlanCity':
    'kế hoạch của đơn vị {plan} thực hiện kế hoạch thành phố {city}, không phải {found}. Sửa rules thành {city} hoặc chọn kế hoạch đơn vị khác.',
  'rule.overrideZero':
    'số 0 (cách ghi 0.2.0) được hiểu là "kế hoạch không quy định". Ghi rõ dạng nhóm: value để trống (null), kèm plan (kế hoạch), section (mục) và quote (trích nguyên văn).',
  'rule.overrideDateNumber': 'giá trị này là một ngày, không phải số. Ghi ngày dạng YYYY-MM-DD (hằng năm: --MM-DD).',
  'rule.overrideNumberDate':
    'giá trị này là một số (ngày làm việc hoặc số lượng), không phải ngày. Ghi số, hoặc để trống nếu kế hoạch không quy định.',
  'rule.overrideDate': '"{found}" không phải ngày có thật. Ghi ngày dạng YYYY-MM-DD (hằng năm: --MM-DD).',
  'rule.unknownValues':
    'văn bản {plan} không có trong tài liệu, nên các giá trị sau chưa rõ và không được kiểm tra: {values}. Chọn kế hoạch của đơn vị (unitPlan) hoặc ghi các giá trị trong rulesOverride kèm kế hoạch, mục và trích nguyên văn.',
  'rule.unknownValuesUnitPlan':
    'kế hoạch của đơn vị và văn bản {plan} (không có trong tài liệu) không quy định các giá trị sau, nên chúng không được kiểm tra: {values}. Ghi trong rulesOverride nếu có văn bản quy định.',
  'rule.themeContrast':
    'màu {found} chỉ tương phản {ratio}:1 với nền trắng, dưới mức {min}:1 để chữ dễ đọc (WCAG 2.1 AA). Chọn màu đậm hơn.',
  'rule.pendingWithFinal':
    'kiến nghị có trả lời chính thức (final) nhưng tình trạng vẫn là pending (Đang xử lý). Đổi tình trạng, hoặc ghi lần trả lời này là interim (tạm thời, giao xử lý).',
  'rule.answerAndAnswers': 'có cả "answer" và "answers". Chỉ dùng một: chuyển trả lời vào danh sách answers với kind: final.',
  'rule.submitterRequired':
    'thiếu đơn vị kiến nghị. Ghi submitter (một đơn vị, hoặc số đơn vị khi nguồn chỉ cho biết số lượng) hoặc submitters (kiến nghị chung).',
  'rule.submitterAndSubmitters': 'có cả "submitter" và "submitters". Kiến nghị chung chỉ ghi submitters; một đơn vị chỉ ghi submitter.',
  'rule.submitterName':
    'thiếu tên đơn vị kiến nghị. Ghi tên; nếu nguồn chỉ cho biết số lượng ("5 doanh nghiệp"), bỏ tên và ghi count (số đơn vị).',
  'rule.requiredForKind':
    'bắt buộc với văn bản loại {kind}. Điền trường này (ghi unknown nếu nguồn không cho biết), hoặc đổi loại thành news nếu là tin bài trên Cổng.',
  'rule.newsRegistration':
    'tin bài trên Cổng không có phần đăng ký. Xoá registration, hoặc đổi loại thành notice (thông báo) nếu đây là thông báo có hướng dẫn đăng ký.',
  'rule.reportToRequired': 'bắt buộc với đơn vị loại {kind}: ghi cơ quan nhận báo cáo, ví dụ "Sở Tài chính thành phố Hải Phòng".',
} as const;
