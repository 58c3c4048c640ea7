/**
 * Choosing quotes in the interview when no one sentence states a value
 * whole: the start and end of a period are asked one by one, and each chosen
 * quote's dates are said back as read.
 */
import { describe, expect, it } from 'vitest';
import { citeQuotes } from '../../../scripts/new/citations.ts';
import { chooseQuotes, chooseQuotesPerFact } from '../../../scripts/new/interview-quotes.ts';
import { scripted } from '../../helpers/scaffold.ts';
import {
  DATES_INPUT,
  END_SENTENCE,
  SENDOFF_SENTENCE,
  START_SENTENCE,
} from './practice-dates-input.ts';

describe('chooseQuotesPerFact', () => {
  it('asks the end of a period apart when no sentence states the whole period', async () => {
    const io = scripted([
      '1', // programme (and theme, place, period.start): the start sentence
      '', // status: none for now
      '1', // period.end: the end sentence
      '1', // the count (and the send-off)
    ]);
    const chosen = await chooseQuotesPerFact(io, [], DATES_INPUT);
    const text = io.transcript.join('\n');
    expect(text).toContain(
      'Tidak ada satu kalimat yang menyebut period seluruhnya: pilih kutipan untuk setiap bagiannya.',
    );
    expect(text).toContain('Kutipan untuk period.end = 2018-10-19:');
    expect(text).not.toContain('Kutipan untuk period.start');
    expect(chosen).toEqual([START_SENTENCE, END_SENTENCE, SENDOFF_SENTENCE]);
    const cited = citeQuotes(chosen, DATES_INPUT);
    expect(cited.citations.map((c) => c.supports)).toEqual([
      ['programme', 'theme', 'period.start', 'place'],
      ['period.end', 'status'],
      ['participants.asn-kota-jambi', 'sendoff.date', 'sendoff.place'],
    ]);
    expect(cited.unsupported).toEqual([]);
  });

  it('ticks a period off once its start and end each have a quote', async () => {
    const io = scripted(['1', '1', '1']);
    await chooseQuotesPerFact(io, [], DATES_INPUT);
    expect(io.transcript.join('\n')).toContain(
      '✓ period: sudah didukung kutipan 1, 2 (already supported by quote 1, 2)',
    );
  });

  it('says back how the dates of each chosen quote were read', async () => {
    const io = scripted(['1', '', '1', '1']);
    await chooseQuotesPerFact(io, [], DATES_INPUT);
    const said = io.transcript.filter((l) => l.startsWith('  ℹ '));
    expect(said).toEqual([
      '  ℹ "hari ini" dibaca sebagai 15 Oktober 2018 (tanggal terbit 15 Oktober 2018).',
      '  ℹ "Senin (15/10)" dibaca sebagai 15 Oktober 2018 (tahun tidak ditulis; diambil dari tanggal terbit 15 Oktober 2018).',
      '  ℹ "Jumat (19/10)" dibaca sebagai 19 Oktober 2018 (tahun tidak ditulis; diambil dari tanggal terbit 15 Oktober 2018).',
      '  ℹ "kemarin" dibaca sebagai 14 Oktober 2018 (sehari sebelum tanggal terbit 15 Oktober 2018).',
    ]);
  });
});

describe('chooseQuotes', () => {
  it('says back how the dates of the sentences picked for a stored record were read', async () => {
    const io = scripted(['1']);
    await chooseQuotes(io, [], DATES_INPUT);
    expect(io.transcript.join('\n')).toContain('ℹ "kemarin" dibaca sebagai 14 Oktober 2018');
  });
});
