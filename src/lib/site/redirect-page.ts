/**
 * The page served at an old address: a tiny HTML document in the page's
 * language that sends the browser on at once (<meta http-equiv="refresh">,
 * no script: the Content-Security-Policy allows none), names the new address
 * as canonical, keeps itself out of search engines (noindex) and shows the
 * link for a reader whose browser does not follow. It has no
 * `data-pagefind-body`, so the site search leaves it out.
 */
import type { Lang } from '../../i18n/lang.ts';
import { CSP_META } from './csp.ts';
import type { Redirect } from './redirects.ts';

const TEXT: Readonly<Record<Lang, { title: string; body: string }>> = {
  id: {
    title: 'Halaman ini sudah pindah',
    body: 'Alamat halaman ini sudah diganti. Halamannya kini ada di',
  },
  en: {
    title: 'This page has moved',
    body: 'The address of this page has changed. The page is now at',
  },
};

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The HTML of the redirect page for `redirect`; `site` is the site's origin (https://…). */
export function redirectPage(redirect: Redirect, site: string): string {
  const t = TEXT[redirect.lang];
  const to = escape(redirect.to);
  const canonical = escape(new URL(redirect.to, site).href);
  return [
    '<!DOCTYPE html>',
    `<html lang="${redirect.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escape(CSP_META)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    `<link rel="canonical" href="${canonical}">`,
    `<title>${t.title}</title>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${t.title}</h1>`,
    `<p>${t.body} <a href="${to}">${canonical}</a>.</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
