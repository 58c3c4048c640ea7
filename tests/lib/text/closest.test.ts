import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../../src/lib/text/closest.ts';

const TEXT =
  'JAMBI - Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan ' +
  'Singapore Cooperation Programme (SCP) di Singapura. Kunjungan ke Punggol Discovery Cube, ' +
  'Geoworks, NCS Pte Ltd, Marina Barrage.';

describe('closestPassage', () => {
  it('finds the passage with a changed number and names the difference with context', () => {
    const found = closestPassage(
      TEXT,
      'Sebanyak 26 orang Aparatur Sipil Negara (ASN) Pemkot Jambi',
    );
    expect(found?.passage).toBe('Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi');
    expect(found?.differences).toEqual([{ quote: '26 orang', text: '25 orang' }]);
    expect(TEXT.slice(found?.index)).toMatch(/^Sebanyak 25/);
  });

  it('reports a change of case', () => {
    const found = closestPassage(TEXT, 'sebanyak 25 orang Aparatur Sipil Negara');
    expect(found?.differences[0]).toEqual({ quote: 'sebanyak 25', text: 'Sebanyak 25' });
  });

  it('reports words the quote left out and words it added', () => {
    const shorter = closestPassage(TEXT, 'Sebanyak 25 orang ASN Pemkot Jambi, telah mengikuti');
    expect(shorter?.passage).toBe(
      'Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti',
    );
    expect(shorter?.differences).toEqual([
      { quote: 'ASN Pemkot', text: 'Aparatur Sipil Negara (ASN) Pemkot' },
    ]);
    const longer = closestPassage(
      TEXT,
      'pelatihan Singapore Cooperation Programme (SCP) resmi di Singapura.',
    );
    expect(longer?.differences).toEqual([{ quote: 'resmi di', text: 'di' }]);
  });

  it('reports punctuation, and lets a quote end inside a word of the text', () => {
    const found = closestPassage(TEXT, 'Punggol Discovery Cube, Geoworks, NCS Pte. Ltd');
    expect(found?.passage).toBe('Punggol Discovery Cube, Geoworks, NCS Pte Ltd');
    expect(found?.differences[0]?.quote).toBe('Pte. Ltd');
  });

  it('counts every difference', () => {
    const found = closestPassage(
      TEXT,
      'Sebanyak 26 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, sudah mengikuti',
    );
    expect(found?.differences).toHaveLength(2);
  });

  it('finds nothing when no passage shares enough words, or for empty input', () => {
    expect(closestPassage(TEXT, 'Gardens by the Bay dan Sentosa')).toBeUndefined();
    expect(closestPassage(TEXT, '   ')).toBeUndefined();
    expect(closestPassage('', 'Sebanyak 25 orang')).toBeUndefined();
  });

  it('stays fast on a 256 kB article with a 2,000-character quote', () => {
    const article = `${'kata lain di sini '.repeat(14_000)}${TEXT}`;
    const quote = `${TEXT.slice(0, 150)} ${'tambahan '.repeat(200)}`.slice(0, 2000);
    const started = performance.now();
    closestPassage(article, quote);
    closestPassage(article, 'x'.repeat(2000));
    // Generous: the point is that nothing grows with the product of the two lengths.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
