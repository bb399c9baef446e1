/** `/bao-cao/<meeting>/phu-luc.csv`: the report of a held meeting as CSV (same as `npm run report -- --format csv`). */
import type { GetStaticPaths } from 'astro';
import { meetingReport, reportCsv } from '../../../lib/domain/report/index.ts';
import type { Meeting } from '../../../lib/domain/model/site.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.meetings.filter((m) => m.data.status === 'held').map((meeting) => ({ params: { meeting: meeting.id }, props: { meeting } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { meeting: Meeting } }) {
  return new Response(reportCsv(meetingReport(await getSite(), props.meeting)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
