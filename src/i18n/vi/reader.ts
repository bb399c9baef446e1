/** What readers of the public side are told beyond the documents: cards on phones, honest states, the four-step panel, taking part. */
export default {
  'reader.unresolved': 'chưa giải quyết triệt để',
  'reader.updated': 'Cập nhật {date}',
} as const;
