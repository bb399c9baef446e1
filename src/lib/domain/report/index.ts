/** The report to the city (Phụ lục 1 / Phụ lục 2 of KH 85/KH-UBND): counts and its three formats. */
export { appendixFor, meetingReport, type Appendix, type MeetingReport, type ReportCounts, type ReportRow } from './report.ts';
export { reportCsv, reportMarkdown, reportXlsx } from './formats.ts';
