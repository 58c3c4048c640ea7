/**
 * The words of the site's 404 page, in Indonesian and English: a server
 * answers every missing address with that one page, so it says both, each
 * with the pages that lead back into the site.
 */
import type { Lang } from './lang.ts';

export interface NotFoundText {
  title: string;
  /** What happened, with the site's name. */
  lede: (siteName: string) => string;
  /** Introduces the links back into the site. */
  tryLabel: string;
}

export const notFoundText: Readonly<Record<Lang, NotFoundText>> = {
  id: {
    title: 'Halaman tidak ditemukan',
    lede: (siteName) =>
      `Alamat ini tidak ada di ${siteName}. Mungkin ada salah ketik, atau halamannya sudah pindah.`,
    tryLabel: 'Coba mulai dari:',
  },
  en: {
    title: 'Page not found',
    lede: (siteName) =>
      `This address does not exist on ${siteName}. It may be mistyped, or the page may have moved.`,
    tryLabel: 'Try starting from:',
  },
};
