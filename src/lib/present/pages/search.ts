/** The search page: the form with every filter's values, the parts to browse without JavaScript. */
import { t } from '../../../i18n/index.ts';
import { PARTS, type Part } from '../../domain/model/parts.ts';
import { filterOptions, type FilterOption } from '../search/facets.ts';
import { frameOf, type PageFrame } from '../view/frame.ts';
import type { SiteView } from '../view/site-view.ts';

export interface SearchPage {
  frame: PageFrame;
  title: string;
  /** The form's action, the Pagefind bundle, and the section's root for result links */
  action: string;
  bundle: string;
  base: string;
  filters: FilterOption[];
  parts: { part: Part; href: string; label: string }[];
}

/** The search page of a site view. */
export function searchPage(view: SiteView): SearchPage {
  const { urls } = view;
  const partLabel = (part: Part) => t(`site.part.${part}`);
  return {
    frame: frameOf(view),
    title: t('public.searchTitle'),
    action: urls.search,
    bundle: `${urls.home}pagefind/`,
    base: urls.home,
    filters: filterOptions(view.site, partLabel, t('site.meetings')),
    parts: PARTS.map((part) => ({ part, href: urls.part(part), label: partLabel(part) })),
  };
}
