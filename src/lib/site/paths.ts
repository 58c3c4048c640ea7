/** Static paths of the record pages, shared by the Indonesian and English page files. */
import { getSiteData } from './data.ts';

/** One path per cohort. */
export async function cohortPaths() {
  const { cohorts } = await getSiteData();
  return cohorts.map((c) => ({ params: { id: c.id } }));
}

/** One path per source article. */
export async function sourcePaths() {
  const { articles } = await getSiteData();
  return articles.map((a) => ({ params: { id: a.id } }));
}
