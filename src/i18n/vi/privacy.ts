/** Personal data found in content (Luật 91/2025/QH15, Nghị định 356/2025/NĐ-CP). */
export default {
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
} as const;
