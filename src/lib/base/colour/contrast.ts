/** Colour contrast as WCAG 2.1 computes it (1.4.3), for the unit's own colour from don-vi.yaml. */

/** `#0b4f8a` or `#08f`: the pattern a unit's colour must match. */
export const HEX_COLOUR = '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';

/** The red, green and blue of a hex colour, 0–255. */
export function parseHex(hex: string): [number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour mixed with black by `amount` (0–1): a darker shade keeps or raises contrast with white. */
export function darken(hex: string, amount: number): string {
  return `#${parseHex(hex)
    .map((v) =>
      Math.round(v * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The light backgrounds the unit's colour is used on or against: white and the soft grey of the footer. */
export const THEME_BACKGROUNDS = ['#ffffff', '#f3f6f9'] as const;

/** The AA minimum for normal-size text. */
export const AA_TEXT = 4.5;

/** The lowest contrast of the colour against the backgrounds it meets. */
export function themeContrast(hex: string): number {
  return Math.min(...THEME_BACKGROUNDS.map((bg) => contrastRatio(hex, bg)));
}
