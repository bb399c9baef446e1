/** `/theme.css`: the unit's own colour from don-vi.yaml (`theme.primary`), linked by every page when set. */
import { darken } from '../lib/base/colour/contrast.ts';
import { textResponse } from '../data/feeds.ts';
import { viewOf } from '../data/views.ts';
import { settings } from '../settings.ts';

export async function GET() {
  const { unit } = (await viewOf(settings().contentRoot)).site;
  const primary = unit.theme?.primary;
  // `html:root` outranks site.css's `:root`, which Astro links after this file.
  // A darker shade for the navigation bar and hovered links: darker only raises contrast with white.
  const css = primary ? `html:root { --primary: ${primary}; --primary-dark: ${darken(primary, 0.3)}; }\n` : '/* don-vi.yaml: no theme */\n';
  return textResponse(css, 'text/css');
}
