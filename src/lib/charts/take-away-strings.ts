/**
 * Words of a chart's take-away: its page (files, citation, embed code), the
 * page another site frames, and the lines that say where a chart comes
 * from, in both languages.
 */
import type { Lang } from '../../i18n/lang.ts';

export interface TakeAwayWords {
  heading: string;
  svg: string;
  png: string;
  csv: string;
  filesNote: string;
  cite: string;
  embed: string;
  embedHint: string;
  preview: string;
  allCharts: string;
  /** Under each chart on the pages that show several. */
  link: string;
  citation: (site: string, title: string, date: string, url: string) => string;
  openOnSite: (site: string) => string;
  description: (title: string) => string;
}

export const TAKE_AWAY_WORDS: Readonly<Record<Lang, TakeAwayWords>> = {
  id: {
    heading: 'Bawa pulang grafik ini',
    svg: 'Unduh gambar (SVG)',
    png: 'Unduh gambar (PNG)',
    csv: 'Unduh data (CSV)',
    filesNote:
      'Gambar memuat judul, keterangan, sumber dan alamat grafik ini; SVG dapat diperbesar tanpa pecah.',
    cite: 'Kutip grafik ini',
    embed: 'Sematkan di situs Anda',
    embedHint:
      'Salin kode ini ke halaman Anda. Grafik tampil tanpa JavaScript, dengan sumbernya dan tautan ke data.',
    preview: 'Lihat versi sematan',
    allCharts: 'Semua grafik',
    link: 'Unduh, kutip atau sematkan grafik ini',
    citation: (site, title, date, url) =>
      `${site}. “${title}”. Grafik, data hingga ${date}. ${url}`,
    openOnSite: (site) => `Data dan sumbernya di ${site}`,
    description: (title) =>
      `${title}: unduh sebagai SVG atau PNG, kutip, atau sematkan di situs Anda.`,
  },
  en: {
    heading: 'Take this chart away',
    svg: 'Download the image (SVG)',
    png: 'Download the image (PNG)',
    csv: 'Download the data (CSV)',
    filesNote:
      'The images carry the title, legend, sources and address of this chart; the SVG scales without blurring.',
    cite: 'Cite this chart',
    embed: 'Embed it on your site',
    embedHint:
      'Copy this code into your page. The chart shows without JavaScript, with its sources and a link to the data.',
    preview: 'See the embedded version',
    allCharts: 'All charts',
    link: 'Download, cite or embed this chart',
    citation: (site, title, date, url) => `${site}. “${title}”. Chart, data up to ${date}. ${url}`,
    openOnSite: (site) => `The data and its sources on ${site}`,
    description: (title) =>
      `${title}: download it as SVG or PNG, cite it, or embed it on your site.`,
  },
};
