/**
 * Words of the charts in both languages: titles, legend entries, table
 * headers and the pieces the generated descriptions are built from. Pure;
 * numbers go through Intl.NumberFormat so "1.234" and "1,234" are right.
 */
import { labelsIn, qualifierLabels, statusLabels } from '../../i18n/labels.ts';
import { LOCALES, type Lang } from '../../i18n/lang.ts';
import { dateLabel } from '../site/format.ts';

export type Status = 'held' | 'planned' | 'announced';

/** A partial date as words ("Maret 2023", "23 March 2023"). */
export function dateText(date: string, lang: Lang): string {
  return dateLabel(date, lang);
}

/** Number formatter for the language. */
export function numberFormat(lang: Lang): (n: number) => string {
  const f = new Intl.NumberFormat(LOCALES[lang]);
  return (n) => f.format(n);
}

/** "a, b dan c" / "a, b and c". */
export function listText(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'id' ? 'dan' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

/** Years as ranges: [2016, 2020, 2021, 2022] → "2016, 2020–2022". */
export function yearRanges(years: readonly number[], lang: Lang): string {
  const ranges: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else ranges.push([y, y]);
  }
  return listText(
    ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)),
    lang,
  );
}

export const STRINGS = {
  id: {
    status: labelsIn(statusLabels, 'id'),
    qualifier: labelsIn(qualifierLabels, 'id'),
    yes: 'ya',
    no: 'tidak',
    participants: 'peserta',
    cohorts: 'angkatan',
    cohortsOf: (n: string) => `${n} angkatan`,
    participantsOf: (n: string) => `${n} peserta`,
    emptyYear: 'tidak ada angkatan tercatat',
    tentativeLegend: 'direncanakan/diumumkan (tidak dihitung dalam total)',
    unknownLegend: '+? jumlah sebagian peserta tidak diketahui (angka minimum)',
    unknownTitle: 'jumlah sebagian peserta tidak diketahui',
    notHeld: 'belum terlaksana, tidak dihitung',
    titles: {
      'participants-by-year': 'Peserta per tahun, menurut tema',
      'participants-by-theme': 'Peserta menurut tema',
      'cohorts-by-year': 'Angkatan per tahun, menurut status',
      'claims-vs-record': 'Klaim dibandingkan catatan',
    },
    columns: {
      year: 'Tahun',
      theme: 'Tema',
      status: 'Status',
      cohorts: 'Angkatan',
      participants: 'Peserta',
      minimum: 'Angka minimum',
      date: 'Tanggal',
      series: 'Seri',
      value: 'Nilai',
      qualifier: 'Kualifikasi',
      windowStart: 'Awal rentang',
      documented: 'Tercatat (cakupan klaim)',
      record: 'Rekaman',
    },
    series: { documented: 'tercatat (kumulatif)', claim: 'klaim' },
    documentedLegend: 'peserta tercatat, kumulatif (angkatan terlaksana)',
    claimLegend: 'klaim jumlah peserta (titik: tanggal pernyataan)',
    windowLegend: 'rentang waktu yang dicakup klaim',
    stepLabel: 'tercatat: {total}',
    gapLabel: 'selisih {gap}',
    gapLegend: 'selisih: angka klaim dikurangi peserta tercatat dalam cakupan klaim itu',
    cumulativeAxis: 'peserta (kumulatif)',
  },
  en: {
    status: labelsIn(statusLabels, 'en'),
    qualifier: labelsIn(qualifierLabels, 'en'),
    yes: 'yes',
    no: 'no',
    participants: 'participants',
    cohorts: 'cohorts',
    cohortsOf: (n: string) => `${n} ${n === '1' ? 'cohort' : 'cohorts'}`,
    participantsOf: (n: string) => `${n} ${n === '1' ? 'participant' : 'participants'}`,
    emptyYear: 'no documented cohort',
    tentativeLegend: 'planned/announced (not counted in totals)',
    unknownLegend: '+? some participants of unknown number (a minimum)',
    unknownTitle: 'some participants of unknown number',
    notHeld: 'not held yet, not counted',
    titles: {
      'participants-by-year': 'Participants per year, by theme',
      'participants-by-theme': 'Participants by theme',
      'cohorts-by-year': 'Cohorts per year, by status',
      'claims-vs-record': 'Claims against the record',
    },
    columns: {
      year: 'Year',
      theme: 'Theme',
      status: 'Status',
      cohorts: 'Cohorts',
      participants: 'Participants',
      minimum: 'Minimum',
      date: 'Date',
      series: 'Series',
      value: 'Value',
      qualifier: 'Qualifier',
      windowStart: 'Window start',
      documented: 'Documented (claim scope)',
      record: 'Record',
    },
    series: { documented: 'documented (cumulative)', claim: 'claim' },
    documentedLegend: 'documented participants, cumulative (held cohorts)',
    claimLegend: 'claimed number of participants (point: date of the statement)',
    windowLegend: 'period the claim covers',
    stepLabel: 'documented: {total}',
    gapLabel: 'gap {gap}',
    gapLegend: 'gap: the claimed number minus the participants documented under that claim’s scope',
    cumulativeAxis: 'participants (cumulative)',
  },
} as const;

/** Words of the figure around a chart (ChartFigure). */
export const FIGURE_STRINGS = {
  id: { notes: 'Catatan', table: 'Tabel data', csv: 'Unduh data (CSV)', legend: 'Keterangan' },
  en: { notes: 'Notes', table: 'Data table', csv: 'Download the data (CSV)', legend: 'Legend' },
} as const;
