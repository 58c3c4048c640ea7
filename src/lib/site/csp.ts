/**
 * The Content-Security-Policy of every page: everything from the site's own
 * origin, nothing inline (no inline script, no inline style, no style
 * attributes), no plugins, no framing — except the chart pages made for
 * other sites' frames (EMBED_PATHS). Pages carry it in a <meta> element
 * (built pages only: the dev server injects inline scripts); public/_headers
 * sends the same policy as an HTTP header, with the directives a <meta>
 * element cannot carry. tests/security/csp.test.ts keeps the two in step,
 * and tests/e2e/csp.test.ts loads every page in Chromium and fails on any
 * violation.
 *
 * `'wasm-unsafe-eval'` lets Pagefind (the search page's only script, loaded
 * from this origin) compile its WebAssembly index reader; it allows no
 * `eval()` of JavaScript. `data:` images are the inline favicon.
 */

/** Directives honoured in a <meta http-equiv> policy. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives only an HTTP header can carry (browsers ignore them in <meta>, with a console warning). */
export const CSP_HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** The policy of the <meta http-equiv="Content-Security-Policy"> of every built page. */
export const CSP_META = CSP_DIRECTIVES.join('; ');

/** The policy sent as an HTTP header (public/_headers). */
export const CSP_HEADER = [...CSP_DIRECTIVES, ...CSP_HEADER_ONLY_DIRECTIVES].join('; ');

/** Paths of the pages other sites may frame (public/_headers syntax): one chart alone, per language. */
export const EMBED_PATHS: readonly string[] = [
  '/grafik/:chart/embed/*',
  '/en/charts/:chart/embed/*',
];

/** The policy of the pages other sites may frame: the same, framed by any site. */
export const CSP_EMBED_HEADER = [...CSP_DIRECTIVES, 'frame-ancestors *'].join('; ');
