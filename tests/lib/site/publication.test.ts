/** A publication date in words: at its own precision, or unknown with its bounds. */
import { describe, expect, it } from 'vitest';
import { publicationLabel } from '../../../src/lib/site/publication.ts';

describe('publicationLabel', () => {
  it('keeps a written date at its precision, a year as a year', () => {
    expect(publicationLabel({ published: '2023-05-15' }, 'id')).toBe('15 Mei 2023');
    expect(publicationLabel({ published: '2023' }, 'id')).toBe('2023');
    expect(publicationLabel({ published: '2023' }, 'en')).toBe('2023');
  });
  it('says an unknown date is unknown, with what bounds it', () => {
    const p = { published: 'unknown' };
    expect(publicationLabel(p, 'id')).toBe('tanggal terbit tidak diketahui');
    expect(publicationLabel({ ...p, published_after: '2024-06-07' }, 'id')).toBe(
      'tanggal terbit tidak diketahui (setelah 7 Juni 2024)',
    );
    expect(publicationLabel({ ...p, published_after: '2024-06-07' }, 'en')).toBe(
      'publication date unknown (after 7 June 2024)',
    );
    expect(publicationLabel({ ...p, published_before: '2024-06-30' }, 'id')).toBe(
      'tanggal terbit tidak diketahui (sebelum 30 Juni 2024)',
    );
    expect(
      publicationLabel(
        { ...p, published_after: '2024-06-07', published_before: '2024-06-30' },
        'en',
      ),
    ).toBe('publication date unknown (between 7 June 2024 and 30 June 2024)');
  });
});
