/** `/du-lieu/kien-nghi.csv`: every unit's petitions (UTF-8 with BOM, CRLF). */
import { toCsv } from '../../../lib/present/feeds/open-data.ts';
import { CITY_PETITION_COLUMNS, cityPetitions } from '../../../lib/present/city/feeds.ts';
import { cityBuild, textResponse } from '../../data/city.ts';

export function GET() {
  return textResponse(toCsv(cityPetitions(cityBuild().city), CITY_PETITION_COLUMNS), 'text/csv');
}
