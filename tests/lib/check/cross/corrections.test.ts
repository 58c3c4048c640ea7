import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../../src/lib/check/index.ts';
import {
  ARTICLE_ID,
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  useCorpora,
} from '../../../helpers/corpus.ts';

/** One correction appended to a record's YAML. */
function withCorrection(base: string, fields: Record<string, string>, extra = ''): string {
  const lines = Object.entries(fields).map(([k, v]) => `    ${k}: ${v}`);
  lines[0] = `  - ${lines[0]?.trimStart() ?? ''}`;
  return `${base}corrections:\n${lines.join('\n')}\n    reason:\n      id: Sumber menyebut angka lain.\n      en: The source gives another number.\n${extra}`;
}

const corpus = useCorpora();

function codes(files: Record<string, string>): string[] {
  const c = corpus(files);
  return runCheck(c.root, c.content).problems.map((p) => `${p.field}:${p.code}`);
}

describe('checkCorrections', () => {
  it('accepts a correction of a fact field whose previous value differs', () => {
    expect(
      codes({
        [COHORT_FILE]: withCorrection(COHORT_TEXT, {
          date: '2023-06-01',
          field: 'participants.asn-kota-jambi',
          previous: '20',
        }),
      }),
    ).toEqual([]);
  });

  it('accepts a correction citing a passage of a stored article', () => {
    expect(
      codes({
        [COHORT_FILE]: withCorrection(
          COHORT_TEXT,
          { date: '2023-06-01', field: 'period', previous: '18–24 Februari 2019' },
          `    source:\n      article: ${ARTICLE_ID}\n      quote: yang berlangsung di negara Singapura (17 s.d. 23 Februari 2019)\n`,
        ),
      }),
    ).toEqual([]);
  });

  it('refuses a field that is not a fact of the record', () => {
    expect(
      codes({
        [COHORT_FILE]: withCorrection(COHORT_TEXT, {
          date: '2023-06-01',
          field: 'duration',
          previous: 'sepekan',
        }),
      }),
    ).toEqual(['corrections[0].field:correction-unknown-field']);
  });

  it('refuses a previous value equal to the current one, raw or as displayed', () => {
    for (const [field, previous] of [
      ['participants.asn-kota-jambi', '25'],
      ['place', 'Singapura'],
      ['place', 'singapore'],
      ['period', '17–23 Februari 2019'],
      ['status', 'terlaksana'],
      ['sendoff.date', '15 Februari 2019'],
    ] as const) {
      expect(
        codes({
          [COHORT_FILE]: withCorrection(COHORT_TEXT, { date: '2023-06-01', field, previous }),
        }),
        `${field}: ${previous}`,
      ).toEqual(['corrections[0].previous:correction-same-value']);
    }
  });

  it('checks corrections of claims too', () => {
    expect(
      codes({
        'claims/claim.yaml': withCorrection(CLAIM_TEXT, {
          date: '2023-06-01',
          field: 'value',
          previous: '150',
        }),
      }),
    ).toEqual(['corrections[0].previous:correction-same-value']);
  });

  it('refuses a date that is not a full calendar date', () => {
    expect(
      codes({
        [COHORT_FILE]: withCorrection(COHORT_TEXT, {
          date: '2023-06',
          field: 'participants.asn-kota-jambi',
          previous: '20',
        }),
      }),
    ).toEqual(['corrections[0].date:schema-invalid-format']);
    expect(
      codes({
        [COHORT_FILE]: withCorrection(COHORT_TEXT, {
          date: '2023-02-30',
          field: 'participants.asn-kota-jambi',
          previous: '20',
        }),
      }),
    ).toEqual(['corrections[0].date:schema-custom']);
  });

  it('refuses a source passage that is not in the article, or an unknown article', () => {
    const base = { date: '2023-06-01', field: 'participants.asn-kota-jambi', previous: '20' };
    expect(
      codes({
        [COHORT_FILE]: withCorrection(
          COHORT_TEXT,
          base,
          `    source:\n      article: ${ARTICLE_ID}\n      quote: Sebanyak 20 orang Aparatur Sipil Negara\n`,
        ),
      }),
    ).toEqual(['corrections[0].source.quote:quote-not-found']);
    expect(
      codes({
        [COHORT_FILE]: withCorrection(
          COHORT_TEXT,
          base,
          `    source:\n      article: no-such-article\n      quote: Sebanyak 25 orang Aparatur Sipil Negara\n`,
        ),
      }),
    ).toEqual(['corrections[0].source.article:reference-unknown-article']);
  });
});
