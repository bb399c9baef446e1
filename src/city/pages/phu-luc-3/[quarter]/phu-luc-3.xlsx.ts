/** Phụ lục 3 of a quarter as xlsx. */
import type { APIContext, GetStaticPaths } from 'astro';
import { appendix3 } from '../../../../lib/domain/city/appendix3.ts';
import { appendix3Xlsx } from '../../../../lib/domain/city/appendix3-formats.ts';
import { cityQuarters } from '../../../../lib/domain/city/model.ts';
import type { Quarter } from '../../../../lib/domain/city/quarters.ts';
import { cityBuild, textResponse } from '../../../data/city.ts';

export const getStaticPaths = (() =>
  cityQuarters(cityBuild().city).map((quarter) => ({ params: { quarter: quarter.id }, props: { quarter } }))) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<{ quarter: Quarter }>) {
  return textResponse(
    await appendix3Xlsx(appendix3(cityBuild().city, props.quarter)),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
}
