/**
 * The article a session quotes from: a title that is not the published
 * headline (ours, or read from the address) is never part of the text quotes
 * are offered from, and a quote of it is refused in the check's words.
 */
import { describe, expect, it } from 'vitest';
import { cohortFacts } from '../../../src/lib/check/facts.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { newSource } from '../../../scripts/new/article-source.ts';
import { citeQuotes } from '../../../scripts/new/citations.ts';
import { citationInput } from '../../../scripts/new/plan-cohort.ts';
import { quoteCandidates } from '../../../scripts/new/quotes.ts';
import { COHORT_ID, makeCorpus } from '../../helpers/corpus.ts';

const corpus = makeCorpus();
const content = loadContent(corpus.root);
corpus.cleanup();
const cohort = content.cohorts.find((c) => c.id === COHORT_ID);
if (!cohort) throw new Error('corpus without cohort');

/** Contoh latihan: a release whose copy had no headline, so the title is ours. */
const TITLE = 'Sebanyak 25 orang ASN Pemkot Jambi ikut pelatihan Smart City di Singapura';
const BODY =
  'Contoh latihan. Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi mengikuti pelatihan Singapore Cooperation Programme (SCP) Smart City and Cybersecurity di Singapura (17 s.d. 23 Februari 2019).';

const source = (basis: string) =>
  newSource({ 'article-title': TITLE, 'title-basis': basis, published: '2019-02' }, BODY);

describe('newSource', () => {
  it('quotes from the body alone when the title is ours or read from the address', () => {
    for (const basis of ['editorial', 'address']) {
      const s = source(basis);
      expect(s?.text).not.toContain(TITLE);
      expect(s?.unquotedTitle).toEqual({ text: TITLE, basis });
    }
    expect(source('headline')?.text.startsWith(TITLE)).toBe(true);
    expect(source('headline')?.unquotedTitle).toBeUndefined();
  });

  it('never offers a title of ours as a quote, and refuses it when typed', () => {
    const s = source('editorial');
    if (!s || !cohort) throw new Error('no source');
    const input = citationInput(s, cohortFacts(cohort.data), content, 'held');
    const offered = quoteCandidates(input.text, input.facts, input.ctx, content, 'held');
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.map((c) => c.quote)).not.toContain(TITLE);
    const cited = citeQuotes([TITLE], input);
    expect(cited.citations).toEqual([]);
    expect(cited.problems).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^Kutipan ini hanya ada di judul artikel .*dibuat oleh kami/),
      }),
    ]);
  });
});
