/**
 * corrections: every change to a published value, newest first (the order
 * of `correctionLog`), with the value the record holds now.
 */
import { correctionSchema } from '../../../schemas/correction.ts';
import { routes } from '../../site/routes.ts';
import { correctionLog } from '../corrections.ts';
import { docWithStaffGroup } from '../field-examples.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import { bilingualColumns, doc, pageColumns, text } from './columns.ts';
import { bilingualCells, pageCells, table } from './rows.ts';

function columns(input: OpenDataInput): Column[] {
  const s = correctionSchema;
  return [
    text(
      'record_kind',
      { id: 'Jenis catatan: cohort atau claim.', en: 'Kind of record: cohort or claim.' },
      { required: true, values: ['cohort', 'claim'] },
    ),
    text('record_id', { id: 'Id catatan.', en: 'Id of the record.' }, { required: true }),
    text('date', doc(s, ['date']), { required: true, format: 'date' }),
    text('field', docWithStaffGroup(doc(s, ['field']), input.profile), { required: true }),
    text('previous', doc(s, ['previous']), { required: true }),
    text('current', {
      id: 'Nilai sekarang (seperti kolom value di sources).',
      en: 'The value now (as in the value column of sources).',
    }),
    ...bilingualColumns(
      'reason',
      { id: 'Alasan koreksi', en: 'Why the value was changed' },
      { required: true },
    ),
    text('source_article', doc(s, ['source', 'article'])),
    text('source_quote', doc(s, ['source', 'quote'])),
    ...pageColumns({ id: 'catatan', en: 'record' }),
  ];
}

/** corrections: every change to a published value. */
export function correctionsTable(input: OpenDataInput): Table {
  const rows = correctionLog(input).map((c): Row => ({
    record_kind: c.recordKind,
    record_id: c.recordId,
    date: c.date,
    field: c.field,
    previous: c.previous,
    current: c.current ?? null,
    ...bilingualCells('reason', c.reason),
    source_article: c.source?.article ?? null,
    source_quote: c.source?.quote ?? null,
    ...pageCells(input, c.recordKind === 'cohort' ? routes.cohort : routes.claim, c.recordId),
  }));
  return table(
    'corrections',
    { id: 'Koreksi', en: 'Corrections' },
    {
      id: 'Setiap nilai yang diubah setelah terbit: catatan, kolom, nilai sebelumnya, nilai sekarang, tanggal dan alasan. Terbaru lebih dulu.',
      en: 'Every value changed after publication: record, field, previous value, current value, date and reason. Newest first.',
    },
    columns(input),
    ['record_kind', 'record_id', 'date', 'field'],
    rows,
  );
}
