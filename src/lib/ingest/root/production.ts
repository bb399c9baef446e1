/**
 * A production build (`npm run build -- --production`) publishes to a real portal: it refuses a site
 * address left at its example (`SITE` unset, `example.*`), which would put `https://example.gov.vn/…` in
 * canonical links, feeds and the sitemap, and content that still carries the demo's notes ("văn bản giả
 * định, dùng cho bộ nội dung mẫu"), which would reach pages and search snippets.
 */
import { t } from '../../../i18n/index.ts';

/** Words only the demo and sample content write about themselves (in the i18n table, `|`-separated). */
export const SAMPLE_MARKERS: readonly string[] = t('build.production.markers').split('|');

/** The strings of an entry's data and body, each with its field path. */
function texts(value: unknown, at: string, out: { at: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ at, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${at}[${i + 1}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) texts(v, at ? `${at}.${k}` : k, out);
}

/** Whether a site address is still an example one. */
export function isExampleSite(site: string | undefined): boolean {
  if (!site) return true;
  let host: string;
  try {
    host = new URL(site).hostname.toLowerCase();
  } catch {
    return true;
  }
  return /^(.*\.)?example(\.|$)/.test(host) || host.endsWith('.example') || host === 'localhost' || host === '127.0.0.1';
}

/** Why a content root and settings cannot be published to a portal: each reason a Vietnamese line naming what to fix. */
export function productionProblems(
  site: string | undefined,
  siteSet: boolean,
  entries: readonly { file: string; data: Record<string, unknown>; body?: string }[],
): string[] {
  const problems: string[] = [];
  if (!siteSet || isExampleSite(site)) problems.push(t('build.production.site', { site: site ?? '' }));
  for (const entry of entries) {
    const found: { at: string; text: string }[] = [];
    texts(entry.data, '', found);
    if (entry.body) found.push({ at: t('build.production.body'), text: entry.body });
    for (const { at, text } of found) {
      const lower = text.normalize('NFC').toLocaleLowerCase('vi');
      const marker = SAMPLE_MARKERS.find((m) => lower.includes(m));
      if (marker) problems.push(t('build.production.sample', { file: entry.file, field: at, marker }));
    }
  }
  return problems;
}

/** Words by which a notice promises an online channel. */
const ONLINE = /trực tuyến|dịch vụ công|\bonline\b/i;

/**
 * Notices whose registration text names an online channel while the unit has configured none
 * (`don-vi.yaml`, `participation`): businesses would look for a form that does not exist. Warnings, not errors.
 */
export function onlineChannelWarnings(entries: readonly { collection: string; file: string; data: Record<string, unknown> }[]): string[] {
  const unit = entries.find((e) => e.collection === 'don-vi')?.data;
  const participation = unit?.participation as { onlineFormUrl?: string; nationalPortalUrl?: string } | undefined;
  if (participation?.onlineFormUrl || participation?.nationalPortalUrl) return [];
  return entries
    .filter((e) => e.collection === 'thong-bao')
    .filter((e) => ONLINE.test(String((e.data.registration as { howTo?: string } | undefined)?.howTo ?? '')))
    .map((e) => t('build.onlineChannel', { file: e.file }));
}
