/**
 * cohorts: one row per cohort, oldest first. The participant total comes
 * from `participantTotal`: the government's own groups only, the groups of
 * other bodies listed beside it; an unknown total is an empty cell, never 0.
 */
import { cohortSchema } from '../../../schemas/cohort.ts';
import { knownPeriod } from '../../data/cohort-dates.ts';
import { participantTotal } from '../../data/participants.ts';
import { cohortName } from '../../site/names.ts';
import { routes } from '../../site/routes.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import {
  date,
  doc,
  docList,
  idColumn,
  integer,
  list,
  noteColumns,
  pageColumns,
  participantCountColumns,
  statusColumn,
  text,
  themeColumn,
} from './columns.ts';
import {
  bilingualCells,
  correctionCount,
  hasKnownCount,
  pageCells,
  participantCountCells,
  sortedCohorts,
  sourceArticles,
  table,
} from './rows.ts';

function columns(): Column[] {
  const s = cohortSchema;
  return [
    idColumn('cohorts', '.yaml'),
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
    themeColumn(),
    text('course_name', doc(s, ['course_name'])),
    statusColumn(),
    date('period_start', {
      id: 'Awal pelatihan; kosong bila sumber tidak menyebut tanggal pelatihan (period: unknown, hanya untuk angkatan planned atau announced).',
      en: 'Start of the training; empty when the sources give no training dates (period: unknown, planned or announced cohorts only).',
    }),
    date('period_end', doc(s, ['period', 'end'])),
    text('place', doc(s, ['place']), { required: true }),
    text('host', doc(s, ['host'])),
    ...participantCountColumns(
      {
        id: 'Jumlah peserta pemerintah sendiri (kelompok body own) bila jumlah setiap kelompok itu diketahui; kosong bila ada yang jumlahnya tidak diketahui. Peserta lembaga lain tidak dihitung (lihat other_groups).',
        en: 'Number of the government’s own participants (groups with body own) when every such group’s size is known; empty when some size is unknown. People of other bodies are not counted (see other_groups).',
      },
      {
        id: 'Jumlah peserta pemerintah sendiri dari kelompok yang jumlahnya diketahui (batas bawah); kosong bila tidak ada yang diketahui.',
        en: 'The government’s own participants in the groups whose size is known (a minimum); empty when none is known.',
      },
    ),
    list('unknown_groups', {
      id: 'Kunci kelompok peserta pemerintah sendiri yang jumlahnya tidak diketahui (daftar JSON).',
      en: 'Keys of the government’s own participant groups whose size is unknown (JSON list).',
    }),
    list('other_groups', {
      id: 'Kunci kelompok peserta dari lembaga lain, tidak dihitung dalam participants (daftar JSON); jumlah dan lembaganya ada di participants.',
      en: 'Keys of the participant groups of other bodies, not counted in participants (JSON list); their counts and bodies are in participants.',
    }),
    date('sendoff_date', doc(s, ['sendoff', 'date'])),
    text('sendoff_place', doc(s, ['sendoff', 'place'])),
    text('sendoff_by', doc(s, ['sendoff', 'by'])),
    list('experts', {
      id: `${doc(s, ['experts']).id} Daftar JSON berisi objek {name, role}.`,
      en: `${doc(s, ['experts']).en} JSON list of {name, role} objects.`,
    }),
    list('site_visits', docList(s, ['site_visits'])),
    ...noteColumns(),
    list('source_articles', {
      id: 'Id artikel yang dikutip catatan ini (daftar JSON); kutipannya ada di sources.',
      en: 'Ids of the articles this record quotes (JSON list); the passages are in sources.',
    }),
    integer(
      'corrections',
      {
        id: 'Jumlah koreksi catatan ini (rinciannya di corrections).',
        en: 'Number of corrections of this record (details in corrections).',
      },
      { required: true },
    ),
    ...pageColumns({ id: 'angkatan', en: 'cohort' }),
  ];
}

/** cohorts: one row per cohort. */
export function cohortsTable(input: OpenDataInput): Table {
  const { themes } = input.vocabularies;
  const groups = input.vocabularies['participant-groups'];
  const rows = sortedCohorts(input).map((c): Row => {
    const d = c.data;
    const total = participantTotal(d, groups);
    return {
      id: c.id,
      name_id: cohortName(d, themes, 'id'),
      name_en: cohortName(d, themes, 'en'),
      programme: d.programme,
      theme: d.theme,
      course_name: d.course_name ?? null,
      status: d.status,
      period_start: knownPeriod(d)?.start ?? null,
      period_end: knownPeriod(d)?.end ?? null,
      place: d.place,
      host: d.host ?? null,
      ...participantCountCells(total, hasKnownCount(d, groups)),
      unknown_groups: total.unknownGroups,
      other_groups: total.others.groups.map((p) => p.group),
      sendoff_date: d.sendoff?.date ?? null,
      sendoff_place: d.sendoff?.place ?? null,
      sendoff_by: d.sendoff?.by ?? null,
      experts:
        d.experts?.map((e) => (e.role ? { name: e.name, role: e.role } : { name: e.name })) ?? null,
      site_visits: d.site_visits ?? null,
      ...bilingualCells('note', d.note),
      source_articles: sourceArticles(d.sources),
      corrections: correctionCount(d),
      ...pageCells(input, routes.cohort, c.id),
    };
  });
  return table(
    'cohorts',
    { id: 'Angkatan', en: 'Cohorts' },
    {
      id: 'Satu baris per angkatan: program, tema, status, periode, tempat, penyelenggara, peserta, pelepasan, pakar, kunjungan. Jumlah yang tidak diketahui dibiarkan kosong, tidak pernah 0.',
      en: 'One row per cohort: programme, theme, status, period, place, host, participants, send-off, experts, site visits. Unknown counts are left empty, never 0.',
    },
    columns(),
    ['id'],
    rows,
  );
}
