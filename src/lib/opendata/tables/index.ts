/**
 * The open data tables, built from the same collections as the pages: one
 * module per table, each returning its columns (described from the zod
 * schemas where a column is a field of an entry) and its rows in a fixed
 * order. Pure and deterministic.
 */
import type { Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import { articlesTable } from './articles.ts';
import { participantsByYearThemeTable } from './by-year-theme.ts';
import { claimsTable } from './claims.ts';
import { cohortsTable } from './cohorts.ts';
import { contextTable } from './context-events.ts';
import { correctionsTable } from './corrections.ts';
import { TABLE_NAMES, type TableName } from './names.ts';
import { participantsTable } from './participants.ts';
import { sourcesTable } from './sources.ts';
import { vocabulariesTable } from './vocabularies.ts';

export { TABLE_NAMES, type TableName };
export {
  articlesTable,
  claimsTable,
  cohortsTable,
  contextTable,
  correctionsTable,
  participantsByYearThemeTable,
  participantsTable,
  sourcesTable,
  vocabulariesTable,
};

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
