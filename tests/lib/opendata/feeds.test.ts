import { describe, expect, it, vi } from 'vitest';
import { correctionFeedItems, feedDate, siteFeedItems } from '../../../src/lib/opendata/feeds.ts';
import { WATER, inputWith, realInput, waterWithCorrection } from './fixtures.ts';

const input = realInput();

describe('feedDate', () => {
  it('reads a partial date as its first day, and a WIB time when the day is known', () => {
    expect(feedDate('2019-02').toISOString()).toBe('2019-02-01T00:00:00.000Z');
    expect(feedDate('2019').toISOString()).toBe('2019-01-01T00:00:00.000Z');
    expect(feedDate('2022-09-05', '14:59').toISOString()).toBe('2022-09-05T07:59:00.000Z');
  });
});

describe('siteFeedItems', () => {
  const items = siteFeedItems(input, 'id');
  it('holds every article and cohort, newest first', () => {
    expect(items).toHaveLength(input.articles.length + input.cohorts.length);
    const times = items.map((i) => i.pubDate?.getTime() ?? -Infinity);
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(items[0]?.link).toBe('/sumber/2023-05-jambi-update-water-management/');
  });
  it('dates a cohort by the first article that reported it', () => {
    const announced = items.find((i) => i.link === '/angkatan/2019-07-public-service/');
    expect(announced?.pubDate?.toISOString()).toBe('2019-02-01T00:00:00.000Z');
    expect(announced?.description).toContain('diumumkan');
  });
  it('gives no pubDate to a date known only to the year or not at all, and orders it by what is known', () => {
    const id = '2023-05-jambi-update-water-management';
    const dated = (patch: Record<string, string>) =>
      siteFeedItems(
        {
          ...input,
          articles: input.articles.map((a) =>
            a.id === id ? { ...a, data: { ...a.data, ...patch } } : a,
          ),
        },
        'id',
      );
    const at = (list: ReturnType<typeof siteFeedItems>) =>
      list.findIndex((i) => i.link === `/sumber/${id}/`);
    const year = dated({ published: '2023' });
    expect(year[at(year)]).not.toHaveProperty('pubDate');
    expect(JSON.stringify(year)).not.toContain('2023-01-01');
    const bounded = dated({ published: 'unknown', published_after: '2023-05-20' });
    expect(bounded[at(bounded)]).not.toHaveProperty('pubDate');
    expect(at(bounded)).toBe(0);
    // Nothing bounds it: last, with the cohort it alone reports.
    const open = dated({ published: 'unknown' });
    expect(open.slice(-2).map((i) => i.link)).toEqual([
      `/sumber/${id}/`,
      '/angkatan/2023-05-water-management/',
    ]);
    expect(open.at(-1)).not.toHaveProperty('pubDate');
    const alsoDated = open.find((i) => i.link === '/angkatan/2023-03-public-service/');
    expect(alsoDated?.pubDate?.toISOString()).toBe('2023-03-01T00:00:00.000Z');
  });
  it('marks a title of ours as ours', () => {
    const id = '2023-05-jambi-update-water-management';
    const ours = {
      ...input,
      articles: input.articles.map((a) =>
        a.id === id ? { ...a, data: { ...a.data, title_basis: 'editorial' as const } } : a,
      ),
    };
    const title = input.articles.find((a) => a.id === id)?.data.title;
    const item = (lang: 'id' | 'en') =>
      siteFeedItems(ours, lang).find((i) => i.link.endsWith(`/${id}/`));
    expect(item('id')?.title).toBe(`${title} [judul dari kami]`);
    expect(item('en')?.title).toBe(`${title} [our title]`);
    expect(items.find((i) => i.link.endsWith(`/${id}/`))?.title).toBe(title);
  });
  it('is the same list whatever day it is built on (no build-time dates)', () => {
    const withCorrection = inputWith({ cohorts: { [WATER]: waterWithCorrection() } });
    const builtOn = (day: string) => {
      vi.setSystemTime(new Date(day));
      return [siteFeedItems(input, 'en'), correctionFeedItems(withCorrection, 'en')];
    };
    vi.useFakeTimers();
    try {
      expect(builtOn('2001-01-01T00:00:00Z')).toEqual(builtOn('2099-12-31T23:59:59Z'));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('correctionFeedItems', () => {
  it('is empty without corrections and lists each correction with what changed', () => {
    expect(correctionFeedItems(input, 'en')).toEqual([]);
    const [item] = correctionFeedItems(
      inputWith({ cohorts: { [WATER]: waterWithCorrection() } }),
      'en',
    );
    // Each item links to its own row of the corrections page: an RSS guid is the link.
    expect(item?.link).toMatch(new RegExp(`^/en/corrections/#koreksi-cohort-${WATER}-`));
    expect(item).toMatchObject({ pubDate: new Date('2023-06-02T00:00:00Z') });
    expect(item?.title).toContain('Kota Jambi civil servants (ASN)');
    expect(item?.description).toBe(
      'Participants: Kota Jambi civil servants (ASN): previously "20", now "25". Reason: A typing error.',
    );
  });
});

describe('correctionFeedItems: stored texts', () => {
  const id = '2019-02-diskominfo-smart-city';
  const withBodyFix = (): typeof input => {
    const base = inputWith({ cohorts: { [WATER]: waterWithCorrection() } });
    const h = (d: string) => d.repeat(64);
    return {
      ...base,
      articles: base.articles.map((a) =>
        a.id === id
          ? {
              ...a,
              data: {
                ...a.data,
                corrections: [
                  {
                    date: '2024-02-01',
                    field: 'body' as const,
                    previous: h('a'),
                    sha256: h('b'),
                    reason: { id: 'Contoh latihan: salah ketik.', en: 'Practice example: a typo.' },
                  },
                ],
              },
            }
          : a,
      ),
    };
  };

  it('lists a correction of a stored text, newest first among the value corrections, in both languages', () => {
    const en = correctionFeedItems(withBodyFix(), 'en');
    expect(en.map((i) => i.link)).toEqual([
      `/en/corrections/#koreksi-teks-${id}-bbbbbbbbbbbb`,
      expect.stringMatching(new RegExp(`^/en/corrections/#koreksi-cohort-${WATER}-`)),
    ]);
    expect(en[0]).toMatchObject({
      title:
        'Source text correction: Diklat di Singapura, 25 ASN Pemkot Belajar Smart City ala Negeri Singa',
      pubDate: new Date('2024-02-01T00:00:00Z'),
      description:
        'The stored text of the article was changed (SHA-256 aaaaaaaaaaaa… → bbbbbbbbbbbb…). Reason: Practice example: a typo.',
    });
    const [first] = correctionFeedItems(withBodyFix(), 'id');
    expect(first?.link).toBe(`/koreksi/#koreksi-teks-${id}-bbbbbbbbbbbb`);
    expect(first?.title).toMatch(/^Koreksi teks sumber: Diklat di Singapura/u);
    expect(first?.description).toContain('Alasan: Contoh latihan: salah ketik.');
  });
});

describe('correctionFeedItems: one address per item', () => {
  it('gives two corrections of one value on one day two links', () => {
    const twice = { ...waterWithCorrection() };
    twice.corrections = [...(twice.corrections ?? []), ...(twice.corrections ?? [])];
    const links = correctionFeedItems(inputWith({ cohorts: { [WATER]: twice } }), 'id').map(
      (i) => i.link,
    );
    expect(links).toHaveLength(2);
    expect(new Set(links).size).toBe(2);
    expect(links[1]).toBe(`${links[0]}-2`);
  });
});
