/** RSS feed (Indonesian) of corrections, newest first. */
import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../lib/opendata/feed-pages.ts';

export const GET: APIRoute = () => correctionsFeed('id');
