/**
 * What the site-data module (src/site-data) computes once per build from
 * the collections: every derived model a page shows. Pages pass parts of it
 * to components as props; this file holds only the shapes, so components and
 * pure code can name them without reaching the module that reads content.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { ChartModels } from '../charts/models.ts';
import type { HeadlineFigures } from '../data/figures.ts';
import type { Reconciliation } from '../data/reconcile.ts';
import type { SiteData } from '../data/types.ts';
import type { BodyCorrectionEntry } from '../opendata/body-corrections.ts';
import type { CorrectionEntry } from '../opendata/corrections.ts';
import type { withAnnotations } from '../opendata/annotations.ts';
import type { ChartFile, DataFile, dataPackage } from '../opendata/datapackage.ts';
import type { Table } from '../opendata/table.ts';
import type { OpenDataInput } from '../opendata/types.ts';
import type { SiteCredits } from './credit.ts';
import type { SiteIndexes } from './indexes.ts';
import type { Redirect } from './redirects.ts';

/** The open data of the site: tables, chart files, every file under /data/ and the package. */
export interface SiteOpenData {
  input: OpenDataInput;
  version: string;
  tables: Table[];
  charts: ChartFile[];
  /** Every file under /data/ (tables as CSV and JSON, chart CSVs, the annotations), with its text. */
  files: DataFile[];
  datapackage: ReturnType<typeof withAnnotations<ReturnType<typeof dataPackage>>>;
}

/** Every derived model of the site, each computed once (on first use) per read of the content. */
export interface SiteModel {
  /** The collections, sorted, with lookup maps. */
  data: SiteData;
  /** Lookups across records (titles, passages, citing cohorts, timeline pages). */
  indexes: SiteIndexes;
  /** The home page's headline figures (held cohorts, known participants, what is left out). */
  figures: HeadlineFigures;
  /** Every claim against the documented cohorts, in the order of `data.claims`. */
  reconciled: readonly Reconciliation[];
  /** The headline contrast: claims of a number of people against the record (src/lib/data/contrast.ts). */
  contrast: readonly Reconciliation[];
  /** The latest date in the content (an article or a correction): "last updated", and the data's version. */
  updated: string;
  /** The source and "last updated" lines under every chart and under the contrast, per language. */
  credits: Readonly<Record<Lang, SiteCredits>>;
  /** Every correction of a published value, newest first. */
  corrections: readonly CorrectionEntry[];
  /** Every correction of a stored article text, newest first. */
  bodyCorrections: readonly BodyCorrectionEntry[];
  /** Every chart model, per language. */
  charts: Readonly<Record<Lang, ChartModels>>;
  openData: SiteOpenData;
  /** The old address of every renamed cohort and its new one (src/lib/site/redirects.ts). */
  redirects: readonly Redirect[];
}
