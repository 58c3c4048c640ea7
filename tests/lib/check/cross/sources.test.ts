/** A record's sources against its facts: supports, facts without a source, list items. */
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_TEXT, COHORT_TEXT } from '../../../helpers/corpus.ts';
import {
  COHORT_PATH,
  cohort,
  edited,
  lineIn,
  problemsIn,
  removeCorpora,
  withCode,
} from '../corpora.ts';
import { DATES_COHORT, DATES_COHORT_FILE, datesFiles } from './practice-dates.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('supports and facts', () => {
    it('reports supports naming a field the record does not state', () => {
      const problems = problemsIn(cohort('supports: [host]', 'supports: [host, budget]'));
      const [p] = withCode(problems, 'supports-unknown-field');
      expect(p).toMatchObject({ field: 'sources[2].supports[1]' });
      expect(p?.line).toBe(lineIn(COHORT_TEXT, 'supports: [host]'));
      expect(p?.fix.en).toContain('Use one of: programme, theme');
    });

    it('reports a fact no source supports', () => {
      const problems = problemsIn(
        cohort('programme, theme, status, period, place]', 'programme, theme, status, period]'),
      );
      const [p] = withCode(problems, 'fact-without-source');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'place', line: 7 });
    });

    it('reports an expert no quote names', () => {
      const problems = problemsIn(
        cohort('  - name: Jamie Foo\n', '  - name: Jamie Foo\n  - name: John Doe\n'),
      );
      const [p] = withCode(problems, 'list-item-without-source');
      expect(p).toMatchObject({ field: 'experts' });
      expect(p?.message.en).toContain('"John Doe"');
    });

    it('reports a site visit no quote names', () => {
      const problems = problemsIn(
        cohort('  - Geoworks\n', '  - Geoworks\n  - Gardens by the Bay\n'),
      );
      const [p] = withCode(problems, 'list-item-without-source');
      expect(p).toMatchObject({ field: 'site_visits' });
      expect(p?.message.en).toContain('"Gardens by the Bay"');
    });

    it('reports a claim qualifier the quote does not state', () => {
      const problems = problemsIn({
        'claims/c.yaml': CLAIM_TEXT.replace('qualifier: exact', 'qualifier: at-least'),
      });
      withCode(problems, 'fact-without-source');
    });
  });

  describe('one fact from two quotes', () => {
    const path = `content/${DATES_COHORT_FILE}`;
    const mine = (files: Record<string, string>) =>
      problemsIn(files).filter((p) => p.file === path);

    it('supports a period by a quote for its start and another for its end', () => {
      expect(mine(datesFiles())).toEqual([]);
    });

    it('checks each part against its own quote', () => {
      const cohort = edited(DATES_COHORT, 'end: 2018-10-19', 'end: 2018-10-20');
      const [p, ...rest] = mine(datesFiles(undefined, cohort));
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ code: 'value-not-in-quote', field: 'sources[2].supports[0]' });
      expect(p?.message.id).toBe(
        'Kutipan tidak menyebut tanggal 20 Oktober 2018 untuk kolom period.end.',
      );
    });

    it('reports the part left without a quote at its own field', () => {
      const cohort = edited(DATES_COHORT, 'supports: [period.end]', 'supports: [status]');
      const found = withCode(mine(datesFiles(undefined, cohort)), 'fact-part-without-source');
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        field: 'period.end',
        line: lineIn(cohort, '  end: 2018-10-19'),
      });
    });

    it('refuses the end of a period that has none', () => {
      const cohort = edited(DATES_COHORT, '  end: 2018-10-19\n', '');
      const problems = mine(datesFiles(undefined, cohort));
      expect(problems.map((p) => [p.code, p.field])).toEqual([
        ['supports-unknown-field', 'sources[2].supports[0]'],
      ]);
    });
  });
});
