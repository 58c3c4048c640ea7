import { describe, expect, it } from 'vitest';
import { describeRebuilt, rebuiltPages } from '../../../scripts/bench/rebuilt.ts';

const LOG = [
  '10:00:01   ├─ /angkatan/a/index.html (cached)',
  '10:00:01   ├─ /angkatan/b/index.html (+12ms)',
  '10:00:01   ├─ /en/cohorts/b/index.html (+9ms)',
  '10:00:02   ├─ /og/id/cohorts/a.png (restored)',
  '10:00:02   ├─ /og/id/cohorts/b.png (+18ms)',
  '10:00:03   ├─ /index.html (+40ms)',
  '10:00:03   ├─ /linimasa/2/index.html (+1.20s)',
  '10:00:03   ├─ /sumber/x/index.html (restored)',
  '10:00:03   ├─ /sumber/x/kutipan.css (+2ms)',
  '10:00:03   ├─ /sumber/2/index.html (+30ms)',
].join('\n');

describe('rebuiltPages', () => {
  it('counts copied pages and sorts rendered ones by whether their route has a cache key', () => {
    expect(rebuiltPages(LOG)).toEqual({
      reused: 2,
      reusedFiles: 1,
      keyed: ['/angkatan/b/index.html', '/en/cohorts/b/index.html', '/og/id/cohorts/b.png'],
      unkeyed: [
        '/index.html',
        '/linimasa/2/index.html',
        '/sumber/x/kutipan.css',
        '/sumber/2/index.html',
      ],
    });
  });
});

describe('describeRebuilt', () => {
  it('counts rendered pages by route and reason', () => {
    expect(describeRebuilt(rebuiltPages(LOG))).toBe(
      '7 rendered again (3 new or with a changed cache key: /angkatan/… 1, /en/cohorts/… 1, /og/id/… 1; ' +
        '4 without a cache key: /sumber/… 2, /index.html 1, /linimasa/… 1); reused 2 pages and 1 other files',
    );
  });
});
