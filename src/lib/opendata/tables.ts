/** The open data tables (see tables/index.ts): `buildTables`, `buildTable` and each table's builder. */
export * from './tables/index.ts';
