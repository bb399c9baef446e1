/** Words of the public side's search, filters, feeds and open data. */
export const publicSite = {
  'public.rssTitle': '{section} — {unit}',
  'public.rssDescription': 'Văn bản mới của chuyên mục {section}: thông báo, nội dung hội nghị, kiến nghị và trả lời, kết luận.',
  'public.rssAnswered': 'Trả lời: {title}',
  'public.rssNumber': 'Số {number}',
  'public.calendarName': 'Hội nghị đối thoại doanh nghiệp — {unit}',
  'public.feeds': 'Theo dõi và dữ liệu mở',
  'public.feedRss': 'Văn bản mới (RSS)',
  'public.feedCalendar': 'Lịch hội nghị (iCalendar)',
  'public.feedData': 'Dữ liệu mở (JSON)',
  'public.feedMeetingsCsv': 'Hội nghị (CSV)',
  'public.feedPetitionsCsv': 'Kiến nghị (CSV)',
} as const;
