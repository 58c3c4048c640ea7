/** RSS feed of new source articles and cohorts, newest first, in the language of its route. */
import type { APIRoute } from 'astro';
import { routeOf } from '../lib/site/page-routes.ts';
import { siteFeed } from '../site-data/feeds.ts';
import { getSite } from '../site-data/index.ts';

export const GET: APIRoute = async ({ routePattern }) =>
  siteFeed(await getSite(), routeOf(routePattern).lang);
