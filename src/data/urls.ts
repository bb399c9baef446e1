/** The site's URL builders for this build's base. */
import { makeUrls } from '../lib/present/view/urls.ts';

export const urls = makeUrls(import.meta.env.BASE_URL);
