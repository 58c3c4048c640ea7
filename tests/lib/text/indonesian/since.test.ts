/** The start of a counted period as a statement writes it ("sejak 2016"). */
import { describe, expect, it } from 'vitest';
import { findSince, statesSince } from '../../../../src/lib/text/indonesian/since.ts';
import { SECOND_2023, SINCE_2016 } from './fixtures.ts';
import { SINCE_LEADERSHIP } from './quantity-sentences.ts';

const ctx = { year: 2024, month: 6 };

describe('statesSince', () => {
  it.each<[string, string]>([
    [SINCE_2016, '2016'],
    ['Contoh latihan: Sejak 2016, Pemkot mengirim 350 ASN.', '2016'],
    ['Contoh latihan: semenjak tahun 2016 Pemkot mengirim ASN.', '2016'],
    ['Contoh latihan: mulai Maret 2016 Pemkot mengirim ASN.', '2016-03'],
    ['Contoh latihan: mulai Maret 2016 Pemkot mengirim ASN.', '2016'],
    ['Contoh latihan: dari tahun 2016 hingga 2024, 350 ASN dikirim.', '2016'],
    ['Contoh latihan: sejak awal tahun 2016, 350 ASN dikirim.', '2016'],
  ])('gives the start: %s → %s', (text, date) => {
    expect(statesSince(text, date, ctx)).toBe(true);
  });

  it.each<[string, string]>([
    // A year named, but not as a start.
    ['Contoh latihan: pada tahun 2016 Pemkot mengirim 25 ASN.', '2016'],
    [SECOND_2023, '2023'],
    // "Sejak" with no date.
    [SINCE_LEADERSHIP, '2016'],
    // Another year.
    [SINCE_2016, '2015'],
    // A start less precise than the date asked for.
    ['Contoh latihan: Sejak 2016, Pemkot mengirim 350 ASN.', '2016-03'],
  ])('does not give the start: %s → %s', (text, date) => {
    expect(statesSince(text, date, ctx)).toBe(false);
  });

  it('keeps the words of the start', () => {
    expect(findSince(SINCE_2016, ctx).map((d) => d.text)).toEqual(['sejak tahun 2016']);
  });
});
