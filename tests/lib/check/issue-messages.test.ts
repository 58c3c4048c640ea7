/** The message and fix validateEntry gives for each kind of zod issue. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { vocabularyFileSchema } from '../../../src/lib/content/collections.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { claimQualifiers, claimSchema } from '../../../src/schemas/claim.ts';
import { cohortSchema } from '../../../src/schemas/cohort.ts';
import { contextEventSchema } from '../../../src/schemas/context-event.ts';
import { ARTICLE, CLAIM, CONTEXT, article, check, claim, cohort, only } from './schema-fixtures.ts';

describe('validateEntry', () => {
  describe('invalid_type', () => {
    it('says a missing required field is missing, at the nearest parent line', () => {
      const p = only(
        check(contextEventSchema, CONTEXT.replace(/^date: .*\n/, '')).problems,
        'date',
      );
      expect(p).toMatchObject({ code: 'schema-invalid-type', line: 1 });
      expect(p.message.en).toBe('Required field is missing.');
      expect(p.message.id).toBe('Kolom wajib belum diisi.');
    });

    it('says a nested required field is missing, at its parent line', () => {
      const r = check(articleSchema, ARTICLE.replace('  en: Summary.\n', ''));
      const p = only(r.problems, 'summary.en');
      expect(p.line).toBe(8);
      expect(p.message.en).toBe('Required field is missing.');
    });

    it('names the expected and the given kind of value', () => {
      const p = only(
        cohort('participants:\n  - group: asn-kota-jambi\n    count: 25', 'participants: 25')
          .problems,
        'participants',
      );
      expect(p).toMatchObject({ code: 'schema-invalid-type', line: 7 });
      expect(p.message.en).toBe('Wrong kind of value: expected array, got 25.');
      expect(p.fix.en).toContain('Write a list');
    });

    it('shortens a long given value', () => {
      const p = only(claim('value: 150', `value: "${'9'.repeat(80)}"`).problems, 'value');
      expect(p.message.en).toContain('…');
      expect(p.message.en.length).toBeLessThan(120);
    });

    it('reports a top-level list as a problem of the whole file', () => {
      const r = check(cohortSchema, '- a\n- b\n');
      const p = only(r.problems, '(berkas)');
      expect(p).toMatchObject({ code: 'schema-invalid-type', line: 1 });
    });
  });

  describe('too_small', () => {
    it('explains that a count is never 0 and unknown should be written', () => {
      const p = only(cohort('count: 25', 'count: 0').problems, 'participants[0].count');
      expect(p).toMatchObject({ code: 'schema-too-small', line: 9 });
      expect(p.message.en).toBe('Number too small (at least 1).');
      expect(p.fix.en).toContain('write unknown — never 0');
      expect(p.fix.id).toContain('tulis unknown — jangan 0');
    });

    it('reports a negative count the same way', () => {
      const p = only(cohort('count: 25', 'count: -4').problems, 'participants[0].count');
      expect(p.code).toBe('schema-too-small');
    });

    it('reports an empty list', () => {
      const p = only(cohort('supports: [period]', 'supports: []').problems, 'sources[0].supports');
      expect(p).toMatchObject({ code: 'schema-too-small', line: 13 });
      expect(p.message.en).toBe('The list needs at least 1 item(s).');
    });

    it('reports a short text', () => {
      const p = only(
        cohort('quote: a quote long enough', 'quote: short').problems,
        'sources[0].quote',
      );
      expect(p).toMatchObject({ code: 'schema-too-small', line: 12 });
      expect(p.message.en).toBe('Text too short (at least 12 characters).');
    });
  });

  describe('too_big', () => {
    it('reports a long text', () => {
      const p = only(
        cohort('quote: a quote long enough', `quote: ${'x'.repeat(2001)}`).problems,
        'sources[0].quote',
      );
      expect(p.message.en).toBe('Text too long (at most 2000 characters).');
    });

    it('reports a large number', () => {
      const p = only(cohort('count: 25', 'count: 100001').problems, 'participants[0].count');
      expect(p).toMatchObject({ code: 'schema-too-big' });
      expect(p.message.en).toBe('Number too large (at most 100000).');
    });

    it('reports a long list', () => {
      const schema = z.strictObject({ items: z.array(z.string()).max(1) });
      const p = only(check(schema, 'items: [a, b]\n').problems, 'items');
      expect(p.message.en).toBe('List too long (at most 1).');
    });
  });

  describe('invalid_value', () => {
    it('lists the accepted values', () => {
      const p = only(cohort('status: held', 'status: done').problems, 'status');
      expect(p).toMatchObject({ code: 'schema-invalid-value', line: 3 });
      expect(p.message.en).toBe('Unknown value "done".');
      expect(p.fix.en).toMatch(/^Choose one of: held, planned, announced\./);
    });

    it('gives the line and field of a missing enum field', () => {
      const p = only(
        check(claimSchema, CLAIM.replace('qualifier: exact\n', '')).problems,
        'qualifier',
      );
      expect(p).toMatchObject({ code: 'schema-invalid-value', line: 1 });
      for (const q of claimQualifiers) expect(p.fix.en).toContain(q);
    });
  });

  describe('invalid_format', () => {
    it('explains a bad web address and refuses javascript:', () => {
      const p = only(article('url: unknown', 'url: javascript:alert(1)').problems, 'url');
      expect(p.line).toBe(4);
      expect(p.message.en).toBe('Not a valid web address: "javascript:alert(1)".');
      expect(p.fix.en).toContain('https://');
    });

    it('refuses a data: address in also_at, by index', () => {
      const p = only(
        article('url: unknown', 'url: unknown\nalso_at:\n  - https://ok.id\n  - data:text/html,x')
          .problems,
        'also_at[1]',
      );
      expect(p).toMatchObject({ code: 'schema-invalid-format', line: 7 });
    });
  });

  describe('invalid_union', () => {
    it('explains a count that is neither a number nor unknown', () => {
      const p = only(cohort('count: 25', 'count: "dua puluh"').problems, 'participants[0].count');
      expect(p).toMatchObject({ code: 'schema-invalid-union', line: 9 });
      expect(p.message.en).toBe('The number is written in words ("dua puluh").');
      expect(p.fix.en).toContain('Write it in digits: count: 20.');
      expect(p.fix.en).toContain('never 0');
    });

    it('gives the accepted forms for a count no common mistake explains', () => {
      const p = only(cohort('count: 25', 'count: "banyak"').problems, 'participants[0].count');
      expect(p).toMatchObject({ code: 'schema-invalid-union', line: 9 });
      expect(p.message.en).toBe('Value "banyak" does not match any accepted form.');
      expect(p.fix.en).toContain('never 0');
    });
  });

  describe('other issues', () => {
    it('gives a bilingual message for a bad vocabulary key', () => {
      const r = check(
        vocabularyFileSchema,
        'Bad_Key:\n  label: {id: a, en: b}\n  terms: [x]\n',
        'content/vocabularies/themes.yaml',
      );
      const p = only(r.problems, 'Bad_Key');
      expect(p).toMatchObject({ code: 'schema-invalid-key', line: 1 });
    });

    it('falls back to a generic message for an issue it does not translate', () => {
      const schema = z.strictObject({ n: z.number().multipleOf(5) });
      const p = only(check(schema, 'n: 7\n').problems, 'n');
      expect(p.code).toBe('schema-not-multiple-of');
      expect(p.fix.en).toBe('Compare with the template.');
    });
  });
});
