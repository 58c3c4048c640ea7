/** Interface strings of paginated lists, Indonesian and English. */
import type { Lang } from './lang.ts';

export const paginationText = {
  nav: { id: 'Halaman daftar', en: 'List pages' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  page: { id: 'Halaman', en: 'Page' },
  years: { id: 'Lompat ke tahun', en: 'Jump to year' },
} as const satisfies Record<string, Record<Lang, string>>;

/** "Linimasa · halaman 2" — the title of page n > 1 of a list. */
export function pagedTitle(title: string, page: number, lang: Lang): string {
  return page <= 1 ? title : `${title} · ${paginationText.page[lang].toLowerCase()} ${page}`;
}
