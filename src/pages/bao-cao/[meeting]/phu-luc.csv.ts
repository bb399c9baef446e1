/** `/bao-cao/<meeting>/phu-luc.csv`: the report of a held meeting as CSV (same as `npm run report -- --format csv`). */
import type { APIContext, GetStaticPaths } from 'astro';
import { viewOf } from '../../../data/views.ts';
import { reportCsv } from '../../../lib/domain/report/index.ts';
import { reportOf, reportPaths } from '../../../lib/present/pages/audit.ts';
import { settings } from '../../../settings.ts';

export const getStaticPaths = (async () => reportPaths(await viewOf(settings().contentRoot))) satisfies GetStaticPaths;

export async function GET({ params }: APIContext) {
  const report = reportOf(await viewOf(settings().contentRoot), params.meeting!);
  return new Response(reportCsv(report), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
