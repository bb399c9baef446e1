/** `/bao-cao/<meeting>/phu-luc.xlsx`: the report of a held meeting as a spreadsheet (same as `npm run report -- --format xlsx`). */
import type { GetStaticPaths } from 'astro';
import { meetingReport, reportXlsx } from '../../../lib/domain/report/index.ts';
import type { Meeting } from '../../../lib/domain/model/site.ts';
import { getSite } from '../../../data/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.meetings.filter((m) => m.data.status === 'held').map((meeting) => ({ params: { meeting: meeting.id }, props: { meeting } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { meeting: Meeting } }) {
  const bytes = await reportXlsx(meetingReport(await getSite(), props.meeting));
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
