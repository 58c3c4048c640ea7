/**
 * The parts every chart model has — title, description, notes, legend, data
 * table and its CSV — and `base`, which assembles them so that the CSV is
 * always exactly the table's rows and the file is named after the chart.
 */
import { csvText } from '../../opendata/csv.ts';
import { routes } from '../../site/routes.ts';
import type { Context } from './context.ts';
import type { ChartId } from './index.ts';

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** How the swatch is drawn; absent: a solid block of `colour`. */
  pattern?: 'tentative' | 'dotted' | 'unknown' | 'line' | 'point' | 'window' | 'bracket';
}

export interface TableRow {
  /** CSV values: keys, ISO dates, plain numbers, "true"/"false". */
  cells: (string | number)[];
  /** The same values as shown in the table, in the page's language. */
  text: string[];
  /** The record(s) behind the row. */
  href?: string;
}

export interface ChartTable {
  caption: string;
  /** Column headers in the page's language. */
  columns: string[];
  /** The same columns as CSV headers (English snake_case, stable across languages). */
  csvColumns: string[];
  rows: TableRow[];
}

export interface ChartModelBase {
  id: ChartId;
  title: string;
  /** What the chart shows, as sentences generated from the data. */
  description: string;
  /** What is counted and what is left out. */
  notes: string[];
  table: ChartTable;
  /** File name of the CSV ("participants-by-year.csv"). */
  csvName: string;
  csvHref: string;
  /** The table as CSV: exactly the rows the chart draws. */
  csv: string;
  legend: LegendItem[];
}

/** A table column: its CSV header and its header in the page's language. */
export type Column = readonly [csv: string, header: string];

/** The table as CSV (quoting by d3-dsv, formulas neutralised: src/lib/opendata/csv.ts). */
export function tableCsv(t: ChartTable): string {
  const records = t.rows.map((r) =>
    Object.fromEntries(t.csvColumns.map((c, i) => [c, String(r.cells[i] ?? '')])),
  );
  return csvText(records, t.csvColumns);
}

/** The parts of a chart model that do not depend on its kind; the table is captioned with the chart's title. */
export function base(
  ctx: Context,
  id: ChartId,
  parts: Pick<ChartModelBase, 'description' | 'notes' | 'legend'> & {
    columns: readonly Column[];
    rows: TableRow[];
  },
): ChartModelBase {
  const title = ctx.t.titles[id];
  const table: ChartTable = {
    caption: title,
    columns: parts.columns.map((c) => c[1]),
    csvColumns: parts.columns.map((c) => c[0]),
    rows: parts.rows,
  };
  return {
    id,
    title,
    description: parts.description,
    notes: parts.notes,
    table,
    legend: parts.legend,
    csvName: `${id}.csv`,
    csvHref: routes.chartCsv(id),
    csv: tableCsv(table),
  };
}
