/** The checks of a cohort: its terms, the order of its dates, status held. */
import { afterEach, describe, expect, it } from 'vitest';
import { COHORT_FILE, COHORT_TEXT } from '../../../helpers/corpus.ts';
import { cohort, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('references', () => {
    it('reports unknown place, programme and participant group terms', () => {
      const problems = problemsIn({
        [COHORT_FILE]: COHORT_TEXT.replace('programme: scp', 'programme: spc')
          .replace('place: singapore', 'place: singapur')
          .replace('group: asn-kota-jambi', 'group: asn-jambi'),
      });
      expect(withCode(problems, 'vocabulary-term-unknown').map((p) => p.field)).toEqual([
        'programme',
        'place',
        'participants[0].group',
      ]);
    });
  });

  describe('dates', () => {
    it('reports a training that ends before it starts', () => {
      const problems = problemsIn(cohort('end: 2019-02-23', 'end: 2019-02-10'));
      const [p] = withCode(problems, 'date-end-before-start');
      expect(p).toMatchObject({ field: 'period.end', line: 6 });
    });

    it('does not compare an end month with a start day inside it', () => {
      const problems = problemsIn(cohort('end: 2019-02-23', 'end: 2019-02'));
      expect(problems.filter((p) => p.code === 'date-end-before-start')).toEqual([]);
    });

    it('reports a send-off after the training started', () => {
      const problems = problemsIn(cohort('date: 2019-02-15', 'date: 2019-02-20'));
      const [p] = withCode(problems, 'date-sendoff-after-start');
      expect(p).toMatchObject({ field: 'sendoff.date', line: 13 });
    });

    it('reports status held when every source predates the training', () => {
      const problems = problemsIn(
        cohort('start: 2019-02-17\n  end: 2019-02-23', 'start: 2019-03-17\n  end: 2019-03-23'),
      );
      const [p] = withCode(problems, 'status-held-unsupported');
      expect(p).toMatchObject({ field: 'status', line: 3 });
    });

    it('accepts status planned in the same case', () => {
      const problems = problemsIn({
        [COHORT_FILE]: COHORT_TEXT.replace('status: held', 'status: planned').replace(
          'start: 2019-02-17\n  end: 2019-02-23',
          'start: 2019-03-17\n  end: 2019-03-23',
        ),
      });
      expect(problems.filter((p) => p.code === 'status-held-unsupported')).toEqual([]);
    });
  });
});
