/** `/bao-cao/<meeting>/phu-luc.xlsx`: the report of a held meeting as a spreadsheet (same as `npm run report -- --format xlsx`). */
import type { APIContext, GetStaticPaths } from 'astro';
import { viewOf } from '../../../data/views.ts';
import { reportXlsx } from '../../../lib/domain/report/index.ts';
import { reportOf, reportPaths } from '../../../lib/present/pages/audit.ts';
import { settings } from '../../../settings.ts';

export const getStaticPaths = (async () => reportPaths(await viewOf(settings().contentRoot))) satisfies GetStaticPaths;

export async function GET({ params }: APIContext) {
  const view = await viewOf(settings().contentRoot);
  const bytes = await reportXlsx(reportOf(view, params.meeting!), view.asOf);
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
