/** A variant's number is read as what its field measures, like the field's own value. */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../../src/lib/check/index.ts';
import { ARTICLE_ID, COHORT_FILE, COHORT_TEXT, makeCorpus } from '../../../helpers/corpus.ts';

const FIELD = 'participants.asn-kota-jambi';
const withVariant = (value: string, quote: string) =>
  `${COHORT_TEXT}variants:\n  - field: ${FIELD}\n    value: "${value}"\n    article: ${ARTICLE_ID}\n    quote: ${quote}\n`;

function codes(text: string): string[] {
  const c = makeCorpus({ [COHORT_FILE]: text });
  try {
    return runCheck(c.root, c.content).problems.map((p) => `${p.field}:${p.code}`);
  } finally {
    c.cleanup();
  }
}

describe('checkVariants', () => {
  it.each<[string, string, string[]]>([
    ['150', 'Kota Jambi telah mengirimkan 150 orang ASN', []],
    [
      '2019',
      'negara Singapura (17 s.d. 23 Februari 2019)',
      ['variants[0].value:value-not-in-quote'],
    ],
    ['3', 'Dalam kurun waktu 3 tahun terakhir', ['variants[0].value:value-not-in-quote']],
    ['6', 'terbagi dalam 6 angkatan SCP', ['variants[0].value:value-not-in-quote']],
  ])('reads a head-count variant %s in "%s"', (value, quote, expected) => {
    expect(codes(withVariant(value, quote))).toEqual(expected);
  });
});
