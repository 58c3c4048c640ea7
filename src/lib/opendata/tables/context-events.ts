/**
 * context-events: one row per context event, oldest first. These events
 * give context and are never counted in any figure.
 */
import { contextEventSchema, contextKinds } from '../../../schemas/context-event.ts';
import { routes } from '../../site/routes.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import { bilingualColumns, date, doc, idColumn, list, pageColumns, text } from './columns.ts';
import { bilingualCells, pageCells, sortedContext, sourceArticles, table } from './rows.ts';

function columns(): Column[] {
  const s = contextEventSchema;
  return [
    idColumn('context', '.yaml'),
    date('date', doc(s, ['date']), { required: true }),
    text('date_basis', doc(s, ['date_basis']), {
      required: true,
      values: ['stated', 'publication'],
    }),
    text('kind', doc(s, ['kind']), { required: true, values: contextKinds }),
    ...bilingualColumns('title', { id: 'Judul singkat', en: 'Short title' }, { required: true }),
    ...bilingualColumns('summary', { id: 'Ringkasan', en: 'Summary' }, { required: true }),
    list('source_articles', {
      id: 'Id artikel sumber (daftar JSON).',
      en: 'Ids of the source articles (JSON list).',
    }),
    ...pageColumns({ id: 'linimasa', en: 'timeline' }),
  ];
}

/** context-events: events shown for context and never counted. */
export function contextTable(input: OpenDataInput): Table {
  const rows = sortedContext(input).map((e): Row => ({
    id: e.id,
    date: e.data.date,
    date_basis: e.data.date_basis,
    kind: e.data.kind,
    ...bilingualCells('title', e.data.title),
    ...bilingualCells('summary', e.data.summary),
    source_articles: sourceArticles(e.data.sources),
    ...pageCells(input, routes.context, e.id),
  }));
  return table(
    'context-events',
    { id: 'Peristiwa konteks', en: 'Context events' },
    {
      id: 'Peristiwa yang memberi konteks (perjanjian kementerian, penghargaan) tetapi bukan angkatan: tidak pernah dihitung dalam angka mana pun.',
      en: 'Events that give context (a ministry agreement, an award) but are not cohorts: never counted in any figure.',
    },
    columns(),
    ['id'],
    rows,
  );
}
