/** Ordinals written as words or as "ke-" and digits, with the noun before them. */
import { describe, expect, it } from 'vitest';
import { findOrdinals } from '../../../../src/lib/text/indonesian/ordinals.ts';
import { SECOND_2023 } from './fixtures.ts';

describe('findOrdinals', () => {
  it('reads "kali kedua" in a seed sentence with its text, offset and noun', () => {
    const [second] = findOrdinals(SECOND_2023);
    expect(second).toEqual({ value: 2, text: 'kedua', index: 9, before: 'kali' });
  });

  it('reads ke- with digits, and ordinal words up to the tenth', () => {
    expect(findOrdinals('angkatan ke-6').map((o) => [o.value, o.before])).toEqual([
      [6, 'angkatan'],
    ]);
    expect(findOrdinals('Kesepuluh').map((o) => o.value)).toEqual([10]);
    expect(findOrdinals('Pertama').map((o) => o.before)).toEqual([undefined]);
  });

  it('does not read an ordinal inside a longer word', () => {
    expect(findOrdinals('pertamanya, keduanya')).toEqual([]);
    expect(findOrdinals('ke-20')[0]?.value).toBe(20);
  });
});
