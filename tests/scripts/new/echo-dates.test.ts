/** Saying back how a chosen quote's dates were read, and a weekday that contradicts its date. */
import { describe, expect, it } from 'vitest';
import { echoDates } from '../../../scripts/new/echo-dates.ts';
import { scripted } from '../../helpers/scaffold.ts';
import { DATES_INPUT, SENDOFF_SENTENCE, START_SENTENCE } from './practice-dates-input.ts';

const said = (quote: string, input = DATES_INPUT): string[] => {
  const io = scripted([]);
  echoDates(io, quote, input);
  return io.transcript;
};

describe('echoDates', () => {
  it('says how each date stating a date value was read', () => {
    expect(said(SENDOFF_SENTENCE)).toEqual([
      '  ℹ "kemarin" dibaca sebagai 14 Oktober 2018 (sehari sebelum tanggal terbit 15 Oktober 2018).',
    ]);
    expect(said(START_SENTENCE)).toHaveLength(2);
  });

  it('warns of a weekday that is not its date’s', () => {
    const cohort = DATES_INPUT.facts.map((f) =>
      f.path === 'sendoff.date'
        ? { ...f, check: { kind: 'date' as const, value: '2018-10-16' } }
        : f,
    );
    const quote = 'Contoh latihan: peserta dilepas Senin (16/10) di Griya Mayang.';
    expect(said(quote, { ...DATES_INPUT, facts: cohort })).toEqual([
      '  ℹ "Senin (16/10)" dibaca sebagai 16 Oktober 2018 (tahun tidak ditulis; diambil dari tanggal terbit 15 Oktober 2018).',
      '  ⚠ Kutipan menulis "Senin (16/10)", tetapi 16 Oktober 2018 jatuh pada hari Selasa. Menurut angkanya: Selasa, 16 Oktober 2018; menurut nama harinya: Senin, 15 Oktober 2018 (Senin terdekat).',
    ]);
  });

  it('says nothing for a quote that states no date value', () => {
    expect(said('Contoh latihan: kemarin lusa hujan turun di Singapura.')).toEqual([]);
  });
});
