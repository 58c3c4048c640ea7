/** The message and fix validateEntry gives for the checks our schemas name. */
import { describe, expect, it } from 'vitest';
import { article, cohort, only } from './schema-fixtures.ts';

describe('validateEntry', () => {
  describe('invalid_format', () => {
    it('explains a key that is not a slug', () => {
      const p = only(cohort('place: singapore', 'place: Singapore City').problems, 'place');
      expect(p.message.en).toBe('Not a valid key.');
      expect(p.fix.en).toContain('lower-case letters');
    });

    it('explains markup in plain text', () => {
      const p = only(article('title: Judul', 'title: <script>alert(1)</script>').problems, 'title');
      expect(p.line).toBe(1);
      expect(p.message.en).toBe('Text contains < or > (HTML markup is not allowed).');
    });

    it('explains a bad time', () => {
      const p = only(
        article('kind: news', 'kind: news\npublished_time: "25:00"').problems,
        'published_time',
      );
      expect(p.message.en).toBe('Not a valid time.');
      expect(p.fix.en).toContain('HH:MM');
    });

    it('explains a bad field path in supports', () => {
      const p = only(
        cohort('supports: [period]', 'supports: [Period]').problems,
        'sources[0].supports[0]',
      );
      expect(p.message.en).toBe('Field name in supports is not valid.');
    });
  });

  describe('custom', () => {
    it('explains an impossible date', () => {
      const p = only(cohort('start: 2019-07-01', 'start: 2023-02-30').problems, 'period.start');
      expect(p).toMatchObject({ code: 'schema-custom', line: 5 });
      expect(p.message.en).toBe('Not a valid date.');
      expect(p.fix.en).toContain('YYYY-MM-DD');
    });

    it('explains a republication without republishes', () => {
      const p = only(article('kind: news', 'kind: republication').problems, 'republishes');
      expect(p.message.en).toContain('must name the article it republishes');
    });

    it('explains a duplicate participant group at the second one', () => {
      const p = only(
        cohort('    count: 25', '    count: 25\n  - group: asn-kota-jambi\n    count: 3').problems,
        'participants[1].group',
      );
      expect(p.line).toBe(10);
      expect(p.message.en).toBe('The same participant group is listed twice.');
    });
  });
});
