/**
 * sources.csv: one row per record, cited passage and supported field, each
 * quote found once in the stored article and highlighted on its built page.
 */
import { describe, expect, it } from 'vitest';
import { periodValue } from '../../../src/lib/opendata/values.ts';
import { articlePlainText } from '../../../src/lib/content/markdown.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import {
  attr,
  distFileOf,
  findElements,
  pageDocument,
  siteContent,
  textOf,
} from '../../helpers/dist.ts';
import { cell, csvTable } from './tables.ts';

const { content } = siteContent();

const normalize = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b\u2060\ufeff]+/gu, ' ')
    .trim();

const occurrencesOf = (hay: string, needle: string): number => {
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) n += 1;
  return n;
};

/** The recorded value of a fact, as the sources table writes it (computed here, not by values.ts). */
function recordedValue(data: Record<string, unknown>, field: string): string | undefined {
  const get = (path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data);
  if (field.startsWith('participants.')) {
    const group = field.slice('participants.'.length);
    const p = (data['participants'] as Cohort['participants']).find((x) => x.group === group);
    return p === undefined ? undefined : String(p.count);
  }
  if (field === 'period') {
    return periodValue(data['period'] as Cohort['period']);
  }
  if (field === 'experts')
    return (data['experts'] as Cohort['experts'])?.map((e) => e.name).join(' | ');
  if (field === 'site_visits') return (data['site_visits'] as string[] | undefined)?.join(' | ');
  if (field === 'scope.excludes') return (get(field) as { id: string } | undefined)?.id;
  const value = get(field);
  return value === undefined ? undefined : String(value as string | number);
}

describe('sources.csv', () => {
  const csv = csvTable('sources');
  const file = csv.file;
  const articles = new Map(content.articles.map((a) => [a.id, a]));
  const records = [
    ...content.cohorts.map((r) => ({ kind: 'cohort', id: r.id, data: r.data })),
    ...content.claims.map((r) => ({ kind: 'claim', id: r.id, data: r.data })),
    ...content.context.map((r) => ({ kind: 'context', id: r.id, data: r.data })),
  ];

  it('has one row per record, cited passage and supported field, with the value and quote', () => {
    const expected = records.flatMap((r) => {
      const data = r.data as unknown as Record<string, unknown>;
      const sources = r.data.sources.flatMap((s, i) =>
        s.supports.map((field) => ({
          key: `${r.kind}|${r.id}|${i + 1}|${field}`,
          value: recordedValue(data, field) ?? '',
          relation: 'supports',
          article: s.article,
          quote: s.quote,
        })),
      );
      const variants = ('variants' in r.data ? (r.data.variants ?? []) : []).map((v, i) => ({
        key: `${r.kind}|${r.id}|${r.data.sources.length + i + 1}|${v.field}`,
        value: v.value,
        relation: 'differs',
        article: v.article,
        quote: v.quote,
      }));
      return [...sources, ...variants];
    });
    const actual = csv.rows.map((row) => ({
      key: ['record_kind', 'record_id', 'citation', 'field']
        .map((c) => cell(file, row, c))
        .join('|'),
      value: cell(file, row, 'value'),
      relation: cell(file, row, 'relation'),
      article: cell(file, row, 'article'),
      quote: cell(file, row, 'quote'),
    }));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...actual].sort(byKey), file).toEqual([...expected].sort(byKey));
    for (const row of actual) expect(row.value, `${file}: ${row.key} has no value`).not.toBe('');
  });

  it('quotes passages that occur exactly once in the stored article text (headline included)', () => {
    // A headline is part of the text when it is the article's own (title_basis: headline).
    const texts = new Map(
      [...articles].map(([id, a]) => {
        const headline = a.data.title_basis === 'headline' ? `${a.data.title}\n\n` : '';
        return [id, normalize(`${headline}${articlePlainText(a.body)}`)] as const;
      }),
    );
    for (const row of csv.rows) {
      const article = cell(file, row, 'article');
      const text = texts.get(article);
      if (text === undefined) throw new Error(`${file}: article ${article} is not in content/`);
      const quote = normalize(cell(file, row, 'quote'));
      expect(
        occurrencesOf(text, quote),
        `${file}: quote of ${row['record_id']} ${row['field']} found in ${article} not once: "${quote.slice(0, 80)}"`,
      ).toBe(1);
    }
  });

  it('links each passage to its highlighted text on the built article page', () => {
    const seen = new Set<string>();
    for (const row of csv.rows) {
      const page = cell(file, row, 'passage_page');
      if (seen.has(page)) continue;
      seen.add(page);
      const target = distFileOf(page);
      if (!target) throw new Error(`${file}: passage_page ${page} is not in dist`);
      const anchor = new URL(page).hash.slice(1);
      const marks = findElements(
        pageDocument(target),
        (el) => el.tagName === 'mark' && (attr(el, 'data-quote') ?? '').split(' ').includes(anchor),
      );
      expect(
        marks.some((m) => attr(m, 'id') === anchor),
        `dist/${target}: no element with id ${anchor}`,
      ).toBe(true);
      const marked = marks.map(textOf).join('').replace(/\s+/gu, '');
      expect(marked, `dist/${target}#${anchor} highlights another text`).toBe(
        cell(file, row, 'quote').normalize('NFC').replace(/\s+/gu, ''),
      );
    }
  });

  it('gives each article’s original address, empty when unknown', () => {
    for (const row of csv.rows) {
      const a = articles.get(cell(file, row, 'article'));
      expect(cell(file, row, 'article_url'), `${file}: article_url of ${row['article']}`).toBe(
        a === undefined || a.data.url === 'unknown' ? '' : a.data.url,
      );
    }
  });
});
