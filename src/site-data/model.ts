/**
 * Builds the site model from one read of the collections. Every derived
 * model is computed at most once per read, on first use: in a build the read
 * is shared by every page, so each figure is computed once per build; in dev
 * a request computes only what its page shows.
 */
import type { Lang } from '../i18n/lang.ts';
import { buildChartModels, type ChartModels } from '../lib/charts/models.ts';
import { headlineContrast } from '../lib/data/contrast.ts';
import { headlineFigures } from '../lib/data/figures.ts';
import { abroadPlaces } from '../lib/data/places.ts';
import { reconcileClaims } from '../lib/data/reconcile.ts';
import type { SiteData } from '../lib/data/types.ts';
import { dataVersion } from '../lib/opendata/citation.ts';
import { bodyCorrectionLog } from '../lib/opendata/body-corrections.ts';
import { correctionLog } from '../lib/opendata/corrections.ts';
import { siteIndexes } from '../lib/site/indexes.ts';
import type { SiteModel } from '../lib/site/model.ts';
import { siteRedirects } from '../lib/site/redirects.ts';
import { buildSiteOpenData } from './opendata.ts';
import { buildCredits } from './story.ts';

/** A value computed on first use and kept. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

export function buildSiteModel(data: SiteData): SiteModel {
  const indexes = once(() => siteIndexes(data));
  const groups = data.vocabularies['participant-groups'];
  const figures = once(() => headlineFigures(data.cohorts, groups));
  const reconciled = once(() =>
    reconcileClaims(
      data.claims,
      data.cohorts,
      abroadPlaces(data.vocabularies.places, data.profile.city.country),
      groups,
    ),
  );
  const contrast = once(() => headlineContrast(reconciled()));
  const updated = once(() => dataVersion(data));
  const credits = once(() => buildCredits(data, contrast(), updated()));
  const corrections = once(() => correctionLog(data));
  const bodyCorrections = once(() => bodyCorrectionLog(data));
  const charts = once(
    () =>
      Object.fromEntries(
        data.profile.languages.map((lang) => [
          lang,
          buildChartModels(
            {
              cohorts: data.cohorts,
              claims: data.claims,
              themes: data.vocabularies.themes,
              programmes: data.vocabularies.programmes,
              groups,
              reconciled: reconciled(),
            },
            lang,
          ),
        ]),
      ) as Record<Lang, ChartModels>,
  );
  const openData = once(() => buildSiteOpenData(data, reconciled(), charts(), updated()));
  const redirects = once(() => siteRedirects(data.cohorts, data.profile.languages));
  return {
    data,
    get indexes() {
      return indexes();
    },
    get figures() {
      return figures();
    },
    get reconciled() {
      return reconciled();
    },
    get contrast() {
      return contrast();
    },
    get updated() {
      return updated();
    },
    get credits() {
      return credits();
    },
    get corrections() {
      return corrections();
    },
    get bodyCorrections() {
      return bodyCorrections();
    },
    get charts() {
      return charts();
    },
    get openData() {
      return openData();
    },
    get redirects() {
      return redirects();
    },
  };
}
