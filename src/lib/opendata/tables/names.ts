/** The names of the open data tables, in the order the open data page lists them. */
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
