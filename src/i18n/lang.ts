/** The site's languages: Indonesian first (at the root), English under /en/. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}
