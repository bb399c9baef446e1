/**
 * The site's Content-Security-Policy, one source for Astro (`security.csp` in astro.config.mjs writes
 * it into every page as a `<meta http-equiv>`, adding the hashes of the scripts and styles it bundles)
 * and for the web server's header (deploy/nginx.conf, checked against this by a test).
 *
 * Everything comes from the site itself: no third-party script, style, font or frame. The only script
 * on public pages is search (Pagefind), which compiles its WebAssembly index reader: hence
 * `'wasm-unsafe-eval'`, which allows WebAssembly only, never JavaScript `eval`.
 */

/** Directives besides script-src and style-src (Astro owns those two). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Sources allowed for scripts, besides the hashes Astro adds. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources allowed for styles, besides the hashes Astro adds. */
export const CSP_STYLE_RESOURCES = ["'self'"] as const;

/** Astro's `security.csp` option. */
export const astroCsp = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
  styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
};

/**
 * The policy the web server sends as a header, with every page's `<meta>` policy. A page must pass
 * both, so the header leaves script-src and style-src (and default-src, their fallback) to the meta,
 * which carries the hashes of the page's own inline scripts and styles, and adds what a `<meta>`
 * cannot say: who may frame the pages.
 */
export const CSP_HEADER = [...CSP_DIRECTIVES.filter((d) => !d.startsWith('default-src')), "frame-ancestors 'self'"].join('; ');
