import { describe, expect, it } from 'vitest';
import { robustLinkAttrs, versionDate } from '../../../src/lib/site/robust-links.ts';

const URL_A = 'https://warta.example/contoh-latihan';
const ARCHIVE = 'https://web.archive.org/web/20240120000000/https://warta.example/contoh-latihan';

describe('robustLinkAttrs', () => {
  it('names the original, the capture day and the archived copy', () => {
    expect(
      robustLinkAttrs(URL_A, {
        url: URL_A,
        captured: '2024-01-20',
        published: '2024-01-18',
        archive_url: ARCHIVE,
      }),
    ).toEqual({
      'data-originalurl': URL_A,
      'data-versiondate': '2024-01-20',
      'data-versionurl': ARCHIVE,
    });
  });

  it('falls back to the publication date, at its precision, when the capture day is unknown', () => {
    const a = { url: URL_A, captured: 'unknown' as const, published: '2019-02' };
    expect(robustLinkAttrs(URL_A, a)).toEqual({
      'data-originalurl': URL_A,
      'data-versiondate': '2019-02',
    });
  });

  it('leaves the date out when neither date is known', () => {
    expect(versionDate({ captured: 'unknown', published: 'unknown' })).toBeUndefined();
  });

  it('gives the archived copy only to the article’s own address', () => {
    const a = { url: URL_A, captured: 'unknown' as const, published: '2024', archive_url: ARCHIVE };
    expect(robustLinkAttrs('https://lain.example/x', a)).not.toHaveProperty('data-versionurl');
  });
});
