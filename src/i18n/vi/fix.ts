/** How to fix a value, appended to a problem. */
export default {
  'fix.unitId': 'Ghi mã bằng chữ thường không dấu và số, nối bằng dấu gạch ngang, ví dụ phuong-kinh-mon.',
  'fix.docNumber': 'Ghi số, ký hiệu theo Nghị định 30/2020/NĐ-CP, ví dụ 80/KH-UBND (không có dấu cách).',
  'fix.agendaTime': 'Ghi giờ dạng HH:mm, ví dụ 08:00, hoặc khoảng giờ 07:00–07:30.',
  'fix.petitionCode': 'Ghi dạng KN-năm-số thứ tự, ví dụ KN-2026-07.',
  'fix.taxCode': 'Mã số thuế doanh nghiệp, hợp tác xã gồm 10 chữ số, hoặc 13 chữ số dạng 0123456789-001.',
  'fix.ruleDate': 'Ghi ngày dạng YYYY-MM-DD, ví dụ 2025-10-30; ngày hằng năm dạng --MM-DD, ví dụ --12-10.',
  'fix.hexColour': 'Ghi mã màu dạng #0b4f8a (dấu # và 6 chữ số hệ 16).',
  'fix.groupOne': 'Báo cáo đếm mỗi kiến nghị vào một nhóm: chọn nhóm chính, ghi các lĩnh vực khác vào topics (Chủ đề).',
} as const;
