/** What was found instead, for messages about a wrong value. */
export default {
  'found.null': 'để trống',
  'found.list': 'một danh sách',
  'found.object': 'một nhóm trường',
  'found.none': '(chưa có hội nghị nào)',
} as const;
