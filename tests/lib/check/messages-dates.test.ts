/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): the dates
 * and status of records, and the checks still run on an entry that failed
 * its schema.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { COHORT_FILE, COHORT_TEXT } from '../../helpers/corpus.ts';
import { claim, cohort, context, corpus, edited, removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

describe('dates and status', () => {
  it('date-end-before-start', () => {
    expect(shown(cohort('end: 2019-02-23', 'end: 2019-02-10'), 'date-end-before-start'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:6  [period.end]
        ✗ Akhir pelatihan (2019-02-10) sebelum awalnya (2019-02-17).
          (Training ends (2019-02-10) before it starts (2019-02-17).)
        → Periksa urutan period.start dan period.end.
          (Check the order of period.start and period.end.)"
    `);
  });
  it('date-sendoff-after-start', () => {
    expect(shown(cohort('date: 2019-02-15', 'date: 2019-02-18'), 'date-sendoff-after-start'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:13  [sendoff.date]
        ✗ Pelepasan (2019-02-18) setelah pelatihan dimulai (2019-02-17).
          (Send-off (2019-02-18) is after the training starts (2019-02-17).)
        → Pelepasan terjadi sebelum berangkat: periksa sendoff.date dan period.start.
          (The send-off comes before departure: check sendoff.date and period.start.)"
    `);
  });
  it('status-held-unsupported', () => {
    expect(shown(cohort('start: 2019-02-17', 'start: 2019-03-17'), 'status-held-unsupported'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:3  [status]
        ✗ Status held, tetapi semua sumber terbit sebelum pelatihan dimulai.
          (Status is held, but every source was published before the training started.)
        → Gunakan status planned (atau announced) sampai ada sumber yang melaporkan pelatihan sudah berlangsung.
          (Use status planned (or announced) until a source reports that the training took place.)"
    `);
  });
  it('date-claim-made-on', () => {
    expect(shown(claim('made_on: 2019-02', 'made_on: 2021'), 'date-claim-made-on'))
      .toMatchInlineSnapshot(`
      "content/claims/c.yaml:4  [made_on]
        ✗ made_on (2021) tidak cocok dengan tanggal terbit sumbernya (2019-02).
          (made_on (2021) does not match the publication date of its sources (2019-02).)
        → Isi made_on dengan tanggal terbit artikel yang memuat pernyataan itu.
          (Set made_on to the publication date of the article that makes the statement.)"
    `);
  });
  it('date-not-publication', () => {
    expect(shown(context('date: 2019-02', 'date: 2019-03'), 'date-not-publication'))
      .toMatchInlineSnapshot(`
      "content/context/e.yaml:1  [date]
        ✗ date_basis: publication, tetapi date (2019-03) berbeda dari tanggal terbit sumber (2019-02).
          (date_basis is publication, but date (2019-03) differs from the sources' publication date (2019-02).)
        → Samakan date dengan tanggal terbit artikel, atau gunakan date_basis: stated dengan kutipan yang menyebut tanggal.
          (Set date to the article's publication date, or use date_basis: stated with a quote that gives the date.)"
    `);
  });
});

describe('a file with schema errors', () => {
  it('still has its terms, dates and quotes checked, in the same run', () => {
    let text = edited(COHORT_TEXT, 'place: singapore\n', '');
    text = edited(text, 'theme: smart-city-cybersecurity', 'theme: Smart City');
    text = edited(text, 'end: 2019-02-23', 'end: 2019-02-10');
    text = edited(text, 'start: 2019-02-17', 'start: 2019-02-17\n  extra: 1');
    text = edited(text, 'telah dilepas secara resmi', 'telah dilepas resmi');
    const made = corpus({ [COHORT_FILE]: text });
    const problems = runCheck(made.root).problems.filter((p) => p.file.endsWith(COHORT_FILE));
    expect(problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'place schema-invalid-type',
      'theme vocabulary-term-unknown',
      'period.extra schema-unrecognized-keys',
      'period.end date-end-before-start',
      'sources[1].quote quote-not-found',
    ]);
    expect(problems[1]?.fix.id).toContain('mis. smart-city-cybersecurity');
  });
});
