/**
 * Vietnamese for the keys decap-cms-locales' `vi` leaves in English (Decap 3.16: 77 of 248 missing, one
 * left as "View as"), and a plainer "new" button, merged over
 * it in cms/admin/main.ts. Same nesting as Decap's locale files; `%{name}` are Decap's placeholders.
 * test/cms/locale.test.ts checks that every key exists in Decap's English and that none is left out.
 */
export const localeOverrides = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  app: {
    header: { media: 'Tệp tải lên', workflow: 'Duyệt bài', quickAdd: 'Tạo mới' },
    app: { checkConfigYml: 'Kiểm tra lại cấu hình (config.yml).', waitingBackend: 'Đang kết nối kho nội dung…' },
  },
  // Below, beside the missing keys: Decap's own Vietnamese reviewed, where it was colloquial,
  // English-flavoured, spelt "Xóa" beside "Xoá", or said another thing than what happens.
  collection: {
    sidebar: { collections: 'Nội dung', allCollections: 'Mọi mục', searchAll: 'Tìm trong mọi mục', searchIn: 'Tìm trong' },
    collectionTop: {
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
      newButton: 'Tạo mới: %{collectionLabel}',
    },
    entries: { unpublishedHeader: 'Mục chưa công bố', cachingEntries: 'Đang chuẩn bị danh sách…', longerLoading: 'Có thể mất vài phút' },
    groups: { other: 'Khác', negateLabel: 'Không %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        required: '“%{fieldLabel}” là trường bắt buộc: điền vào rồi lưu lại.',
        regexPattern: '“%{fieldLabel}”: %{pattern}',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị ghi đè.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng thời',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Huỷ',
      edit: 'Sửa',
      delete: 'Xoá',
      resolve: 'Đã xử lý',
      unresolve: 'Chưa xử lý',
      confirmDelete: 'Xoá ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      // Decap's vi has "Trạng: …", a word cut short.
      status: 'Trạng thái: %{status}',
      backCollection: 'Đang soạn trong mục %{collectionLabel}',
      unsavedChanges: 'Có thay đổi chưa lưu',
      // Decap shows this on an untouched new form too: "saved" there would be false.
      changesSaved: 'Không có thay đổi chưa lưu',
      deployPreviewPendingButtonLabel: 'Kiểm tra bản xem trước',
      deployButtonLabel: 'Xem trang công khai',
      statusInfoTooltipDraft: 'Bài đang là bản nháp. Để gửi duyệt, chuyển trạng thái sang “Đang xét duyệt”.',
      statusInfoTooltipInReview: 'Bài đang chờ duyệt, không cần làm gì thêm; vẫn có thể sửa trong lúc chờ.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: { rich: 'Chuyển sang soạn thảo trực quan', markdown: 'Chuyển sang Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ',
        replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Xoá tất cả ảnh',
      },
      file: {
        choose: 'Chọn tệp',
        chooseDifferent: 'Chọn tệp khác',
        remove: 'Bỏ tệp',
        chooseUrl: 'Chèn từ địa chỉ',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Xoá tất cả tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ', now: 'Bây giờ', clear: 'Xoá' },
      unknownControl: { noControl: 'Không có ô nhập cho loại trường “%{widget}”.' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibrary: {
      onDelete: 'Xoá tệp này?',
      fileTooLarge: 'Tệp quá lớn: chỉ nhận tệp đến %{size} kB.',
    },
    mediaLibraryModal: {
      close: 'Đóng',
      noAssetsFound: 'Chưa có tệp nào.',
      mediaAssets: 'Tệp tải lên',
      search: 'Tìm tệp…',
      private: 'Riêng tư',
      deleteSelected: 'Xoá tệp đã chọn',
      chooseSelected: 'Dùng tệp đã chọn',
    },
  },
  ui: {
    settingsDropdown: { account: 'Tài khoản' },
    errorBoundary: { details: 'Đã xảy ra lỗi. Hãy ', reportIt: 'báo cho người quản trị kỹ thuật của đơn vị.' },
    toast: {
      // The build's own message (cms/admin/validation.ts) says what is wrong and what to do.
      onFailToPersist: '%{details}',
      missingRequiredField: 'Còn trường bắt buộc chưa điền hoặc còn lỗi: xem các trường báo đỏ, sửa rồi lưu lại.',
      entrySaved: 'Đã lưu',
      onFailToLoadEntries: 'Không tải được danh sách: %{details}',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xoá ghi chú',
      onFailToDeleteNote: 'Không xoá được ghi chú: %{details}',
      noteResolved: 'Đã đánh dấu ghi chú đã xử lý',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};
