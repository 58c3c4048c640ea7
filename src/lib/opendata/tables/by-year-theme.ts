/**
 * participants-by-year-theme: participants per start year, theme and
 * status. Held, planned and announced cohorts are separate rows, never
 * added together; each row's figure is `sumParticipants` over its cohorts.
 */
import { cohortStatuses } from '../../../schemas/cohort.ts';
import { cohortYear } from '../../data/cohort-dates.ts';
import { sumParticipants } from '../../data/participants.ts';
import type { CohortRecord } from '../../data/types.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import {
  integer,
  list,
  participantCountColumns,
  startYearColumn,
  statusColumn,
  themeColumn,
} from './columns.ts';
import { hasKnownCount, participantCountCells, sortedCohorts, table } from './rows.ts';

const columns = (): Column[] => [
  startYearColumn(true),
  themeColumn(),
  statusColumn(),
  integer('cohorts', { id: 'Jumlah angkatan.', en: 'Number of cohorts.' }, { required: true }),
  ...participantCountColumns(
    {
      id: 'Jumlah peserta pemerintah sendiri (kelompok body own; peserta lembaga lain ada di participants) bila semua jumlah diketahui; kosong bila tidak.',
      en: "Number of the government's own participants (groups with body own; other bodies' people are in participants) when every count is known; empty otherwise.",
    },
    {
      id: 'Jumlah peserta pemerintah sendiri yang diketahui (batas bawah); kosong bila tidak ada yang diketahui.',
      en: "The government's own participants whose number is known (a minimum); empty when none is known.",
    },
  ),
  list('cohort_ids', {
    id: 'Id angkatan yang dihitung (daftar JSON).',
    en: 'Ids of the cohorts counted (JSON list).',
  }),
];

interface Cell {
  year: number;
  theme: string;
  status: (typeof cohortStatuses)[number];
  /** Oldest first. */
  cohorts: CohortRecord[];
}

/** The cohorts of each (start year, theme, status), by year, then theme, then status order. */
function cells(input: OpenDataInput): Cell[] {
  const byKey = new Map<string, Cell>();
  for (const c of sortedCohorts(input)) {
    const { theme, status } = c.data;
    const year = cohortYear(c.data);
    if (year === undefined) continue;
    const key = `${year}\u0000${theme}\u0000${status}`;
    const cell = byKey.get(key) ?? { year, theme, status, cohorts: [] };
    cell.cohorts.push(c);
    byKey.set(key, cell);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.year - b.year ||
      a.theme.localeCompare(b.theme) ||
      cohortStatuses.indexOf(a.status) - cohortStatuses.indexOf(b.status),
  );
}

/** participants-by-year-theme: participants per start year, theme and status. */
export function participantsByYearThemeTable(input: OpenDataInput): Table {
  const groups = input.vocabularies['participant-groups'];
  const rows = cells(input).map((cell): Row => ({
    year: cell.year,
    theme: cell.theme,
    status: cell.status,
    cohorts: cell.cohorts.length,
    ...participantCountCells(
      sumParticipants(cell.cohorts, groups),
      cell.cohorts.some((c) => hasKnownCount(c.data, groups)),
    ),
    cohort_ids: cell.cohorts.map((c) => c.id),
  }));
  return table(
    'participants-by-year-theme',
    { id: 'Peserta per tahun dan tema', en: 'Participants by year and theme' },
    {
      id: 'Peserta per tahun mulai, tema dan status. Angkatan terlaksana, direncanakan dan diumumkan ada di baris terpisah dan tidak pernah dijumlahkan bersama; tahun tanpa baris berarti tidak ada angkatan tercatat, bukan nol angkatan. Angkatan yang tanggal pelatihannya tidak disebut sumber dihitung pada tahun pelepasannya, dan tidak masuk tabel ini bila tanggal pelepasannya pun tidak diketahui.',
      en: 'Participants per start year, theme and status. Held, planned and announced cohorts are separate rows and never added together; a year without rows means no documented cohort, not zero cohorts. A cohort whose training dates the sources do not give counts in the year of its send-off, and is left out of this table when that date is not known either.',
    },
    columns(),
    ['year', 'theme', 'status'],
    rows,
  );
}
