/**
 * Vietnamese strings over decap-cms-locales' `vi`, which leaves some of Decap's keys in English.
 * Same nesting as Decap's locale files.
 */
export const localeOverrides = {
  auth: { login: 'Đăng nhập', loggingIn: 'Đang đăng nhập…' },
  app: {
    header: { content: 'Nội dung', workflow: 'Duyệt bài', media: 'Tệp tải lên', quickAdd: 'Tạo nhanh' },
  },
  collection: {
    sidebar: { collections: 'Mục nội dung', allCollections: 'Tất cả', searchAll: 'Tìm tất cả', searchIn: 'Tìm trong' },
  },
  editor: {
    editorControl: { field: { optional: 'không bắt buộc' } },
    editorWidgets: {
      datetime: { now: 'Bây giờ', clear: 'Xoá' },
    },
  },
  mediaLibrary: {
    mediaLibraryModal: { noFilesFound: 'Chưa có tệp.', noAssetsFound: 'Chưa có tệp.' },
  },
};
