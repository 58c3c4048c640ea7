/**
 * participants: one row per cohort and participant group, cohorts oldest
 * first, every group with the body its people belong to and whether the
 * totals count it (`own`), so that a reader can recompute every total. A
 * count no source gives is an empty cell with count_known false.
 */
import { cohortSchema } from '../../../schemas/cohort.ts';
import { OWN_BODY } from '../../../schemas/vocabulary.ts';
import { cohortYear } from '../../data/cohort-dates.ts';
import { isOwnGroup } from '../../data/participants.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import {
  bilingualColumns,
  bool,
  doc,
  integer,
  startYearColumn,
  statusColumn,
  text,
} from './columns.ts';
import { bilingualCells, sortedCohorts, table } from './rows.ts';

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
  bool('own', {
    id: 'true bila pesertanya pegawai pemerintah yang dicatat situs (body own): hanya kelompok ini yang dihitung dalam total; false untuk lembaga lain.',
    en: 'true when its people are staff of the government the site follows (body own): only these groups are counted in totals; false for other bodies.',
  }),
  ...bilingualColumns(
    'body',
    {
      id: 'Lembaga asal peserta kelompok ini (untuk own: pemerintah yang dicatat situs)',
      en: 'The body this group’s people belong to (for own: the government the site follows)',
    },
    { required: true },
  ),
  statusColumn(),
  startYearColumn(),
];

/** participants: one row per cohort and participant group. */
export function participantsTable(input: OpenDataInput): Table {
  const groups = input.vocabularies['participant-groups'];
  const bodyOf = (group: string) => {
    const body = groups.get(group)?.body;
    return body === undefined || body === OWN_BODY ? input.profile.government.name : body;
  };
  const rows = sortedCohorts(input).flatMap((c) =>
    c.data.participants.map((p): Row => ({
      cohort_id: c.id,
      group: p.group,
      count: p.count === 'unknown' ? null : p.count,
      count_known: p.count !== 'unknown',
      own: isOwnGroup(groups, p.group),
      ...bilingualCells('body', bodyOf(p.group)),
      status: c.data.status,
      year: cohortYear(c.data) ?? null,
    })),
  );
  const examples = input.profile.examples.participant_groups;
  return table(
    'participants',
    { id: 'Peserta per angkatan dan kelompok', en: 'Participants by cohort and group' },
    {
      id: `Satu baris per kelompok peserta dalam setiap angkatan (mis. ${examples.id}), dengan lembaga asalnya. Total situs hanya menjumlahkan baris own = true. Jumlah yang tidak disebut sumber kosong dengan count_known = false.`,
      en: `One row per participant group of each cohort (e.g. ${examples.en}), with the body its people belong to. The site's totals add up only the rows with own = true. Counts no source gives are empty, with count_known = false.`,
    },
    columns(),
    ['cohort_id', 'group'],
    rows,
  );
}
