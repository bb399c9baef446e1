/** The section's public URLs (OUTPUTS.md), under the site's base. */
import type { Part } from '../../domain/model/types.ts';

/** URL builders for a base such as `/doi-thoai-doanh-nghiep/`. */
export function makeUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    home: root,
    part: (part: Part) => `${root}${part}/`,
    doc: (part: Part, slug: string) => `${root}${part}/${slug}/`,
    meetings: `${root}hoi-nghi/`,
    meeting: (id: string) => `${root}hoi-nghi/${id}/`,
    file: (path: string) => `${root}${path}`,
    page: (part: Part, n: number) => (n <= 1 ? `${root}${part}/` : `${root}${part}/trang/${n}/`),
    audit: `${root}kiem-tra/`,
    report: (id: string) => `${root}bao-cao/${id}/`,
    search: `${root}tim-kiem/`,
  };
}

export type Urls = ReturnType<typeof makeUrls>;
