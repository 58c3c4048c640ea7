import { describe, expect, it } from 'vitest';
import { cohortFacts } from '../../../src/lib/check/facts.ts';
import { indexArticles } from '../../../src/lib/check/cross.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import {
  candidatesFor,
  dateContextOf,
  quoteCandidates,
  splitSentences,
  statedFacts,
} from '../../../scripts/new/quotes.ts';
import { COHORT_ID, makeCorpus } from '../../helpers/corpus.ts';
import { DATES_INPUT, END_SENTENCE, START_SENTENCE } from './practice-dates-input.ts';

describe('splitSentences', () => {
  it('splits after a full stop before a capital, not after a title or initial', () => {
    expect(
      splitSentences(
        'Dilepas oleh Dr. H. Syarif Fasha di Griya Mayang (15/2). Pelatihan ini gratis! Apa? Ya.',
      ),
    ).toEqual([
      'Dilepas oleh Dr. H. Syarif Fasha di Griya Mayang (15/2).',
      'Pelatihan ini gratis!',
      'Apa?',
      'Ya.',
    ]);
  });

  it('keeps paragraphs apart and splits after a closing quote', () => {
    expect(splitSentences('"Kita belajar." Kata Wali Kota.\n\nParagraf dua, tanpa titik')).toEqual([
      '"Kita belajar."',
      'Kata Wali Kota.',
      'Paragraf dua, tanpa titik',
    ]);
  });

  it('does not split decimals, dates or "Pte. Ltd"', () => {
    expect(
      splitSentences('Biaya 2.5 juta pada 12.05.2023 oleh NCS Pte. Ltd di sana.'),
    ).toHaveLength(1);
  });
});

describe('quote candidates', () => {
  const corpus = makeCorpus();
  const content = loadContent(corpus.root);
  corpus.cleanup();
  const cohort = content.cohorts.find((c) => c.id === COHORT_ID);
  const article = [...indexArticles(content.articles).values()][0];
  if (!cohort || !article) throw new Error('corpus without cohort or article');
  const facts = cohortFacts(cohort.data);
  const ctx = dateContextOf(article.entry.data.published);

  it('lists the sentences stating each value, those stating most first', () => {
    const all = quoteCandidates(article.text, facts, ctx, content);
    const count = candidatesFor('participants.asn-kota-jambi', all);
    expect(count[0]?.quote).toMatch(/^JAMBI – Sebanyak 25 orang Aparatur Sipil Negara/);
    expect(count[0]?.states).toEqual(
      expect.arrayContaining([
        'programme',
        'theme',
        'period',
        'place',
        'participants.asn-kota-jambi',
      ]),
    );
    const sendoff = candidatesFor('sendoff.date', all);
    expect(sendoff[0]?.quote).toContain('(15/2)');
  });

  it('offers only sentences that occur once and never status', () => {
    for (const c of quoteCandidates(article.text, facts, ctx, content)) {
      expect(article.text.split(c.quote)).toHaveLength(2);
      expect(c.states).not.toContain('status');
    }
  });

  it('reads the facts a quote states as the checker does', () => {
    expect(statedFacts('Sebanyak 26 orang ASN ke Singapura', facts, ctx, content)).toEqual([
      'place',
    ]);
  });
});

describe('the parts of a value', () => {
  const { facts, ctx, content } = DATES_INPUT;

  it('lists the part a sentence states when it does not state the whole value', () => {
    expect(statedFacts(START_SENTENCE, facts, ctx, content)).toEqual([
      'programme',
      'theme',
      'period.start',
      'place',
    ]);
    expect(statedFacts(END_SENTENCE, facts, ctx, content)).toEqual(['period.end']);
  });

  it('lists the whole value, not its parts, for a sentence that states it', () => {
    const whole =
      'Contoh latihan: pelatihan SCP berlangsung 15 hingga 19 Oktober 2018 di Singapura.';
    expect(statedFacts(whole, facts, ctx, content)).toEqual(['programme', 'period', 'place']);
  });

  it('offers the sentences stating each part', () => {
    const all = quoteCandidates(DATES_INPUT.text, facts, ctx, content);
    expect(candidatesFor('period', all)).toEqual([]);
    expect(candidatesFor('period.end', all).map((c) => c.quote)).toEqual([END_SENTENCE]);
  });
});
