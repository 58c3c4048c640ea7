/**
 * The open data tables, built from the same collections as the pages: one
 * function per table, each returning its columns (with descriptions taken
 * from the zod schemas where a column is a field of an entry) and its rows
 * in a fixed order. Pure and deterministic.
 */
import type { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { citationSchema } from '../../schemas/citation.ts';
import { claimMetrics, claimQualifiers, claimSchema } from '../../schemas/claim.ts';
import { cohortSchema, cohortStatuses } from '../../schemas/cohort.ts';
import { contextEventSchema, contextKinds } from '../../schemas/context-event.ts';
import { correctionSchema } from '../../schemas/correction.ts';
import { termSchema, vocabularyNames } from '../../schemas/vocabulary.ts';
import { describeField } from '../check/schema-issues.ts';
import { compareDates, yearOf } from '../dates/partial-date.ts';
import { participantTotal } from '../data/participants.ts';
import { recordCitations, type CitingRecord } from '../data/provenance.ts';
import { reconcileClaims } from '../data/reconcile.ts';
import { cohortName } from '../site/names.ts';
import { routes } from '../site/routes.ts';
import { correctionLog } from './corrections.ts';
import { completeRow, type Bilingual, type Column, type Row, type Table } from './table.ts';
import { absolute, type OpenDataInput } from './types.ts';
import { factValue } from './values.ts';

/** The tables, in the order they are listed on the open data page. */
export const TABLE_NAMES = [
  'cohorts',
  'participants',
  'participants-by-year-theme',
  'claims',
  'sources',
  'articles',
  'context-events',
  'corrections',
  'vocabularies',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** The Indonesian and English description of a field of a content schema. */
function doc(schema: z.ZodType, path: readonly (string | number)[]): Bilingual {
  const d = describeField(schema, path);
  if (!d?.description || !d.description_en) throw new Error(`no description for ${path.join('.')}`);
  return { id: d.description, en: d.description_en };
}

type Extra = Omit<Column, 'name' | 'type' | 'description'>;
const text = (name: string, description: Bilingual, extra: Extra = {}): Column => ({
  name,
  type: 'string',
  description,
  ...extra,
});
const integer = (name: string, description: Bilingual, extra: Extra = {}): Column => ({
  name,
  type: 'integer',
  description,
  ...extra,
});
const bool = (name: string, description: Bilingual): Column => ({
  name,
  type: 'boolean',
  required: true,
  description,
});
const list = (name: string, description: Bilingual): Column => ({
  name,
  type: 'array',
  description,
});
const date = (name: string, description: Bilingual, extra: Extra = {}): Column =>
  text(name, description, { format: 'partial-date', ...extra });

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const pageColumns = (what: Bilingual): Column[] => [
  text(
    'page_id',
    {
      id: `Alamat halaman ${what.id} (bahasa Indonesia).`,
      en: `Address of the ${what.en} page (Indonesian).`,
    },
    { format: 'uri', required: true },
  ),
  text(
    'page_en',
    {
      id: `Alamat halaman ${what.id} (bahasa Inggris).`,
      en: `Address of the ${what.en} page (English).`,
    },
    { format: 'uri', required: true },
  ),
];

const ID_COLUMN = (dir: string, ext: string): Column =>
  text(
    'id',
    {
      id: `Id rekaman: nama berkasnya di content/${dir} tanpa ${ext}.`,
      en: `Id of the record: its file name in content/${dir} without ${ext}.`,
    },
    { required: true },
  );

function sortedCohorts(input: OpenDataInput) {
  return [...input.cohorts].sort(
    (a, b) => compareDates(a.data.period.start, b.data.period.start) || byId(a, b),
  );
}
function sortedClaims(input: OpenDataInput) {
  return [...input.claims].sort(
    (a, b) => compareDates(a.data.made_on, b.data.made_on) || byId(a, b),
  );
}
function sortedArticles(input: OpenDataInput) {
  return [...input.articles].sort(
    (a, b) => compareDates(a.data.published, b.data.published) || byId(a, b),
  );
}
function sortedContext(input: OpenDataInput) {
  return [...input.context].sort((a, b) => compareDates(a.data.date, b.data.date) || byId(a, b));
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

function table(
  name: TableName,
  title: Bilingual,
  description: Bilingual,
  columns: Column[],
  primaryKey: string[],
  rows: Row[],
): Table {
  return {
    name,
    title,
    description,
    columns,
    primaryKey,
    rows: rows.map((r) => completeRow(columns, r)),
  };
}

const COUNT_KNOWN: Bilingual = {
  id: 'true bila jumlah setiap kelompok peserta diketahui; false bila ada kelompok yang jumlahnya tidak disebut sumber (jumlahnya lalu hanya batas bawah, bukan 0).',
  en: 'true when the size of every participant group is known; false when a source does not give some group’s size (the figure is then only a minimum, never 0).',
};

/** cohorts: one row per cohort. */
export function cohortsTable(input: OpenDataInput): Table {
  const s = cohortSchema;
  const columns: Column[] = [
    ID_COLUMN('cohorts', '.yaml'),
    text(
      'name_id',
      {
        id: 'Nama tampilan angkatan (tema — periode), bahasa Indonesia.',
        en: 'Display name of the cohort (theme — period), Indonesian.',
      },
      { required: true },
    ),
    text(
      'name_en',
      { id: 'Nama tampilan angkatan, bahasa Inggris.', en: 'Display name of the cohort, English.' },
      { required: true },
    ),
    text('programme', doc(s, ['programme']), { required: true }),
    text('theme', doc(s, ['theme']), { required: true }),
    text('course_name', doc(s, ['course_name'])),
    text('status', doc(s, ['status']), { required: true, values: cohortStatuses }),
    date('period_start', doc(s, ['period', 'start']), { required: true }),
    date('period_end', doc(s, ['period', 'end'])),
    text('place', doc(s, ['place']), { required: true }),
    text('host', doc(s, ['host'])),
    integer('participants', {
      id: 'Jumlah peserta bila jumlah setiap kelompok diketahui; kosong bila ada kelompok yang jumlahnya tidak diketahui.',
      en: 'Number of participants when every group’s size is known; empty when some group’s size is unknown.',
    }),
    integer('participants_at_least', {
      id: 'Jumlah peserta dari kelompok yang jumlahnya diketahui (batas bawah); kosong bila tidak ada yang diketahui.',
      en: 'Participants in the groups whose size is known (a minimum); empty when none is known.',
    }),
    bool('count_known', COUNT_KNOWN),
    list('unknown_groups', {
      id: 'Kunci kelompok peserta yang jumlahnya tidak diketahui (daftar JSON).',
      en: 'Keys of the participant groups whose size is unknown (JSON list).',
    }),
    date('sendoff_date', doc(s, ['sendoff', 'date'])),
    text('sendoff_place', doc(s, ['sendoff', 'place'])),
    text('sendoff_by', doc(s, ['sendoff', 'by'])),
    list('experts', {
      id: `${doc(s, ['experts']).id} Daftar JSON berisi objek {name, role}.`,
      en: `${doc(s, ['experts']).en} JSON list of {name, role} objects.`,
    }),
    list('site_visits', {
      id: `${doc(s, ['site_visits']).id} (daftar JSON)`,
      en: `${doc(s, ['site_visits']).en} (JSON list)`,
    }),
    text('note_id', { id: 'Catatan kami (bahasa Indonesia).', en: 'Our note (Indonesian).' }),
    text('note_en', { id: 'Catatan kami (bahasa Inggris).', en: 'Our note (English).' }),
    list('source_articles', {
      id: 'Id artikel yang dikutip rekaman ini (daftar JSON); kutipannya ada di sources.',
      en: 'Ids of the articles this record quotes (JSON list); the passages are in sources.',
    }),
    integer(
      'corrections',
      {
        id: 'Jumlah koreksi rekaman ini (rinciannya di corrections).',
        en: 'Number of corrections of this record (details in corrections).',
      },
      { required: true },
    ),
    ...pageColumns({ id: 'angkatan', en: 'cohort' }),
  ];
  const { themes } = input.vocabularies;
  const rows = sortedCohorts(input).map((c): Row => {
    const d = c.data;
    const total = participantTotal(d);
    const anyKnown = d.participants.some((p) => p.count !== 'unknown');
    return {
      id: c.id,
      name_id: cohortName(d, themes, 'id'),
      name_en: cohortName(d, themes, 'en'),
      programme: d.programme,
      theme: d.theme,
      course_name: d.course_name ?? null,
      status: d.status,
      period_start: d.period.start,
      period_end: d.period.end ?? null,
      place: d.place,
      host: d.host ?? null,
      participants: total.complete ? total.known : null,
      participants_at_least: anyKnown ? total.known : null,
      count_known: total.complete,
      unknown_groups: total.unknownGroups,
      sendoff_date: d.sendoff?.date ?? null,
      sendoff_place: d.sendoff?.place ?? null,
      sendoff_by: d.sendoff?.by ?? null,
      experts:
        d.experts?.map((e) => (e.role ? { name: e.name, role: e.role } : { name: e.name })) ?? null,
      site_visits: d.site_visits ?? null,
      note_id: d.note?.id ?? null,
      note_en: d.note?.en ?? null,
      source_articles: unique(d.sources.map((x) => x.article)),
      corrections: d.corrections?.length ?? 0,
      page_id: absolute(input, routes.cohort('id', c.id)),
      page_en: absolute(input, routes.cohort('en', c.id)),
    };
  });
  return table(
    'cohorts',
    { id: 'Angkatan', en: 'Cohorts' },
    {
      id: 'Satu baris per angkatan: program, tema, status, periode, tempat, penyelenggara, peserta, pelepasan, pakar, kunjungan. Jumlah yang tidak diketahui dibiarkan kosong, tidak pernah 0.',
      en: 'One row per cohort: programme, theme, status, period, place, host, participants, send-off, experts, site visits. Unknown counts are left empty, never 0.',
    },
    columns,
    ['id'],
    rows,
  );
}

/** participants: one row per cohort and participant group. */
export function participantsTable(input: OpenDataInput): Table {
  const columns: Column[] = [
    text(
      'cohort_id',
      { id: 'Id angkatan (lihat cohorts).', en: 'Id of the cohort (see cohorts).' },
      { required: true },
    ),
    text('group', doc(cohortSchema, ['participants', 0, 'group']), { required: true }),
    integer('count', {
      id: 'Jumlah orang dalam kelompok; kosong bila sumber tidak menyebutkannya (bukan 0).',
      en: 'Number of people in the group; empty when the source does not give it (never 0).',
    }),
    bool('count_known', {
      id: 'true bila sumber menyebut jumlah kelompok ini; false bila tidak.',
      en: 'true when a source gives the size of this group; false when none does.',
    }),
    text('status', doc(cohortSchema, ['status']), { required: true, values: cohortStatuses }),
    integer(
      'year',
      { id: 'Tahun mulai pelatihan.', en: 'Year the training started.' },
      { required: true },
    ),
  ];
  const rows = sortedCohorts(input).flatMap((c) =>
    c.data.participants.map((p): Row => ({
      cohort_id: c.id,
      group: p.group,
      count: p.count === 'unknown' ? null : p.count,
      count_known: p.count !== 'unknown',
      status: c.data.status,
      year: yearOf(c.data.period.start),
    })),
  );
  return table(
    'participants',
    { id: 'Peserta per angkatan dan kelompok', en: 'Participants by cohort and group' },
    {
      id: 'Satu baris per kelompok peserta dalam setiap angkatan (mis. ASN Pemkot Jambi, manajemen Perumdam Tirta Mayang). Jumlah yang tidak disebut sumber kosong dengan count_known = false.',
      en: 'One row per participant group of each cohort (e.g. Kota Jambi civil servants, managers of the city water utility). Counts no source gives are empty, with count_known = false.',
    },
    columns,
    ['cohort_id', 'group'],
    rows,
  );
}

/** participants-by-year-theme: participants per start year, theme and status. */
export function participantsByYearThemeTable(input: OpenDataInput): Table {
  const columns: Column[] = [
    integer(
      'year',
      { id: 'Tahun mulai pelatihan.', en: 'Year the training started.' },
      { required: true },
    ),
    text('theme', doc(cohortSchema, ['theme']), { required: true }),
    text('status', doc(cohortSchema, ['status']), { required: true, values: cohortStatuses }),
    integer('cohorts', { id: 'Jumlah angkatan.', en: 'Number of cohorts.' }, { required: true }),
    integer('participants', {
      id: 'Jumlah peserta bila semua jumlah diketahui; kosong bila tidak.',
      en: 'Number of participants when every count is known; empty otherwise.',
    }),
    integer('participants_at_least', {
      id: 'Jumlah peserta yang diketahui (batas bawah); kosong bila tidak ada yang diketahui.',
      en: 'Participants whose number is known (a minimum); empty when none is known.',
    }),
    bool('count_known', COUNT_KNOWN),
    list('cohort_ids', {
      id: 'Id angkatan yang dihitung (daftar JSON).',
      en: 'Ids of the cohorts counted (JSON list).',
    }),
  ];
  interface Acc {
    year: number;
    theme: string;
    status: string;
    ids: string[];
    known: number;
    anyKnown: boolean;
    complete: boolean;
  }
  const cells = new Map<string, Acc>();
  for (const c of sortedCohorts(input)) {
    const d = c.data;
    const year = yearOf(d.period.start);
    const key = `${year}\u0000${d.theme}\u0000${d.status}`;
    const acc = cells.get(key) ?? {
      year,
      theme: d.theme,
      status: d.status,
      ids: [],
      known: 0,
      anyKnown: false,
      complete: true,
    };
    const total = participantTotal(d);
    acc.ids.push(c.id);
    acc.known += total.known;
    acc.anyKnown ||= d.participants.some((p) => p.count !== 'unknown');
    acc.complete &&= total.complete;
    cells.set(key, acc);
  }
  const statusOrder = (s: string) => (cohortStatuses as readonly string[]).indexOf(s);
  const rows = [...cells.values()]
    .sort(
      (a, b) =>
        a.year - b.year ||
        a.theme.localeCompare(b.theme) ||
        statusOrder(a.status) - statusOrder(b.status),
    )
    .map((a): Row => ({
      year: a.year,
      theme: a.theme,
      status: a.status,
      cohorts: a.ids.length,
      participants: a.complete ? a.known : null,
      participants_at_least: a.anyKnown ? a.known : null,
      count_known: a.complete,
      cohort_ids: a.ids,
    }));
  return table(
    'participants-by-year-theme',
    { id: 'Peserta per tahun dan tema', en: 'Participants by year and theme' },
    {
      id: 'Peserta per tahun mulai, tema dan status. Angkatan terlaksana, direncanakan dan diumumkan ada di baris terpisah dan tidak pernah dijumlahkan bersama; tahun tanpa baris berarti tidak ada angkatan tercatat, bukan nol angkatan.',
      en: 'Participants per start year, theme and status. Held, planned and announced cohorts are separate rows and never added together; a year without rows means no documented cohort, not zero cohorts.',
    },
    columns,
    ['year', 'theme', 'status'],
    rows,
  );
}

/** claims: one row per aggregate claim, with its reconciliation. */
export function claimsTable(input: OpenDataInput): Table {
  const s = claimSchema;
  const columns: Column[] = [
    ID_COLUMN('claims', '.yaml'),
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
    text('scope_excludes_id', {
      id: `${doc(s, ['scope', 'excludes']).id} (bahasa Indonesia)`,
      en: `${doc(s, ['scope', 'excludes']).en} (Indonesian)`,
    }),
    text('scope_excludes_en', {
      id: `${doc(s, ['scope', 'excludes']).id} (bahasa Inggris)`,
      en: `${doc(s, ['scope', 'excludes']).en} (English)`,
    }),
    text(
      'statement_id',
      {
        id: 'Pernyataan dengan kata-kata kami (bahasa Indonesia).',
        en: 'The statement in our words (Indonesian).',
      },
      { required: true },
    ),
    text(
      'statement_en',
      {
        id: 'Pernyataan dengan kata-kata kami (bahasa Inggris).',
        en: 'The statement in our words (English).',
      },
      { required: true },
    ),
    text('note_id', { id: 'Catatan kami (bahasa Indonesia).', en: 'Our note (Indonesian).' }),
    text('note_en', { id: 'Catatan kami (bahasa Inggris).', en: 'Our note (English).' }),
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
        id: 'matches (sesuai), undocumented (tidak tercatat sepenuhnya), matches-with-planned (sesuai bila yang direncanakan dihitung), exceeds (catatan melebihi klaim).',
        en: 'matches, undocumented (not fully documented), matches-with-planned (matches only if planned cohorts count), exceeds (the record exceeds the claim).',
      },
      { required: true, values: ['matches', 'undocumented', 'matches-with-planned', 'exceeds'] },
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
      { id: 'Jumlah koreksi rekaman ini.', en: 'Number of corrections of this record.' },
      { required: true },
    ),
    ...pageColumns({ id: 'klaim', en: 'claim' }),
  ];
  const order = new Map(sortedClaims(input).map((c, i) => [c.id, i]));
  const rows = reconcileClaims(input.claims, input.cohorts)
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
        scope_excludes_id: d.scope.excludes?.id ?? null,
        scope_excludes_en: d.scope.excludes?.en ?? null,
        statement_id: d.statement.id,
        statement_en: d.statement.en,
        note_id: d.note?.id ?? null,
        note_en: d.note?.en ?? null,
        window_from: r.from ?? null,
        window_to: r.to,
        documented: r.documented,
        documented_count_known: !r.hasUnknownCounts,
        documented_with_planned: r.documentedWithPlanned,
        gap: r.gap,
        verdict: r.verdict,
        counted_cohorts: r.counted.map((c) => c.id),
        counted_if_planned: r.countedIfPlanned.map((c) => c.id),
        source_articles: unique(d.sources.map((x) => x.article)),
        corrections: d.corrections?.length ?? 0,
        page_id: absolute(input, routes.claim('id', r.claim.id)),
        page_en: absolute(input, routes.claim('en', r.claim.id)),
      };
    });
  return table(
    'claims',
    { id: 'Klaim dan rekonsiliasinya', en: 'Claims and their reconciliation' },
    {
      id: 'Satu baris per pernyataan agregat dalam artikel ("150 ASN dalam 6 angkatan"), disandingkan dengan jumlah angkatan yang terdokumentasi pada tanggal klaim dengan cakupan yang sama.',
      en: 'One row per aggregate statement made in an article ("150 civil servants in 6 cohorts"), set against what the documented cohorts add up to at the date of the claim, under the same scope.',
    },
    columns,
    ['id'],
    rows,
  );
}

/** sources: one row per fact and the passage that supports (or disputes) it. */
export function sourcesTable(input: OpenDataInput): Table {
  const c = citationSchema;
  const columns: Column[] = [
    text(
      'record_kind',
      {
        id: 'Jenis rekaman: cohort (angkatan), claim (klaim) atau context (peristiwa konteks).',
        en: 'Kind of record: cohort, claim or context (context event).',
      },
      { required: true, values: ['cohort', 'claim', 'context'] },
    ),
    text(
      'record_id',
      {
        id: 'Id rekaman (lihat cohorts, claims, context-events).',
        en: 'Id of the record (see cohorts, claims, context-events).',
      },
      { required: true },
    ),
    text(
      'field',
      {
        id: 'Kolom fakta rekaman, mis. period, participants.asn-kota-jambi.',
        en: 'Fact field of the record, e.g. period, participants.asn-kota-jambi.',
      },
      { required: true },
    ),
    text(
      'value',
      {
        id: 'Nilai fakta: untuk supports, nilai tercatat (kunci, tanggal ISO, periode awal/akhir, angka atau unknown; daftar dipisah " | "); untuk differs, nilai lain menurut kutipan ini.',
        en: 'The value: for supports, the recorded value (key, ISO date, start/end period, number or unknown; lists joined by " | "); for differs, the other value this passage gives.',
      },
      { required: true },
    ),
    text(
      'relation',
      {
        id: 'supports: kutipan mendukung nilai tercatat; differs: kutipan menyebut nilai lain (perbedaan antarsumber).',
        en: 'supports: the passage supports the recorded value; differs: the passage gives another value (sources disagree).',
      },
      { required: true, values: ['supports', 'differs'] },
    ),
    integer(
      'citation',
      { id: 'Nomor sumber pada halaman rekaman.', en: 'Number of the source on the record page.' },
      { required: true },
    ),
    text('article', doc(c, ['article']), { required: true }),
    text('quote', doc(c, ['quote']), { required: true }),
    text('note', doc(c, ['note'])),
    text(
      'passage_page',
      {
        id: 'Alamat kutipan yang disorot di halaman artikel kami.',
        en: 'Address of the highlighted passage on our article page.',
      },
      { format: 'uri', required: true },
    ),
    text(
      'article_url',
      {
        id: 'Alamat asli artikel; kosong bila tidak diketahui.',
        en: 'Original address of the article; empty when unknown.',
      },
      { format: 'uri' },
    ),
  ];
  const articleUrl = new Map(input.articles.map((a) => [a.id, a.data.url]));
  const records: CitingRecord[] = [
    ...sortedCohorts(input).map((x) => ({ kind: 'cohort' as const, id: x.id, data: x.data })),
    ...sortedClaims(input).map((x) => ({ kind: 'claim' as const, id: x.id, data: x.data })),
    ...sortedContext(input).map((x) => ({ kind: 'context' as const, id: x.id, data: x.data })),
  ];
  const dataOf = new Map<string, Parameters<typeof factValue>[0]>([
    ...input.cohorts.map((x): [string, Parameters<typeof factValue>[0]] => [
      `cohort:${x.id}`,
      { kind: 'cohort', data: x.data },
    ]),
    ...input.claims.map((x): [string, Parameters<typeof factValue>[0]] => [
      `claim:${x.id}`,
      { kind: 'claim', data: x.data },
    ]),
    ...input.context.map((x): [string, Parameters<typeof factValue>[0]] => [
      `context:${x.id}`,
      { kind: 'context', data: x.data },
    ]),
  ]);
  const rows = records.flatMap((r) => {
    const record = dataOf.get(`${r.kind}:${r.id}`);
    return recordCitations(r).list.flatMap((cite) =>
      cite.supports.map((field): Row => {
        const url = articleUrl.get(cite.article);
        return {
          record_kind: r.kind,
          record_id: r.id,
          field,
          value: cite.variant ? cite.variant.value : ((record && factValue(record, field)) ?? null),
          relation: cite.variant ? 'differs' : 'supports',
          citation: cite.n,
          article: cite.article,
          quote: cite.quote,
          note: cite.variant ? (cite.variant.note?.id ?? null) : (cite.note ?? null),
          passage_page: absolute(input, `${routes.source('id', cite.article)}#${cite.anchor}`),
          article_url: url === undefined || url === 'unknown' ? null : url,
        };
      }),
    );
  });
  return table(
    'sources',
    { id: 'Sumber setiap fakta', en: 'Source of every fact' },
    {
      id: 'Satu baris per fakta dan kutipan: rekaman, kolom, nilai, artikel dan kutipan persisnya. Kutipan diperiksa oleh build: harus muncul tepat satu kali dalam teks artikel yang disimpan.',
      en: 'One row per fact and passage: record, field, value, article and the exact quote. The build checks every quote: it must occur exactly once in the stored article text.',
    },
    columns,
    ['record_kind', 'record_id', 'citation', 'field'],
    rows,
  );
}

/** articles: one row per source article (metadata, not the text). */
export function articlesTable(input: OpenDataInput): Table {
  const s = articleSchema;
  const columns: Column[] = [
    ID_COLUMN('articles', '.md'),
    text('title', doc(s, ['title']), { required: true }),
    text('title_basis', doc(s, ['title_basis']), {
      required: true,
      values: ['headline', 'address', 'editorial'],
    }),
    text('outlet', doc(s, ['outlet']), { required: true }),
    text('outlet_note', doc(s, ['outlet_note'])),
    date('published', doc(s, ['published']), { required: true }),
    text('published_time', doc(s, ['published_time'])),
    text('published_note', doc(s, ['published_note'])),
    text(
      'url',
      {
        id: 'Alamat web asli; kosong bila tidak diketahui.',
        en: 'Original web address; empty when unknown.',
      },
      { format: 'uri' },
    ),
    list('also_at', {
      id: `${doc(s, ['also_at']).id} (daftar JSON)`,
      en: `${doc(s, ['also_at']).en} (JSON list)`,
    }),
    text('language', doc(s, ['language']), { required: true, values: ['id', 'en'] }),
    text('kind', doc(s, ['kind']), {
      required: true,
      values: ['press-release', 'news', 'republication'],
    }),
    text('republishes_outlet', {
      id: 'Media artikel asal yang ditulis ulang.',
      en: 'Outlet of the article this one republishes.',
    }),
    date('republishes_published', {
      id: 'Tanggal terbit artikel asal.',
      en: 'Publication date of the republished article.',
    }),
    text(
      'republishes_url',
      { id: 'Alamat artikel asal.', en: 'Address of the republished article.' },
      { format: 'uri' },
    ),
    text('credit', doc(s, ['credit'])),
    text('reporter', doc(s, ['reporter'])),
    text('editor', doc(s, ['editor'])),
    text('capture', doc(s, ['capture']), { required: true, values: ['complete', 'partial'] }),
    text(
      'summary_id',
      { id: 'Ringkasan kami (bahasa Indonesia).', en: 'Our summary (Indonesian).' },
      { required: true },
    ),
    text(
      'summary_en',
      { id: 'Ringkasan kami (bahasa Inggris).', en: 'Our summary (English).' },
      { required: true },
    ),
    ...pageColumns({ id: 'artikel', en: 'article' }),
  ];
  const rows = sortedArticles(input).map((a): Row => {
    const d = a.data;
    return {
      id: a.id,
      title: d.title,
      title_basis: d.title_basis,
      outlet: d.outlet,
      outlet_note: d.outlet_note ?? null,
      published: d.published,
      published_time: d.published_time ?? null,
      published_note: d.published_note ?? null,
      url: d.url === 'unknown' ? null : d.url,
      also_at: d.also_at ?? null,
      language: d.language,
      kind: d.kind,
      republishes_outlet: d.republishes?.outlet ?? null,
      republishes_published: d.republishes?.published ?? null,
      republishes_url: d.republishes?.url ?? null,
      credit: d.credit ?? null,
      reporter: d.reporter ?? null,
      editor: d.editor ?? null,
      capture: d.capture,
      summary_id: d.summary.id,
      summary_en: d.summary.en,
      page_id: absolute(input, routes.source('id', a.id)),
      page_en: absolute(input, routes.source('en', a.id)),
    };
  });
  return table(
    'articles',
    { id: 'Artikel sumber', en: 'Source articles' },
    {
      id: 'Satu baris per siaran pers atau berita yang menjadi sumber: media, tanggal terbit (sejauh diketahui), alamat, jenis. Teks artikel tetap milik penerbitnya dan tidak termasuk di sini.',
      en: 'One row per press release or news report used as a source: outlet, publication date (as far as known), address, kind. The article texts belong to their publishers and are not included.',
    },
    columns,
    ['id'],
    rows,
  );
}

/** context-events: events shown for context and never counted. */
export function contextTable(input: OpenDataInput): Table {
  const s = contextEventSchema;
  const columns: Column[] = [
    ID_COLUMN('context', '.yaml'),
    date('date', doc(s, ['date']), { required: true }),
    text('date_basis', doc(s, ['date_basis']), {
      required: true,
      values: ['stated', 'publication'],
    }),
    text('kind', doc(s, ['kind']), { required: true, values: contextKinds }),
    text(
      'title_id',
      { id: 'Judul singkat (bahasa Indonesia).', en: 'Short title (Indonesian).' },
      { required: true },
    ),
    text(
      'title_en',
      { id: 'Judul singkat (bahasa Inggris).', en: 'Short title (English).' },
      { required: true },
    ),
    text(
      'summary_id',
      { id: 'Ringkasan (bahasa Indonesia).', en: 'Summary (Indonesian).' },
      { required: true },
    ),
    text(
      'summary_en',
      { id: 'Ringkasan (bahasa Inggris).', en: 'Summary (English).' },
      { required: true },
    ),
    list('source_articles', {
      id: 'Id artikel sumber (daftar JSON).',
      en: 'Ids of the source articles (JSON list).',
    }),
    ...pageColumns({ id: 'linimasa', en: 'timeline' }),
  ];
  const rows = sortedContext(input).map((e): Row => ({
    id: e.id,
    date: e.data.date,
    date_basis: e.data.date_basis,
    kind: e.data.kind,
    title_id: e.data.title.id,
    title_en: e.data.title.en,
    summary_id: e.data.summary.id,
    summary_en: e.data.summary.en,
    source_articles: unique(e.data.sources.map((x) => x.article)),
    page_id: absolute(input, routes.context('id', e.id)),
    page_en: absolute(input, routes.context('en', e.id)),
  }));
  return table(
    'context-events',
    { id: 'Peristiwa konteks', en: 'Context events' },
    {
      id: 'Peristiwa yang memberi konteks (perjanjian kementerian, penghargaan) tetapi bukan angkatan: tidak pernah dihitung dalam angka mana pun.',
      en: 'Events that give context (a ministry agreement, an award) but are not cohorts: never counted in any figure.',
    },
    columns,
    ['id'],
    rows,
  );
}

/** corrections: every change to a published value. */
export function correctionsTable(input: OpenDataInput): Table {
  const s = correctionSchema;
  const columns: Column[] = [
    text(
      'record_kind',
      { id: 'Jenis rekaman: cohort atau claim.', en: 'Kind of record: cohort or claim.' },
      { required: true, values: ['cohort', 'claim'] },
    ),
    text('record_id', { id: 'Id rekaman.', en: 'Id of the record.' }, { required: true }),
    text('date', doc(s, ['date']), { required: true, format: 'date' }),
    text('field', doc(s, ['field']), { required: true }),
    text('previous', doc(s, ['previous']), { required: true }),
    text('current', {
      id: 'Nilai sekarang (seperti kolom value di sources).',
      en: 'The value now (as in the value column of sources).',
    }),
    text(
      'reason_id',
      { id: 'Alasan koreksi (bahasa Indonesia).', en: 'Why the value was changed (Indonesian).' },
      { required: true },
    ),
    text(
      'reason_en',
      { id: 'Alasan koreksi (bahasa Inggris).', en: 'Why the value was changed (English).' },
      { required: true },
    ),
    text('source_article', doc(s, ['source', 'article'])),
    text('source_quote', doc(s, ['source', 'quote'])),
    ...pageColumns({ id: 'rekaman', en: 'record' }),
  ];
  const rows = correctionLog(input).map((c): Row => {
    const page = (lang: 'id' | 'en') =>
      absolute(
        input,
        c.recordKind === 'cohort'
          ? routes.cohort(lang, c.recordId)
          : routes.claim(lang, c.recordId),
      );
    return {
      record_kind: c.recordKind,
      record_id: c.recordId,
      date: c.date,
      field: c.field,
      previous: c.previous,
      current: c.current ?? null,
      reason_id: c.reason.id,
      reason_en: c.reason.en,
      source_article: c.source?.article ?? null,
      source_quote: c.source?.quote ?? null,
      page_id: page('id'),
      page_en: page('en'),
    };
  });
  return table(
    'corrections',
    { id: 'Koreksi', en: 'Corrections' },
    {
      id: 'Setiap nilai yang diubah setelah terbit: rekaman, kolom, nilai sebelumnya, nilai sekarang, tanggal dan alasan. Terbaru lebih dulu.',
      en: 'Every value changed after publication: record, field, previous value, current value, date and reason. Newest first.',
    },
    columns,
    ['record_kind', 'record_id', 'date', 'field'],
    rows,
  );
}

/** vocabularies: every term of every controlled vocabulary. */
export function vocabulariesTable(input: OpenDataInput): Table {
  const s = termSchema;
  const columns: Column[] = [
    text(
      'vocabulary',
      {
        id: 'Nama kosakata (berkas di content/vocabularies).',
        en: 'Name of the vocabulary (file in content/vocabularies).',
      },
      { required: true, values: vocabularyNames },
    ),
    text(
      'key',
      {
        id: 'Kunci istilah, seperti dipakai di rekaman.',
        en: 'Key of the term, as records use it.',
      },
      { required: true },
    ),
    text(
      'label_id',
      { id: 'Label (bahasa Indonesia).', en: 'Label (Indonesian).' },
      { required: true },
    ),
    text('label_en', { id: 'Label (bahasa Inggris).', en: 'Label (English).' }, { required: true }),
    list('terms', {
      id: `${doc(s, ['terms']).id} (daftar JSON)`,
      en: `${doc(s, ['terms']).en} (JSON list)`,
    }),
    text('description_id', {
      id: 'Penjelasan (bahasa Indonesia).',
      en: 'Description (Indonesian).',
    }),
    text('description_en', { id: 'Penjelasan (bahasa Inggris).', en: 'Description (English).' }),
    text('website', doc(s, ['website']), { format: 'uri' }),
  ];
  const v = input.vocabularies;
  const maps: Record<(typeof vocabularyNames)[number], TermMapsValue> = {
    themes: v.themes,
    programmes: v.programmes,
    outlets: v.outlets,
    'participant-groups': v.participantGroups,
    places: v.places,
  };
  const rows = vocabularyNames.flatMap((name) =>
    [...maps[name].entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, t]): Row => ({
        vocabulary: name,
        key,
        label_id: t.label.id,
        label_en: t.label.en,
        terms: t.terms,
        description_id: t.description?.id ?? null,
        description_en: t.description?.en ?? null,
        website: t.website ?? null,
      })),
  );
  return table(
    'vocabularies',
    { id: 'Kosakata terkendali', en: 'Controlled vocabularies' },
    {
      id: 'Tema, program, media, kelompok peserta dan tempat: kunci yang dipakai rekaman, dengan label dalam dua bahasa.',
      en: 'Themes, programmes, outlets, participant groups and places: the keys records use, with labels in both languages.',
    },
    columns,
    ['vocabulary', 'key'],
    rows,
  );
}
type TermMapsValue = OpenDataInput['vocabularies']['themes'];

const BUILDERS: Record<TableName, (input: OpenDataInput) => Table> = {
  cohorts: cohortsTable,
  participants: participantsTable,
  'participants-by-year-theme': participantsByYearThemeTable,
  claims: claimsTable,
  sources: sourcesTable,
  articles: articlesTable,
  'context-events': contextTable,
  corrections: correctionsTable,
  vocabularies: vocabulariesTable,
};

/** One table by name. */
export function buildTable(input: OpenDataInput, name: TableName): Table {
  return BUILDERS[name](input);
}

/** Every table, in TABLE_NAMES order. */
export function buildTables(input: OpenDataInput): Table[] {
  return TABLE_NAMES.map((name) => BUILDERS[name](input));
}
