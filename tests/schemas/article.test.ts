import { describe, expect, it } from 'vitest';
import { articleKindLabel } from '../../src/lib/site/format.ts';
import { articleKinds, articleSchema } from '../../src/schemas/article.ts';
import { articleData, without } from '../helpers/records.ts';

/** A valid article as written in a file: without the fields the schema fills in. */
const valid = without(articleData(), 'title_basis', 'capture');

const parse = (patch: Record<string, unknown>) => articleSchema.safeParse({ ...valid, ...patch });
const issues = (patch: Record<string, unknown>) =>
  parse(patch).error?.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) ?? [];

describe('articleSchema', () => {
  it('accepts a valid article and fills in defaults', () => {
    const r = articleSchema.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ title_basis: 'headline', capture: 'complete' });
  });

  it('accepts every optional field', () => {
    const r = parse({
      title_basis: 'address',
      outlet_note: 'Catatan.',
      published_time: '14:59',
      published_note: 'Tanggal dari arsip.',
      also_at: ['https://a.id/x', 'http://b.id/y'],
      credit: 'Bagian Humas Setda Kota Jambi',
      reporter: 'Reporter',
      editor: 'Editor',
      capture: 'partial',
    });
    expect(r.error?.issues).toBeUndefined();
  });

  it.each(['title', 'outlet', 'published', 'url', 'language', 'kind', 'summary'] as const)(
    'requires %s',
    (key) => {
      const r = articleSchema.safeParse(without(valid, key));
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.path)).toContainEqual([key]);
    },
  );

  it('accepts unknown for outlet and url', () => {
    expect(parse({ outlet: 'unknown', url: 'unknown' }).success).toBe(true);
  });

  it('refuses an outlet that is not a key', () => {
    expect(parse({ outlet: 'Jambi Independent' }).success).toBe(false);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://a.id', 'www.a.id', 'Unknown'])(
    'refuses the url %j',
    (url) => {
      expect(issues({ url }).map((i) => i.path)).toEqual([['url']]);
    },
  );

  it('refuses javascript: and data: in also_at, by index', () => {
    expect(issues({ also_at: ['https://ok.id', 'javascript:alert(1)', 'data:,x'] })).toEqual([
      expect.objectContaining({ path: ['also_at', 1], code: 'invalid_format' }),
      expect.objectContaining({ path: ['also_at', 2], code: 'invalid_format' }),
    ]);
  });

  it('accepts a publication year given as a number', () => {
    expect(parse({ published: 2019 }).data?.published).toBe('2019');
  });

  it.each(['2023-02-29', '2023-13', '19-02', 'Februari 2019'])(
    'refuses the date %j',
    (published) => {
      expect(issues({ published })).toEqual([
        expect.objectContaining({ path: ['published'], message: 'partial-date' }),
      ]);
    },
  );

  describe('a publication date that is not known', () => {
    it('accepts unknown, alone or with a bound on either side', () => {
      expect(parse({ published: 'unknown' }).success).toBe(true);
      expect(parse({ published: 'unknown', published_after: '2024-06-07' }).success).toBe(true);
      expect(
        parse({
          published: 'unknown',
          published_after: '2024-06-07',
          published_before: '2024-06-07',
        }).success,
      ).toBe(true);
    });
    it('refuses a bound next to a written date, which is its own bound', () => {
      expect(issues({ published: '2024-06', published_after: '2024-06-07' })).toEqual([
        expect.objectContaining({
          path: ['published_after'],
          message: 'published-bound-with-date',
        }),
      ]);
    });
    it('refuses a last day before the first', () => {
      expect(
        issues({
          published: 'unknown',
          published_after: '2024-06-07',
          published_before: '2024-06-06',
        }),
      ).toEqual([
        expect.objectContaining({ path: ['published_before'], message: 'published-bounds-order' }),
      ]);
    });
    it('takes the bounds as days only', () => {
      expect(issues({ published: 'unknown', published_after: '2024-06' })).toEqual([
        expect.objectContaining({ path: ['published_after'], message: 'full-date' }),
      ]);
    });
  });

  it.each(['00:00', '09:05', '23:59'])('accepts the time %s', (published_time) => {
    expect(parse({ published_time }).success).toBe(true);
  });

  it.each(['24:00', '9:05', '12:60', '12.30', '1200'])('refuses the time %j', (published_time) => {
    expect(issues({ published_time })).toEqual([
      expect.objectContaining({ path: ['published_time'], message: 'time' }),
    ]);
  });

  it('refuses an unknown language, kind, title_basis and capture', () => {
    expect(issues({ language: 'fr' })[0]).toMatchObject({
      path: ['language'],
      code: 'invalid_value',
    });
    expect(issues({ kind: 'blog' })[0]).toMatchObject({ path: ['kind'], code: 'invalid_value' });
    expect(issues({ title_basis: 'guess' })[0]).toMatchObject({ path: ['title_basis'] });
    expect(issues({ capture: 'some' })[0]).toMatchObject({ path: ['capture'] });
  });

  it('accepts every kind it lists, each with its own label in both languages', () => {
    for (const kind of articleKinds) {
      const extra = kind === 'republication' ? { republishes: { outlet: 'unknown' } } : {};
      expect(parse({ kind, ...extra }).success, kind).toBe(true);
    }
    for (const lang of ['id', 'en'] as const) {
      const labels = articleKinds.map((kind) => articleKindLabel(kind, lang));
      expect(
        labels.every((l) => l.trim() !== ''),
        lang,
      ).toBe(true);
      expect(new Set(labels).size, lang).toBe(articleKinds.length);
    }
  });

  it('refuses < and > in plain-text fields', () => {
    for (const key of ['title', 'outlet_note', 'published_note', 'credit', 'reporter', 'editor']) {
      expect(issues({ [key]: '<script>alert(1)</script>' })).toEqual([
        expect.objectContaining({ path: [key], message: 'plain-text' }),
      ]);
    }
    expect(issues({ summary: { id: 'a', en: '<b>b</b>' } })[0]?.path).toEqual(['summary', 'en']);
  });

  it('refuses an empty title', () => {
    expect(issues({ title: '   ' })[0]).toMatchObject({ path: ['title'], code: 'too_small' });
  });

  it('refuses unknown keys', () => {
    expect(issues({ author: 'x' })).toEqual([
      expect.objectContaining({ path: [], code: 'unrecognized_keys' }),
    ]);
  });

  describe('republication', () => {
    it('requires republishes', () => {
      expect(issues({ kind: 'republication' })).toEqual([
        { path: ['republishes'], code: 'custom', message: 'republishes-required' },
      ]);
    });

    it('accepts republishes with an outlet alone or with date and url', () => {
      expect(parse({ kind: 'republication', republishes: { outlet: 'unknown' } }).success).toBe(
        true,
      );
      expect(
        parse({
          kind: 'republication',
          republishes: { outlet: 'antara', published: 2023, url: 'https://antaranews.com/x' },
        }).success,
      ).toBe(true);
    });

    it('checks the republished article fields', () => {
      expect(
        issues({
          kind: 'republication',
          republishes: { outlet: 'antara', url: 'javascript:alert(1)', extra: 1 },
        }).map((i) => i.path),
      ).toEqual(expect.arrayContaining([['republishes', 'url'], ['republishes']]));
      expect(issues({ kind: 'republication', republishes: {} })[0]?.path).toEqual([
        'republishes',
        'outlet',
      ]);
    });

    it('allows republishes on other kinds', () => {
      expect(parse({ republishes: { outlet: 'antara' } }).success).toBe(true);
    });
  });
});
