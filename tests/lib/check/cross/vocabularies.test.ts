/** Vocabulary terms an entry uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REAL_CONTENT } from '../../../helpers/corpus.ts';
import { COHORT_PATH, cohort, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

const THEMES = 'vocabularies/themes.yaml';
const THEMES_TEXT = readFileSync(join(REAL_CONTENT, THEMES), 'utf8');
/** The themes with the label of smart-city-cybersecurity (the corpus cohort's theme) broken. */
const BAD_SMART_CITY = THEMES_TEXT.replace('id: Kota Cerdas', 'idd: Kota Cerdas');

describe('checkContent', () => {
  describe('references', () => {
    it('reports an unknown vocabulary term and suggests the nearest', () => {
      const problems = problemsIn(
        cohort('theme: smart-city-cybersecurity', 'theme: smart-city-cybersecurty'),
      );
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'theme', line: 2 });
      expect(p?.fix.en).toMatch(/e\.g\. smart-city-cybersecurity/);
      expect(p?.fix.en).toContain('content/vocabularies/themes.yaml');
    });
  });

  describe('a vocabulary with a gap', () => {
    it('does not report a key whose term is written but invalid: the vocabulary file does', () => {
      const problems = problemsIn({ [THEMES]: BAD_SMART_CITY });
      expect(problems.filter((p) => p.code === 'vocabulary-term-unknown')).toEqual([]);
      expect(problems.map((p) => p.file)).toEqual([`content/${THEMES}`]);
    });

    it('still reports a key that is not written at all, suggesting only the valid terms', () => {
      const problems = problemsIn({
        [THEMES]: BAD_SMART_CITY,
        ...cohort('theme: smart-city-cybersecurity', 'theme: public-servise'),
      });
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'theme' });
      expect(p?.fix.en).toMatch(/e\.g\. public-service/);
      expect(p?.fix.en).not.toContain('smart-city-cybersecurity');
    });

    it('does not check keys against a vocabulary that could not be read, even misspelt ones', () => {
      const problems = problemsIn({
        [THEMES]: 'smart-city-cybersecurity: [\n',
        ...cohort('theme: smart-city-cybersecurity', 'theme: no-such-theme'),
      });
      expect(problems.filter((p) => p.code === 'vocabulary-term-unknown')).toEqual([]);
      expect(withCode(problems, 'vocabulary-unreadable')).toEqual([
        expect.objectContaining({ file: `content/${THEMES}` }),
      ]);
    });

    it('leaves the other vocabularies checked', () => {
      const problems = problemsIn({
        [THEMES]: '- a\n',
        ...cohort('place: singapore', 'place: singapur'),
      });
      expect(withCode(problems, 'vocabulary-term-unknown')).toEqual([
        expect.objectContaining({ file: COHORT_PATH, field: 'place' }),
      ]);
    });
  });
});
