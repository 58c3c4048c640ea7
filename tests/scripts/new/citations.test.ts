import { describe, expect, it } from 'vitest';
import { indexArticles } from '../../../src/lib/check/cross.ts';
import { cohortFacts } from '../../../src/lib/check/facts.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import {
  autoQuotes,
  citeQuotes,
  quoteProblem,
  type CitationInput,
} from '../../../scripts/new/citations.ts';
import { dateContextOf } from '../../../scripts/new/quotes.ts';
import { ARTICLE_ID, COHORT_ID, makeCorpus } from '../../helpers/corpus.ts';
import { DATES_INPUT, END_SENTENCE, START_SENTENCE } from './practice-dates-input.ts';

const corpus = makeCorpus();
const content = loadContent(corpus.root);
corpus.cleanup();
const article = indexArticles(content.articles).get(ARTICLE_ID);
const cohort = content.cohorts.find((c) => c.id === COHORT_ID);
if (!article || !cohort) throw new Error('corpus without article or cohort');
const input: CitationInput = {
  article: ARTICLE_ID,
  text: article.text,
  ctx: dateContextOf(article.entry.data.published),
  facts: cohortFacts(cohort.data),
  content,
  status: cohort.data.status,
};

const MAIN =
  'Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan Singapore Cooperation Programme (SCP), Smart City and Cybersecurity, yang berlangsung di negara Singapura (17 s.d. 23 Februari 2019).';
const SENDOFF =
  'telah dilepas secara resmi oleh Wali Kota Jambi, Dr. H. Syarif Fasha, ME, di Griya Mayang (15/2).';

describe('citeQuotes', () => {
  it('gives each quote the facts it states, and status to the one saying the training took place', () => {
    const cited = citeQuotes([MAIN, SENDOFF], input);
    expect(cited.problems).toEqual([]);
    expect(cited.citations).toEqual([
      {
        article: ARTICLE_ID,
        quote: MAIN,
        supports: [
          'programme',
          'theme',
          'period',
          'place',
          'participants.asn-kota-jambi',
          'status',
        ],
      },
      {
        article: ARTICLE_ID,
        quote: SENDOFF,
        supports: ['sendoff.date', 'sendoff.place', 'sendoff.by'],
      },
    ]);
    expect(cited.unsupported).toEqual(['host', 'experts', 'site_visits']);
  });

  it('never tags a send-off sentence with a held status, nor a sentence without its words', () => {
    const sendoff = citeQuotes([SENDOFF], input);
    expect(sendoff.citations[0]?.supports).toEqual(['sendoff.date', 'sendoff.place', 'sendoff.by']);
    expect(sendoff.unsupported).toContain('status');
    const planned = citeQuotes([MAIN], { ...input, status: 'planned' });
    expect(planned.citations[0]?.supports).not.toContain('status');
  });

  it('refuses a quote that states none of the record’s values', () => {
    const cited = citeQuotes(
      ['Seluruh expert dan Wali Kota Fasha tampak antusias menggali lebih dalam materi'],
      input,
    );
    expect(cited.citations).toEqual([]);
    expect(cited.problems[0]?.id).toMatch(/tidak menyebut nilai mana pun dari rekaman ini/);
  });

  it('merges equal quotes and normalises their spacing', () => {
    expect(citeQuotes([MAIN, `  ${MAIN.replace(/ /gu, '\n')} `], input).citations).toHaveLength(1);
  });

  it('reports quotes it cannot use and keeps the others', () => {
    const cited = citeQuotes(
      ['oleh Pemerintah Singapura', 'Gardens by the Bay dan Sentosa', MAIN],
      input,
    );
    expect(cited.citations).toHaveLength(1);
    expect(cited.problems.map((p) => p.id)).toEqual([
      expect.stringMatching(/^Kutipan "oleh Pemerintah Singapura" muncul \d+ kali di artikel/),
      expect.stringMatching(
        /^Kutipan tidak ditemukan di teks artikel .*Tidak ada bagian yang mirip/,
      ),
    ]);
  });
});

describe('quoteProblem', () => {
  it('refuses a quote that is too short', () => {
    expect(quoteProblem(article.text, 'Jambi', ARTICLE_ID)).toEqual({
      id: 'Kutipan "Jambi" terlalu pendek (minimal 20 huruf dan angka): salin kalimat yang lebih lengkap.',
      en: 'Quote "Jambi" is too short (at least 20 letters and digits): copy a fuller passage.',
    });
    expect(quoteProblem(article.text, MAIN, ARTICLE_ID)).toBeUndefined();
  });
});

describe('autoQuotes', () => {
  it('adds, for each fact not yet stated, the sentence stating it and most others', () => {
    const quotes = autoQuotes([], input);
    const cited = citeQuotes(quotes, input);
    expect(cited.problems).toEqual([]);
    expect(cited.unsupported).toEqual([]);
    expect(quotes[0]).toMatch(/^JAMBI – Sebanyak 25 orang/);
  });
});

describe('the parts of a value', () => {
  it('counts a period supported as covered when its start and end each have a quote', () => {
    expect(citeQuotes([START_SENTENCE], DATES_INPUT).unsupported).toContain('period');
    expect(citeQuotes([START_SENTENCE, END_SENTENCE], DATES_INPUT).unsupported).not.toContain(
      'period',
    );
  });

  it('picks a sentence for each part when none states the whole value', () => {
    const quotes = autoQuotes([], DATES_INPUT);
    expect(quotes).toContain(END_SENTENCE);
    expect(citeQuotes(quotes, DATES_INPUT).unsupported).toEqual([]);
  });
});
