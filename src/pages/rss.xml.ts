/** RSS feed (Indonesian) of new source articles and cohorts, newest first. */
import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/opendata/feed-pages.ts';

export const GET: APIRoute = () => siteFeed('id');
