/**
 * Chart models: for each chart, everything a component renders, fully
 * computed — title, a description generated from the data, notes on what is
 * counted and what is left out, the data table, the CSV (the same rows as the
 * table), the legend and the placed geometry. One module per chart, named
 * after its id; `buildChartModels` builds them all for one language.
 *
 * Conventions shared by every chart (design principle 2):
 * - Totals count held cohorts only. Planned and announced cohorts are drawn
 *   in a separate, thinner, dashed lane under the row's bar and listed in the
 *   notes; they are never added to a total.
 * - A count with a group of unknown size is a minimum: drawn at its known
 *   length with a "+?" marker, written "25+?", and flagged in the table.
 * - Years between the first and last cohort with no cohort at all are rows
 *   of their own, labelled as such: no record is not the same as no cohort.
 *
 * Table cells hold the CSV values (keys, ISO dates, plain numbers), so the
 * CSV is language-neutral and stable; `text` holds the same values as shown
 * in the page's language.
 */
import type { Reconciliation } from '../../data/reconcile.ts';
import type { Lang } from '../../../i18n/lang.ts';
import type { Term } from '../../../schemas/vocabulary.ts';
import type { ClaimRecord, CohortRecord } from '../../data/types.ts';
import type { BarLayout } from '../bars.ts';
import type { TimeLayout } from '../claims-vs-record.ts';
import type { ChartModelBase } from './base.ts';
import { claimsVsRecordModel } from './claims-vs-record.ts';
import { cohortsByYearModel } from './cohorts-by-year.ts';
import { context } from './context.ts';
import { participantsByThemeModel } from './participants-by-theme.ts';
import { participantsByYearModel } from './participants-by-year.ts';

export { tableCsv, type ChartTable, type LegendItem, type TableRow } from './base.ts';

export const CHART_IDS = [
  'participants-by-year',
  'participants-by-theme',
  'cohorts-by-year',
  'claims-vs-record',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** `layout` is the wide drawing (also the one taken away as SVG and PNG); `narrowLayout` the phone's (sizes.ts). */
export interface BarChartModel extends ChartModelBase {
  kind: 'bars';
  layout: BarLayout;
  narrowLayout: BarLayout;
}

export interface ClaimsChartModel extends ChartModelBase {
  kind: 'claims';
  layout: TimeLayout;
  narrowLayout: TimeLayout;
}

export type ChartModel = BarChartModel | ClaimsChartModel;

export interface ChartModels {
  'participants-by-year': BarChartModel;
  'participants-by-theme': BarChartModel;
  'cohorts-by-year': BarChartModel;
  'claims-vs-record': ClaimsChartModel;
}

export interface ChartInput {
  cohorts: readonly CohortRecord[];
  claims: readonly ClaimRecord[];
  themes: ReadonlyMap<string, Term>;
  programmes: ReadonlyMap<string, Term>;
  /** The participant-group vocabulary: only its own groups are counted; the others are named. */
  groups: ReadonlyMap<string, Term>;
  /** Every claim reconciled with the cohorts (`reconcileClaims`), computed once by the caller. */
  reconciled: readonly Reconciliation[];
}

/** Every chart of the site, fully computed for one language. */
export function buildChartModels(input: ChartInput, lang: Lang): ChartModels {
  const ctx = context(input, lang);
  return {
    'participants-by-year': participantsByYearModel(ctx),
    'participants-by-theme': participantsByThemeModel(ctx),
    'cohorts-by-year': cohortsByYearModel(ctx),
    'claims-vs-record': claimsVsRecordModel(ctx, input.claims),
  };
}
