/**
 * claims: one row per aggregate claim, in the order claims were made, with
 * the reconciliation `reconcileClaims` computes for the claim check page.
 */
import { claimMetrics, claimQualifiers, claimSchema } from '../../../schemas/claim.ts';
import { VERDICTS } from '../../data/reconcile.ts';
import { routes } from '../../site/routes.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import {
  bilingualColumns,
  bool,
  date,
  doc,
  idColumn,
  integer,
  list,
  noteColumns,
  pageColumns,
  text,
} from './columns.ts';
import {
  bilingualCells,
  correctionCount,
  pageCells,
  sortedClaims,
  sourceArticles,
  table,
} from './rows.ts';

function columns(): Column[] {
  const s = claimSchema;
  return [
    idColumn('claims', '.yaml'),
    text('metric', doc(s, ['metric']), { required: true, values: claimMetrics }),
    integer('value', doc(s, ['value']), { required: true }),
    text('qualifier', doc(s, ['qualifier']), { required: true, values: claimQualifiers }),
    date('made_on', doc(s, ['made_on']), { required: true }),
    text('speaker', doc(s, ['speaker'])),
    text('scope_programme', doc(s, ['scope', 'programme'])),
    text('scope_place', doc(s, ['scope', 'place'])),
    date('scope_since', doc(s, ['scope', 'since'])),
    integer('scope_window_years', doc(s, ['scope', 'window_years'])),
    integer('scope_year', doc(s, ['scope', 'year'])),
    ...bilingualColumns('scope_excludes', doc(s, ['scope', 'excludes']), {}, ''),
    ...bilingualColumns(
      'statement',
      { id: 'Pernyataan dengan kata-kata kami', en: 'The statement in our words' },
      { required: true },
    ),
    ...noteColumns(),
    date('window_from', {
      id: 'Awal periode yang dicakup klaim (dari scope.since atau made_on dikurangi window_years); kosong bila klaim tidak membatasi.',
      en: 'Start of the period the claim covers (scope.since, or made_on minus window_years); empty when the claim sets none.',
    }),
    date(
      'window_to',
      {
        id: 'Akhir periode: tanggal klaim dibuat.',
        en: 'End of the period: the date the claim was made.',
      },
      { required: true },
    ),
    integer(
      'documented',
      {
        id: 'Nilai menurut angkatan terlaksana yang terdokumentasi dengan cakupan yang sama, pada tanggal klaim. Batas bawah bila documented_count_known = false.',
        en: 'The value from documented held cohorts under the same scope, at the date of the claim. A minimum when documented_count_known is false.',
      },
      { required: true },
    ),
    bool('documented_count_known', {
      id: 'false bila angkatan yang dihitung punya kelompok peserta yang jumlahnya tidak diketahui.',
      en: 'false when a counted cohort has a participant group of unknown size.',
    }),
    integer(
      'documented_with_planned',
      {
        id: 'Nilai bila angkatan yang direncanakan dan diumumkan ikut dihitung.',
        en: 'The value if planned and announced cohorts were counted too.',
      },
      { required: true },
    ),
    integer(
      'gap',
      {
        id: 'Selisih: nilai klaim dikurangi documented (positif: klaim lebih besar).',
        en: 'Claimed minus documented (positive: the claim is larger).',
      },
      { required: true },
    ),
    text(
      'verdict',
      {
        id: 'matches (sesuai catatan: angka yang sama, atau dalam rentang "sekitar"/"hampir"), supported (didukung catatan: batas bawah "sedikitnya"/"lebih dari" tercapai), not-contradicted (tidak bertentangan dengan catatan, tetapi tidak terkonfirmasi: mis. tahun mulai sebelum angkatan pertama yang tercatat), undocumented (tidak tercatat sepenuhnya), matches-with-planned (sesuai bila yang direncanakan dihitung), exceeds (catatan melebihi klaim).',
        en: 'matches (the same figure, or within the range of "about"/"almost"), supported (a lower bound, "at least"/"more than", that the record reaches), not-contradicted (the record neither confirms nor refutes it, e.g. a start year before the first documented cohort), undocumented (not fully documented), matches-with-planned (matches only if planned cohorts count), exceeds (the record exceeds the claim).',
      },
      { required: true, values: VERDICTS },
    ),
    list('counted_cohorts', {
      id: 'Id angkatan yang dihitung dalam documented (daftar JSON).',
      en: 'Ids of the cohorts counted in documented (JSON list).',
    }),
    list('counted_if_planned', {
      id: 'Id angkatan yang hanya dihitung dalam documented_with_planned (daftar JSON).',
      en: 'Ids of the cohorts counted only in documented_with_planned (JSON list).',
    }),
    list('source_articles', {
      id: 'Id artikel yang memuat klaim (daftar JSON).',
      en: 'Ids of the articles that make the claim (JSON list).',
    }),
    integer(
      'corrections',
      { id: 'Jumlah koreksi catatan ini.', en: 'Number of corrections of this record.' },
      { required: true },
    ),
    ...pageColumns({ id: 'klaim', en: 'claim' }),
  ];
}

/** claims: one row per aggregate claim, with its reconciliation. */
export function claimsTable(input: OpenDataInput): Table {
  const order = new Map(sortedClaims(input).map((c, i) => [c.id, i]));
  const rows = [...input.reconciled]
    .sort((a, b) => (order.get(a.claim.id) ?? 0) - (order.get(b.claim.id) ?? 0))
    .map((r): Row => {
      const d = r.claim.data;
      return {
        id: r.claim.id,
        metric: d.metric,
        value: d.value,
        qualifier: d.qualifier,
        made_on: d.made_on,
        speaker: d.speaker ?? null,
        scope_programme: d.scope.programme ?? null,
        scope_place: d.scope.place ?? null,
        scope_since: d.scope.since ?? null,
        scope_window_years: d.scope.window_years ?? null,
        scope_year: d.scope.year ?? null,
        ...bilingualCells('scope_excludes', d.scope.excludes),
        ...bilingualCells('statement', d.statement),
        ...bilingualCells('note', d.note),
        window_from: r.from ?? null,
        window_to: r.to,
        documented: r.documented,
        documented_count_known: !r.hasUnknownCounts,
        documented_with_planned: r.documentedWithPlanned,
        gap: r.gap,
        verdict: r.verdict,
        counted_cohorts: r.counted.map((c) => c.id),
        counted_if_planned: r.countedIfPlanned.map((c) => c.id),
        source_articles: sourceArticles(d.sources),
        corrections: correctionCount(d),
        ...pageCells(input, routes.claim, r.claim.id),
      };
    });
  return table(
    'claims',
    { id: 'Klaim dan rekonsiliasinya', en: 'Claims and their reconciliation' },
    {
      id: 'Satu baris per pernyataan agregat dalam artikel ("150 ASN dalam 6 angkatan"), disandingkan dengan jumlah angkatan yang terdokumentasi pada tanggal klaim dengan cakupan yang sama.',
      en: 'One row per aggregate statement made in an article ("150 civil servants in 6 cohorts"), set against what the documented cohorts add up to at the date of the claim, under the same scope.',
    },
    columns(),
    ['id'],
    rows,
  );
}
