/**
 * An article whose publication date is not known: accepted as it is, its
 * bounds held against the dates of the records citing it, of the article it
 * republishes and of today, and a date without its year read in the year its
 * bounds share.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_FILE, ARTICLE_TEXT, CLAIM_TEXT, CONTEXT_TEXT } from '../../../helpers/corpus.ts';
import { edited, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

/** The corpus article with its date replaced by `unknown` and the given bound lines. */
const undated = (bounds = '') => ({
  [ARTICLE_FILE]: edited(ARTICLE_TEXT, 'published: 2019-02\n', `published: unknown\n${bounds}`),
});
const codes = (files: Parameters<typeof problemsIn>[0]) => problemsIn(files).map((p) => p.code);

describe('an article of unknown date', () => {
  it('is accepted with its cohort, whose "(15/2)" reads in the year its bounds share', () => {
    expect(
      problemsIn(undated('published_after: 2019-02-23\npublished_before: 2019-03-31\n')),
    ).toEqual([]);
  });

  it('gives "(15/2)" no year when nothing bounds the year', () => {
    const problems = problemsIn(undated());
    expect(withCode(problems, 'date-publication-too-vague').map((p) => p.field)).toEqual([
      'sources[1].supports[0]',
    ]);
  });

  it('refuses status held when its last possible day is before the training', () => {
    const problems = problemsIn(undated('published_before: 2019-02-10\n'));
    expect(withCode(problems, 'status-held-unsupported')).toHaveLength(1);
  });

  it('holds a claim’s made_on within its bounds', () => {
    const bounds = undated('published_after: 2019-02-23\npublished_before: 2019-03-31\n');
    const claim = (made: string) => ({
      ...bounds,
      'claims/c.yaml': edited(CLAIM_TEXT, 'made_on: 2019-02', `made_on: ${made}`),
    });
    expect(codes(claim('2019-03-05'))).toEqual([]);
    const [p] = withCode(problemsIn(claim('2019-04')), 'date-claim-made-on');
    expect(p?.message.id).toContain('unknown (2019-02-23 – 2019-03-31)');
  });

  it('cannot give a context event its date of publication', () => {
    const files = { ...undated(), 'context/e.yaml': CONTEXT_TEXT };
    const [p] = withCode(problemsIn(files), 'date-not-publication');
    expect(p?.message.en).toContain("differs from the sources' publication date (unknown)");
  });

  it('refuses a first possible day after today', () => {
    const [p] = withCode(
      problemsIn(undated('published_after: 2099-01-01\n')),
      'published-in-the-future',
    );
    expect(p).toMatchObject({ field: 'published_after' });
    expect(p?.message.id).toContain('published_after (2099-01-01) ada setelah hari ini');
  });

  it('refuses a last possible day before the article it republishes', () => {
    const republication = edited(
      edited(
        ARTICLE_TEXT,
        'published: 2019-02\n',
        'published: unknown\npublished_before: 2019-02-20\n',
      ),
      'kind: press-release\n',
      'kind: republication\nrepublishes:\n  outlet: unknown\n  published: 2019-02-25\n',
    );
    const [p] = withCode(
      problemsIn({ [ARTICLE_FILE]: republication }),
      'published-before-original',
    );
    expect(p).toMatchObject({ field: 'published_before' });
    expect(p?.message.id).toContain('republishes.published: 2019-02-25');
  });

  it('reports a bound next to a written date and bounds in the wrong order', () => {
    const withDate = {
      [ARTICLE_FILE]: edited(
        ARTICLE_TEXT,
        'published: 2019-02\n',
        'published: 2019-02\npublished_after: 2019-02-23\n',
      ),
    };
    expect(codes(withDate)).toContain('schema-custom');
    const [p] = problemsIn(withDate).filter((x) => x.field === 'published_after');
    expect(p?.message.id).toContain('hanya dipakai bila tanggal terbit tidak diketahui');
    const reversed = undated('published_after: 2019-02-23\npublished_before: 2019-02-20\n');
    const [q] = problemsIn(reversed).filter((x) => x.field === 'published_before');
    expect(q?.message.id).toContain('published_before jatuh sebelum published_after');
  });
});

describe('a held cohort citing an article of unknown date', () => {
  it('is not refused when nothing bounds the article from above', () => {
    expect(codes(undated('published_after: 2019-02-01\n'))).not.toContain(
      'status-held-unsupported',
    );
  });
});
