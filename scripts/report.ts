/**
 * `npm run report -- --meeting <id> [--format md|csv|xlsx] [--out file] [--as-of YYYY-MM-DD]`: the report of a
 * meeting's results to the city, in the template of the plan in force, as of the day given, else as sent
 * (the meeting's `report.date`), else today. md and csv print to the terminal unless
 * `--out` is given; xlsx needs `--out`. Exit 2 on a wrong option, an unknown meeting or invalid content.
 */
import { writeFile } from 'node:fs/promises';
import { t } from '../src/i18n/index.ts';
import { buildSite } from '../src/lib/domain/model/site.ts';
import { meetingReport, reportCsv, reportMarkdown, reportXlsx } from '../src/lib/domain/report/index.ts';
import { loadOrExit, options, resolveAsOf } from './cli.ts';

const args = options(
  { meeting: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' } },
  t('report.cli.usage'),
);
const format = args.format ?? 'md';
if (!['md', 'csv', 'xlsx'].includes(format)) {
  console.error(`${t('report.cli.badFormat', { found: format })}\n${t('report.cli.usage')}`);
  process.exit(2);
}
if (!args.meeting) {
  console.error(t('report.cli.usage'));
  process.exit(2);
}
if (format === 'xlsx' && !args.out) {
  console.error(t('report.cli.xlsxNeedsOut'));
  process.exit(2);
}
const content = await loadOrExit(2);
const site = buildSite(content.entries);
const meeting = site.meetingById.get(args.meeting);
if (!meeting) {
  console.error(t('report.cli.noMeeting', { id: args.meeting, ids: site.meetings.map((m) => m.id).join(', ') }));
  process.exit(2);
}
// As of the day given (--as-of, AS_OF); else as sent (the report's date); else today.
const given = args['as-of'] ?? process.env.AS_OF;
const report = meetingReport(site, meeting, { ...(given ? { asOf: resolveAsOf() } : {}), today: resolveAsOf() });
const output = format === 'xlsx' ? await reportXlsx(report, resolveAsOf()) : format === 'csv' ? reportCsv(report) : reportMarkdown(report);
if (args.out) {
  await writeFile(args.out, output);
  console.error(t('report.cli.written', { file: args.out }));
} else {
  process.stdout.write(output as string);
}
