/**
 * participants: one row per cohort and participant group, cohorts oldest
 * first. A count no source gives is an empty cell with count_known false.
 */
import { cohortSchema } from '../../../schemas/cohort.ts';
import { cohortYear } from '../../data/cohort-dates.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import { bool, doc, integer, startYearColumn, statusColumn, text } from './columns.ts';
import { sortedCohorts, table } from './rows.ts';

const columns = (): Column[] => [
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
  statusColumn(),
  startYearColumn(),
];

/** participants: one row per cohort and participant group. */
export function participantsTable(input: OpenDataInput): Table {
  const rows = sortedCohorts(input).flatMap((c) =>
    c.data.participants.map((p): Row => ({
      cohort_id: c.id,
      group: p.group,
      count: p.count === 'unknown' ? null : p.count,
      count_known: p.count !== 'unknown',
      status: c.data.status,
      year: cohortYear(c.data) ?? null,
    })),
  );
  const examples = input.profile.examples.participant_groups;
  return table(
    'participants',
    { id: 'Peserta per angkatan dan kelompok', en: 'Participants by cohort and group' },
    {
      id: `Satu baris per kelompok peserta dalam setiap angkatan (mis. ${examples.id}). Jumlah yang tidak disebut sumber kosong dengan count_known = false.`,
      en: `One row per participant group of each cohort (e.g. ${examples.en}). Counts no source gives are empty, with count_known = false.`,
    },
    columns(),
    ['cohort_id', 'group'],
    rows,
  );
}
