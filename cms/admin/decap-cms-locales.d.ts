/** decap-cms-locales ships no types: each locale is a nested table of strings. */
declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  export const vi: Phrases;
}
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  type Phrases = { [key: string]: string | Phrases };
  const locale: Phrases;
  export default locale;
}
