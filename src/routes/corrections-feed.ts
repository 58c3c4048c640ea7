/** RSS feed of corrections, newest first, in the language of its route. */
import type { APIRoute } from 'astro';
import { routeOf } from '../lib/site/page-routes.ts';
import { correctionsFeed } from '../site-data/feeds.ts';
import { getSite } from '../site-data/index.ts';

export const GET: APIRoute = async ({ routePattern }) =>
  correctionsFeed(await getSite(), routeOf(routePattern).lang);
