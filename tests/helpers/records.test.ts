import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { vocabularyFileSchema } from '../../src/lib/content/collections.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { citationSchema } from '../../src/schemas/citation.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { cohortSchema } from '../../src/schemas/cohort.ts';
import { contextEventSchema } from '../../src/schemas/context-event.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { termSchema, vocabularyNames } from '../../src/schemas/vocabulary.ts';
import {
  ARTICLE_BODY,
  DEFAULT_ARTICLE,
  article,
  articleData,
  citation,
  claim,
  claimData,
  cohort,
  cohortData,
  contextEvent,
  contextEventData,
  correction,
  term,
  vocabularies,
  without,
} from './records.ts';

const DEFAULTS: [string, z.ZodType, () => unknown][] = [
  ['citation', citationSchema, () => citation()],
  ['cohort', cohortSchema, () => cohortData()],
  ['claim', claimSchema, () => claimData()],
  ['article', articleSchema, () => articleData()],
  ['context event', contextEventSchema, () => contextEventData()],
  ['correction', correctionSchema, () => correction()],
  ['term', termSchema, () => term()],
];

describe('the default records', () => {
  it.each(DEFAULTS)(
    'a %s passes its schema, already in the shape the schema gives',
    (_, schema, build) => {
      const record = build();
      expect(schema.safeParse(record)).toEqual({ success: true, data: record });
    },
  );

  it('vocabularies pass the vocabulary file schema, one per vocabulary name', () => {
    const v = vocabularies();
    expect(Object.keys(v).sort()).toEqual([...vocabularyNames].sort());
    for (const name of vocabularyNames) {
      const file = Object.fromEntries(v[name]);
      expect(Object.keys(file), name).not.toHaveLength(0);
      expect(vocabularyFileSchema.safeParse(file), name).toEqual({ success: true, data: file });
    }
  });

  it('refer only to terms of the default vocabularies', () => {
    const v = vocabularies();
    const c = cohortData();
    expect(v.programmes.has(c.programme)).toBe(true);
    expect(v.themes.has(c.theme)).toBe(true);
    expect(v.places.has(c.place)).toBe(true);
    for (const p of c.participants) expect(v['participant-groups'].has(p.group)).toBe(true);
    expect(v.outlets.has(articleData().outlet)).toBe(true);
  });

  it('quote the default article, each passage once', () => {
    const sources = [
      ...cohortData().sources,
      ...claimData().sources,
      ...contextEventData().sources,
    ];
    for (const s of sources) {
      expect(s.article).toBe(DEFAULT_ARTICLE);
      expect(ARTICLE_BODY.split(s.quote), s.quote).toHaveLength(2);
    }
    expect(article(DEFAULT_ARTICLE).body).toBe(ARTICLE_BODY);
  });
});

describe('overrides', () => {
  it('replace a field whole and keep every other default', () => {
    const c = cohortData({ period: { start: '2019-07' }, status: 'announced' });
    expect(c.period).toEqual({ start: '2019-07' });
    expect(c).toEqual({ ...cohortData(), period: { start: '2019-07' }, status: 'announced' });
    expect(claimData({ value: 300 })).toEqual({ ...claimData(), value: 300 });
  });

  it('can add optional fields', () => {
    expect(cohortData({ host: 'CLC' }).host).toBe('CLC');
    expect(term({ label: { id: 'Air', en: 'Water' } })).toEqual({
      label: { id: 'Air', en: 'Water' },
      terms: ['Water'],
    });
  });

  it('give records the caller’s id around the same data', () => {
    expect(cohort('c-1', { theme: 'water' })).toEqual({
      id: 'c-1',
      data: cohortData({ theme: 'water' }),
    });
    expect(claim('k-1')).toEqual({ id: 'k-1', data: claimData() });
    expect(contextEvent('e-1')).toEqual({ id: 'e-1', data: contextEventData() });
    expect(article('a-1', {}, 'Teks.')).toEqual({ id: 'a-1', data: articleData(), body: 'Teks.' });
  });
});

describe('each call', () => {
  it('builds the same record, in fresh objects a test may change', () => {
    const a = cohortData();
    const b = cohortData();
    expect(a).toEqual(b);
    a.participants.push({ group: 'other', count: 1 });
    if (a.period !== 'unknown') a.period.end = '2023-03-30';
    expect(cohortData()).toEqual(b);
    expect(vocabularies().themes).not.toBe(vocabularies().themes);
  });
});

describe('without', () => {
  it('leaves the given fields out of a copy', () => {
    const c = claimData();
    expect(Object.keys(without(c, 'scope', 'sources'))).toEqual([
      'metric',
      'value',
      'qualifier',
      'made_on',
      'statement',
    ]);
    expect(c.scope).toEqual({});
  });
});
