import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../../src/lib/check/index.ts';
import { ARTICLE_ID, COHORT_FILE, COHORT_TEXT, useCorpora } from '../../../helpers/corpus.ts';

const withVariant = (field: string, value: string, quote: string, article = ARTICLE_ID) =>
  `${COHORT_TEXT}variants:\n  - field: ${field}\n    value: ${value}\n    article: ${article}\n    quote: ${quote}\n`;

const corpus = useCorpora();

function codes(text: string): string[] {
  const c = corpus({ [COHORT_FILE]: text });
  return runCheck(c.root, c.content).problems.map((p) => `${p.field}:${p.code}`);
}

describe('checkVariants', () => {
  it('accepts a differing value stated in an exact quote', () => {
    expect(
      codes(withVariant('period', 'sepekan', 'Selama sepekan, oleh Pemerintah Singapura')),
    ).toEqual([]);
  });

  it('refuses a value the quote does not state', () => {
    expect(
      codes(withVariant('period', 'sebulan', 'Selama sepekan, oleh Pemerintah Singapura')),
    ).toEqual(['variants[0].value:value-not-in-quote']);
  });

  it('refuses an unknown field, a missing article and a quote not in the text', () => {
    expect(
      codes(withVariant('duration', 'sepekan', 'Selama sepekan, oleh Pemerintah Singapura')),
    ).toEqual(['variants[0].field:supports-unknown-field']);
    expect(
      codes(withVariant('period', 'sepekan', 'Selama sepekan, oleh Pemerintah', 'no-such-article')),
    ).toEqual(['variants[0].article:reference-unknown-article']);
    expect(codes(withVariant('period', 'sepekan', 'Selama sepekan penuh di Singapura'))).toEqual([
      'variants[0].quote:quote-not-found',
    ]);
  });
});
