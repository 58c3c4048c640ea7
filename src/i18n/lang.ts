/** The site's languages: Indonesian first (at the root), English under /en/. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The BCP 47 locale of each language, for Intl, RSS, the sitemap and `<html lang>` alternates. */
export const LOCALES = { id: 'id-ID', en: 'en-GB' } as const satisfies Record<Lang, string>;

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}
