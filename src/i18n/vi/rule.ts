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
} as const;
