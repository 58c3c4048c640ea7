/** Archive addresses proposed for gone originals, and the recorded one when there is one. */
import { describe, expect, it } from 'vitest';
import { archiveFor, proposedArchive } from '../../../src/lib/sources/archive.ts';

const url = 'http://contoh.example/berita/1';

describe('proposedArchive', () => {
  it('uses the publication date to the precision known', () => {
    expect(proposedArchive(url, '2023-05-15')).toBe(`https://web.archive.org/web/20230515/${url}`);
    expect(proposedArchive(url, '2019-02')).toBe(`https://web.archive.org/web/201902/${url}`);
    expect(proposedArchive(url, '2015')).toBe(`https://web.archive.org/web/2015/${url}`);
  });
  it('lists every capture when the date is unknown', () => {
    expect(proposedArchive(url, 'unknown')).toBe(`https://web.archive.org/web/*/${url}`);
  });
});

describe('archiveFor', () => {
  const item = { id: 'a', file: 'f', title: 't', outlet: 'o', url, published: '2015', quotes: [] };
  it('proposes an address when none is recorded, and keeps a recorded one', () => {
    expect(archiveFor(item)).toEqual({ url: proposedArchive(url, '2015'), proposed: true });
    const archive = 'https://web.archive.org/web/20150820000000/' + url;
    expect(archiveFor({ ...item, archive })).toEqual({ url: archive, proposed: false });
  });
});
