import { describe, expect, it } from 'vitest';
// decap-cms-locales' CommonJS entry is empty: read the ES modules, as the admin bundle does.
import en from 'decap-cms-locales/dist/esm/en/index.js';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { localeOverrides } from '../../src/i18n/decap-locale.ts';

type Phrases = { [key: string]: string | Phrases };
function flat(table: Phrases, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flat(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe('the editor speaks Vietnamese', () => {
  const english = flat(en as Phrases);
  const ours = flat(localeOverrides as Phrases);
  const decapVi = flat(vi as Phrases);

  it('overrides only keys Decap has, keeping its placeholders', () => {
    for (const [key, text] of ours) {
      expect(english.has(key), key).toBe(true);
      const placeholders = (s: string) => [...s.matchAll(/%\{\w+\}/g)].map((m) => m[0]).sort();
      expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
    }
  });

  it('leaves no key of the interface in English', () => {
    const missing = [...english.keys()].filter((key) => !decapVi.has(key) && !ours.has(key));
    expect(missing).toEqual([]);
    // …nor copied over untranslated (Decap's `vi` has "View as").
    const english_left = [...decapVi.keys()].filter(
      (key) =>
        !ours.has(key) &&
        decapVi.get(key) === english.get(key) &&
        /\b(?!Markdown\b)[A-Za-z]{3,}/.test(decapVi.get(key)!.replace(/%\{\w+\}/g, '')),
    );
    expect(english_left).toEqual([]);
  });
});
