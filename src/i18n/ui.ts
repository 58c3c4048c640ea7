/**
 * Interface strings of the layout and the listing pages (home, timeline,
 * themes, programmes, sources, charts) in Indonesian and English. The
 * English dictionary is typed by the Indonesian one, so a key missing from
 * either fails type checking. Record pages have their own words in records.ts;
 * words that name the site, its government, city or programme are built from
 * the site profile in site.ts.
 */
import type { Lang } from './lang.ts';
import { readCount, type CountSum } from '../lib/site/count-words.ts';
import { numberLabel } from '../lib/site/format.ts';

const n = (x: number, lang: Lang) => numberLabel(x, lang);

const id = {
  /** Name of this language, written in it, for the language switch. */
  languageName: 'Bahasa Indonesia',
  skipLink: 'Langsung ke isi',
  navLabel: 'Navigasi utama',
  unknown: 'tidak diketahui',
  nav: {
    home: 'Beranda',
    timeline: 'Linimasa',
    claims: 'Cek klaim',
    charts: 'Grafik',
    themes: 'Tema',
    sources: 'Sumber',
    openData: 'Data',
    search: 'Cari',
    about: 'Tentang',
  },
  footer: {
    provenance:
      'Setiap angka tertaut ke kalimat persis dalam artikel sumbernya; yang tidak diketahui ditulis tidak diketahui, bukan nol.',
    method: 'Cara kami memeriksa.',
    licence:
      'Kode: MIT. Data dan ringkasan kami: CC BY 4.0. Teks artikel sumber tetap milik penerbitnya.',
  },
  home: {
    figuresHeading: 'Yang terdokumentasi',
    chartsHeading: 'Grafik utama',
    allCharts: 'Semua grafik',
    latestHeading: 'Terbaru',
  },
  figures: {
    cohorts: 'angkatan terlaksana',
    participants: 'peserta terdokumentasi',
    years: 'tahun angkatan pertama dan terakhir',
    themes: 'tema pelatihan',
    cohortsNote: (byProgramme: string) => `Semua program: ${byProgramme}.`,
    participantsNote:
      'Jumlah minimum: hanya angkatan terlaksana, hanya kelompok yang jumlahnya disebut sumber.',
    yearsNote:
      'Angkatan terlaksana pertama dan terakhir dalam sumber kami; tahun tanpa sumber belum tentu tanpa angkatan.',
    leftOutHeading: 'Yang tidak dihitung',
    notHeld: (count: number) =>
      `${n(count, 'id')} angkatan yang baru direncanakan atau diumumkan, dengan pesertanya:`,
    unknownGroups: 'Angkatan terlaksana dengan kelompok peserta yang jumlahnya tidak diketahui:',
    contextLink: 'Lihat di linimasa.',
    claimsLink: 'Cek klaim.',
  },
  latest: {
    cohorts: 'Angkatan terbaru',
    allCohorts: 'Semua angkatan di linimasa',
    articles: 'Artikel sumber terbaru',
    allArticles: 'Semua sumber',
  },
  cohort: {
    programme: 'Program',
    period: 'Pelatihan',
    sendoff: 'Pelepasan',
    place: 'Tempat',
    participants: 'Peserta',
    sources: 'Sumber',
  },
  context: {
    label: 'Konteks · tidak dihitung',
    publicationDate: 'tanggal terbit berita',
    kind: { agreement: 'perjanjian', award: 'penghargaan', other: 'peristiwa' },
  },
  timeline: {
    title: 'Linimasa',
    intro:
      'Setiap angkatan yang tercatat, dari yang tertua. Status menunjukkan apakah pelatihan terlaksana, baru direncanakan atau baru diumumkan; jumlah yang tidak disebut sumber ditulis tidak diketahui.',
    empty: 'Belum ada angkatan yang tercatat untuk pilihan ini.',
    emptyYear: 'Tidak ada angkatan tercatat tahun ini.',
    filterSummary: 'Saring: status, tema, program, tahun',
    byYear: 'Loncat ke tahun',
    filterLabel: 'Saring linimasa',
    byTheme: 'Menurut tema',
    byProgramme: 'Menurut program',
    showAll: 'Tampilkan semua',
    filtered: (label: string, count: number) =>
      `Menampilkan ${n(count, 'id')} angkatan: ${label}. Peristiwa konteks tidak ditampilkan saat linimasa disaring.`,
    contextNote:
      'Kotak abu-abu bergaris putus-putus bertanda "Konteks" adalah peristiwa latar, bukan angkatan, dan tidak dihitung.',
  },
  sources: {
    title: 'Sumber',
    description: 'Semua artikel sumber, dari yang terbaru: media, tanggal terbit dan jenisnya.',
    intro:
      'Semua siaran pers dan berita yang menjadi sumber situs ini, dari yang terbaru. Tanggal ditulis sejauh diketahui; teks artikel tetap dalam bahasa aslinya.',
    partial: 'salinan sebagian',
  },
  charts: {
    title: 'Grafik',
    description:
      'Grafik angkatan dan peserta per tahun, per tema, dan klaim dibandingkan dengan catatan.',
    intro:
      'Setiap grafik menghitung angkatan terlaksana saja dan menyebut apa yang tidak dihitung; di bawahnya ada tabel data dan penjelasan dalam kata-kata.',
  },
  totals: {
    held: (cohorts: number, participants: CountSum) =>
      `Terlaksana: ${n(cohorts, 'id')} angkatan, ${
        readCount(participants).kind === 'unknown'
          ? 'jumlah pesertanya tidak diketahui'
          : `${n(participants.known, 'id')} peserta terdokumentasi`
      }.`,
    noneHeld: 'Belum ada angkatan terlaksana yang tercatat.',
    unknownGroups:
      'Jumlah itu minimum: di angkatan berikut ada kelompok yang jumlahnya tidak diketahui.',
    notHeld: (count: number) =>
      `Tidak dihitung: ${n(count, 'id')} angkatan yang baru direncanakan atau diumumkan.`,
  },
  terms: {
    theme: {
      indexTitle: 'Tema',
      indexIntro: 'Tema pelatihan, masing-masing dengan angkatan dan pesertanya.',
      otherIndex: 'Lihat menurut program.',
    },
    programme: {
      indexTitle: 'Program',
      indexIntro: 'Program penyelenggara pelatihan, masing-masing dengan angkatan dan pesertanya.',
      otherIndex: 'Lihat menurut tema.',
    },
    onTimeline: 'Lihat di linimasa',
    website: 'Situs resmi',
    totalsHeading: 'Jumlah',
    cohortsHeading: 'Angkatan',
    noCohorts: 'Belum ada angkatan yang tercatat.',
  },
};

/** The shape every language's dictionary must have. */
export type UiStrings = typeof id;

const en: UiStrings = {
  languageName: 'English',
  skipLink: 'Skip to content',
  navLabel: 'Main navigation',
  unknown: 'unknown',
  nav: {
    home: 'Home',
    timeline: 'Timeline',
    claims: 'Claim check',
    charts: 'Charts',
    themes: 'Themes',
    sources: 'Sources',
    openData: 'Data',
    search: 'Search',
    about: 'About',
  },
  footer: {
    provenance:
      'Every figure links to the exact sentence of its source article; what is unknown reads unknown, never zero.',
    method: 'How we check.',
    licence:
      'Code: MIT. Our data and summaries: CC BY 4.0. Source article texts belong to their publishers.',
  },
  home: {
    figuresHeading: 'What is documented',
    chartsHeading: 'Main charts',
    allCharts: 'All charts',
    latestHeading: 'Latest',
  },
  figures: {
    cohorts: 'cohorts held',
    participants: 'participants documented',
    years: 'first and last cohort years',
    themes: 'training themes',
    cohortsNote: (byProgramme: string) => `All programmes: ${byProgramme}.`,
    participantsNote: 'A minimum: held cohorts only, and only groups whose size the sources give.',
    yearsNote:
      'First and last held cohort in our sources; a year without a source is not necessarily a year without a cohort.',
    leftOutHeading: 'What is not counted',
    notHeld: (count: number) =>
      `${n(count, 'en')} ${count === 1 ? 'cohort' : 'cohorts'} only planned or announced, with their participants:`,
    unknownGroups: 'Held cohorts with a group of participants of unknown size:',
    contextLink: 'See the timeline.',
    claimsLink: 'Claim check.',
  },
  latest: {
    cohorts: 'Latest cohorts',
    allCohorts: 'Every cohort on the timeline',
    articles: 'Latest source articles',
    allArticles: 'All sources',
  },
  cohort: {
    programme: 'Programme',
    period: 'Training',
    sendoff: 'Send-off',
    place: 'Place',
    participants: 'Participants',
    sources: 'Sources',
  },
  context: {
    label: 'Context · not counted',
    publicationDate: 'date the news was published',
    kind: { agreement: 'agreement', award: 'award', other: 'event' },
  },
  timeline: {
    title: 'Timeline',
    intro:
      'Every recorded cohort, oldest first. The status says whether a training was held, only planned or only announced; counts the sources do not give read unknown.',
    empty: 'No cohort is recorded for this choice yet.',
    emptyYear: 'No documented cohort this year.',
    filterSummary: 'Filter: status, theme, programme, year',
    byYear: 'Jump to a year',
    filterLabel: 'Filter the timeline',
    byTheme: 'By theme',
    byProgramme: 'By programme',
    showAll: 'Show all',
    filtered: (label: string, count: number) =>
      `Showing ${n(count, 'en')} ${count === 1 ? 'cohort' : 'cohorts'}: ${label}. Context events are hidden while the timeline is filtered.`,
    contextNote:
      'Grey boxes with a dashed border marked "Context" are background events, not cohorts, and are not counted.',
  },
  sources: {
    title: 'Sources',
    description: 'Every source article, newest first: outlet, publication date and kind.',
    intro:
      'Every press release and news report this site rests on, newest first. Dates are given as far as they are known; article texts stay in their original Indonesian.',
    partial: 'partial copy',
  },
  charts: {
    title: 'Charts',
    description:
      'Cohorts and participants per year and per theme, and the claims set against the record.',
    intro:
      'Every chart counts held cohorts only and says what it leaves out; each comes with its data table and a description in words.',
  },
  totals: {
    held: (cohorts: number, participants: CountSum) =>
      `Held: ${n(cohorts, 'en')} ${cohorts === 1 ? 'cohort' : 'cohorts'}, ${
        readCount(participants).kind === 'unknown'
          ? 'number of participants not known'
          : `${n(participants.known, 'en')} participants documented`
      }.`,
    noneHeld: 'No held cohort is recorded yet.',
    unknownGroups: 'That is a minimum: these cohorts include a group of unknown size.',
    notHeld: (count: number) =>
      `Not counted: ${n(count, 'en')} ${count === 1 ? 'cohort' : 'cohorts'} only planned or announced.`,
  },
  terms: {
    theme: {
      indexTitle: 'Themes',
      indexIntro: 'Training themes, each with its cohorts and participants.',
      otherIndex: 'See by programme.',
    },
    programme: {
      indexTitle: 'Programmes',
      indexIntro: 'Programmes that ran the trainings, each with its cohorts and participants.',
      otherIndex: 'See by theme.',
    },
    onTimeline: 'See on the timeline',
    website: 'Official website',
    totalsHeading: 'Totals',
    cohortsHeading: 'Cohorts',
    noCohorts: 'No cohort is recorded yet.',
  },
};

/** Interface strings by language. */
export const ui: Readonly<Record<Lang, UiStrings>> = { id, en };
