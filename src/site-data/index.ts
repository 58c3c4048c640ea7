/**
 * The site-data module: the one place that reads the collections and
 * computes what the pages show. Pages call `getSite()` and pass components
 * the parts they render; components never import this folder (lint rule).
 */
import type { SiteModel } from '../lib/site/model.ts';
import { buildSiteModel } from './model.ts';
import { getSiteData } from './read.ts';

const models = new WeakMap<object, SiteModel>();

/** The site model of the current read of the content (one per build; in dev, one per content change). */
export async function getSite(): Promise<SiteModel> {
  const data = await getSiteData();
  let model = models.get(data);
  if (!model) {
    model = buildSiteModel(data);
    models.set(data, model);
  }
  return model;
}
