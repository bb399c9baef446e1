/** The city section's URLs (docs/OUTPUTS.md, "The city section"), under its base. */
import { slugify } from '../../base/text/slug.ts';
import { UNIT_KINDS } from '../../ingest/schema/unit.ts';

/** The URL word of a unit kind: its Vietnamese label as a slug (`so-ban-nganh`, `xa-phuong-dac-khu`). */
export function kindSlug(kind: string): string {
  const label = UNIT_KINDS.find((k) => k.value === kind)?.label;
  return label ? slugify(label) : slugify(kind);
}

export interface CityUrls {
  home: string;
  year: (year: number) => string;
  yearKind: (year: number, kind: string) => string;
  unit: (id: string) => string;
  appendices: string;
  appendix: (quarterId: string) => string;
  appendixFile: (quarterId: string, extension: 'md' | 'csv' | 'xlsx') => string;
  search: string;
  meetings: string;
  rss: string;
  calendar: string;
  data: string;
  dataCsv: (name: 'don-vi' | 'hoi-nghi' | 'kien-nghi') => string;
}

/** The URLs of a city section served at `base` (ends with `/`). */
export function cityUrls(base: string): CityUrls {
  return {
    home: base,
    year: (year) => `${base}nam/${year}/`,
    yearKind: (year, kind) => `${base}nam/${year}/${kindSlug(kind)}/`,
    unit: (id) => `${base}don-vi/${id}/`,
    appendices: `${base}phu-luc-3/`,
    appendix: (id) => `${base}phu-luc-3/${id}/`,
    appendixFile: (id, extension) => `${base}phu-luc-3/${id}/phu-luc-3.${extension}`,
    search: `${base}tim-kiem/`,
    meetings: `${base}hoi-nghi/`,
    rss: `${base}rss.xml`,
    calendar: `${base}lich.ics`,
    data: `${base}du-lieu.json`,
    dataCsv: (name) => `${base}du-lieu/${name}.csv`,
  };
}
