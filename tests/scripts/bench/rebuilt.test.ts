import { describe, expect, it } from 'vitest';
import {
  describeRebuilt,
  listRebuilt,
  rebuiltPages,
  type CacheManifest,
} from '../../../scripts/bench/rebuilt.ts';

const LOG = [
  '10:00:01   ├─ /angkatan/a/index.html (cached)',
  '10:00:01   ├─ /angkatan/b/index.html (+12ms)',
  '10:00:01   ├─ /angkatan/c/index.html (+9ms)',
  '10:00:02   ├─ /og/id/cohorts/a.png (restored)',
  '10:00:02   ├─ /og/id/cohorts/b.png (+18ms)',
  '10:00:03   ├─ /index.html (+40ms)',
  '10:00:03   ├─ /linimasa/2/index.html (+1.20s)',
  '10:00:03   ├─ /sumber/x/index.html (restored)',
  '10:00:03   ├─ /sumber/2/index.html (+30ms)',
].join('\n');

/** A manifest of one route keying the given files. */
function manifest(keys: Record<string, string>): CacheManifest {
  const paths = Object.fromEntries(
    Object.entries(keys).map(([file, cacheKey]) => [`/${file}`, { cacheKey, outputFile: file }]),
  );
  return { routes: { 'src/routes/x.astro': { paths } } };
}

const BEFORE = manifest({
  'angkatan/a/index.html': 'k-a',
  'angkatan/b/index.html': 'k-b',
  'og/id/cohorts/a.png': 'o-a',
  'og/id/cohorts/b.png': 'o-b',
  'sumber/x/index.html': 's-x',
  'linimasa/2/index.html': 't-2',
});
const AFTER = manifest({
  'angkatan/a/index.html': 'k-a',
  'angkatan/b/index.html': 'k-b2',
  'angkatan/c/index.html': 'k-c',
  'og/id/cohorts/a.png': 'o-a',
  'og/id/cohorts/b.png': 'o-b',
  'sumber/x/index.html': 's-x',
  'linimasa/2/index.html': 't-2b',
});

describe('rebuiltPages', () => {
  it('counts copied files and gives each rendered one its reason from the manifests', () => {
    expect(rebuiltPages(LOG, BEFORE, AFTER)).toEqual({
      reused: 2,
      reusedFiles: 1,
      rendered: [
        { path: '/angkatan/b/index.html', reason: 'key changed' },
        { path: '/angkatan/c/index.html', reason: 'new' },
        { path: '/og/id/cohorts/b.png', reason: 'code changed' },
        { path: '/index.html', reason: 'no key' },
        { path: '/linimasa/2/index.html', reason: 'key changed' },
        { path: '/sumber/2/index.html', reason: 'no key' },
      ],
    });
  });

  it('calls every keyed file new when there was no manifest before', () => {
    const reasons = rebuiltPages(LOG, undefined, AFTER).rendered.map((p) => p.reason);
    expect(reasons).toEqual(['new', 'new', 'new', 'no key', 'new', 'no key']);
  });
});

describe('describeRebuilt', () => {
  it('counts rendered pages by reason and route', () => {
    expect(describeRebuilt(rebuiltPages(LOG, BEFORE, AFTER))).toBe(
      '6 rendered again (new 1: /angkatan/… 1; key changed 2: /angkatan/… 1, /linimasa/… 1; ' +
        'code changed 1: /og/id/… 1; no key 2: /index.html 1, /sumber/… 1); reused 2 pages and 1 other files',
    );
  });
});

describe('listRebuilt', () => {
  it('names every rendered file with its reason, grouped by reason', () => {
    expect(listRebuilt(rebuiltPages(LOG, BEFORE, AFTER))).toBe(
      [
        'new\t/angkatan/c/index.html',
        'key changed\t/angkatan/b/index.html',
        'key changed\t/linimasa/2/index.html',
        'code changed\t/og/id/cohorts/b.png',
        'no key\t/index.html',
        'no key\t/sumber/2/index.html',
        '',
      ].join('\n'),
    );
  });
});
