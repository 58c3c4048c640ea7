/**
 * The open data files as built in dist/data: parsed back as a reader would
 * (d3-dsv for CSV, JSON.parse), they hold what content/ holds. Expected
 * values are computed here from the parsed entries wherever that is cheap,
 * so a builder that drifts from the content fails, not only a stale build.
 */
import { csvParse, csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../../src/lib/content/markdown.ts';
import { compareDates, latestDay } from '../../src/lib/dates/partial-date.ts';
import { toCsv, toJson } from '../../src/lib/opendata/table.ts';
import { TABLE_NAMES, buildTable } from '../../src/lib/opendata/tables.ts';
import type { Cohort } from '../../src/schemas/cohort.ts';
import {
  SITE_URL,
  attr,
  distFileOf,
  distFiles,
  findElements,
  pageDocument,
  readDist,
  siteContent,
  textOf,
} from '../helpers/dist.ts';

type CsvRow = Record<string, string | undefined>;
type JsonRow = Record<string, unknown>;

interface Field {
  name: string;
  type: string;
}
interface Resource {
  path: string;
  schema: { fields: Field[] };
}

const { content, input } = siteContent();
const datapackage = JSON.parse(readDist('data/datapackage.json')) as { resources: Resource[] };

/** Value of a CSV cell, failing with the file, row and column when the column is missing. */
function cell(file: string, row: CsvRow, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`${file}: no column ${column}`);
  return value;
}

function csvTable(name: string): { file: string; columns: string[]; rows: CsvRow[] } {
  const file = `data/${name}.csv`;
  const parsed = csvParse(readDist(file));
  return { file, columns: parsed.columns.slice(), rows: parsed.map((r) => ({ ...r })) };
}

function jsonTable(name: string): { file: string; rows: JsonRow[] } {
  const file = `data/${name}.json`;
  return { file, rows: JSON.parse(readDist(file)) as JsonRow[] };
}

/** A CSV cell typed as the data package's field says (how a Frictionless reader reads it). */
function typed(file: string, field: Field, text: string): unknown {
  if (text === '') return null;
  switch (field.type) {
    case 'integer':
    case 'number': {
      const n = Number(text);
      if (!Number.isFinite(n)) throw new Error(`${file}: ${field.name} "${text}" is not a number`);
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false')
        throw new Error(`${file}: ${field.name} "${text}" is not a boolean`);
      return text === 'true';
    case 'array':
      return JSON.parse(text) as unknown;
    default:
      return text;
  }
}

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

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const sorted = (items: readonly string[]): string[] => [...items].sort();
const knownSum = (c: Cohort): number =>
  c.participants.reduce((s, p) => s + (p.count === 'unknown' ? 0 : p.count), 0);
const complete = (c: Cohort): boolean => c.participants.every((p) => p.count !== 'unknown');
const anyKnown = (c: Cohort): boolean => c.participants.some((p) => p.count !== 'unknown');

const dataFiles = distFiles('data');
const tableFiles = dataFiles.filter((f) => f.endsWith('.csv') || f.endsWith('.json'));

describe('dist/data files', () => {
  it('hold a CSV and a JSON file for every open data table', () => {
    for (const name of TABLE_NAMES) {
      expect(dataFiles, `dist/data/${name}.csv missing`).toContain(`data/${name}.csv`);
      expect(dataFiles, `dist/data/${name}.json missing`).toContain(`data/${name}.json`);
    }
  });

  it.each(tableFiles.filter((f) => f.endsWith('.csv')))(
    '%s parses as CSV: a unique header, every row as wide as it',
    (file) => {
      const text = readDist(file);
      expect(text.startsWith('\uFEFF'), `${file} starts with a byte order mark`).toBe(false);
      expect(text.endsWith('\n'), `${file} does not end with a newline`).toBe(true);
      const [header, ...rows] = csvParseRows(text);
      expect(header?.length ?? 0, `${file} has no header`).toBeGreaterThan(0);
      expect(new Set(header).size, `${file} repeats a column name`).toBe(header?.length);
      rows.forEach((row, i) => {
        expect(row.length, `${file} row ${i + 2} has ${row.length} cells`).toBe(header?.length);
      });
    },
  );

  it.each(tableFiles.filter((f) => f.endsWith('.json') && !f.endsWith('datapackage.json')))(
    '%s parses as JSON: an array of rows with the same keys in the same order',
    (file) => {
      const rows = JSON.parse(readDist(file)) as unknown;
      expect(Array.isArray(rows), `${file} is not a JSON array`).toBe(true);
      const list = rows as unknown[];
      const keys = list.map((r) =>
        r !== null && typeof r === 'object' && !Array.isArray(r) ? Object.keys(r).join(',') : '',
      );
      keys.forEach((k, i) => {
        expect(k, `${file} row ${i} is not an object with the first row's keys`).toBe(keys[0]);
      });
    },
  );
});

describe('dist/data tables against content/', () => {
  it.each([...TABLE_NAMES])(
    '%s: the CSV and JSON files are the table the content gives now',
    (name) => {
      const table = buildTable(input, name);
      expect(readDist(`data/${name}.csv`), `dist/data/${name}.csv is stale or differs`).toBe(
        toCsv(table),
      );
      expect(readDist(`data/${name}.json`), `dist/data/${name}.json is stale or differs`).toBe(
        toJson(table),
      );
    },
  );

  it.each([...TABLE_NAMES])('%s: the CSV and the JSON hold the same typed rows', (name) => {
    const resource = datapackage.resources.find((r) => r.path === `${name}.csv`);
    if (!resource) throw new Error(`datapackage.json does not describe ${name}.csv`);
    const csv = csvTable(name);
    const json = jsonTable(name);
    const fromCsv = csv.rows.map((row) =>
      Object.fromEntries(
        resource.schema.fields.map((f) => [
          f.name,
          typed(csv.file, f, cell(csv.file, row, f.name)),
        ]),
      ),
    );
    expect(fromCsv, `${csv.file} and ${json.file} differ`).toEqual(json.rows);
  });
});

describe('cohorts.csv and cohorts.json', () => {
  const csv = csvTable('cohorts');
  const json = jsonTable('cohorts');
  const byId = new Map(csv.rows.map((r) => [r['id'], r]));
  const jsonById = new Map(json.rows.map((r) => [r['id'], r]));

  it('have one row per cohort file, oldest first', () => {
    expect(sorted(csv.rows.map((r) => cell(csv.file, r, 'id')))).toEqual(
      sorted(content.cohorts.map((c) => c.id)),
    );
    const starts = csv.rows.map((r) => cell(csv.file, r, 'period_start'));
    starts.slice(1).forEach((s, i) => {
      expect(
        compareDates(starts[i] ?? '', s) <= 0,
        `${csv.file}: row ${i + 3} starts before the row above it`,
      ).toBe(true);
    });
  });

  it.each(content.cohorts.map((c) => [c.id, c.data] as const))(
    '%s: programme, theme, status, period, place, host and sources as in the YAML',
    (id, d) => {
      const row = byId.get(id);
      if (!row) throw new Error(`${csv.file}: no row for cohort ${id}`);
      const expected: Record<string, string> = {
        programme: d.programme,
        theme: d.theme,
        status: d.status,
        course_name: d.course_name ?? '',
        period_start: d.period.start,
        period_end: d.period.end ?? '',
        place: d.place,
        host: d.host ?? '',
        sendoff_date: d.sendoff?.date ?? '',
        corrections: String(d.corrections?.length ?? 0),
      };
      for (const [column, value] of Object.entries(expected))
        expect(cell(csv.file, row, column), `${csv.file}: ${id} ${column}`).toBe(value);
      expect(JSON.parse(cell(csv.file, row, 'source_articles')), `${csv.file}: ${id}`).toEqual(
        unique(d.sources.map((s) => s.article)),
      );
      for (const [column, path] of [
        ['page_id', `/angkatan/${id}/`],
        ['page_en', `/en/cohorts/${id}/`],
      ] as const) {
        const page = cell(csv.file, row, column);
        expect(page, `${csv.file}: ${id} ${column}`).toBe(new URL(path, SITE_URL).href);
        expect(
          distFileOf(page),
          `${csv.file}: ${id} ${column} ${page} is not in dist`,
        ).toBeTruthy();
      }
    },
  );

  it.each(content.cohorts.map((c) => [c.id, c.data] as const))(
    '%s: participant counts, an unknown one empty in CSV and null in JSON, never 0',
    (id, d) => {
      const row = byId.get(id);
      const jrow = jsonById.get(id);
      if (!row || !jrow) throw new Error(`dist/data/cohorts.*: no row for cohort ${id}`);
      const total = complete(d) ? String(knownSum(d)) : '';
      const atLeast = anyKnown(d) ? String(knownSum(d)) : '';
      expect(cell(csv.file, row, 'participants'), `${csv.file}: ${id} participants`).toBe(total);
      expect(cell(csv.file, row, 'participants_at_least'), `${csv.file}: ${id}`).toBe(atLeast);
      expect(cell(csv.file, row, 'count_known'), `${csv.file}: ${id}`).toBe(String(complete(d)));
      expect(jrow['participants'], `${json.file}: ${id} participants`).toBe(
        complete(d) ? knownSum(d) : null,
      );
      expect(jrow['participants_at_least'], `${json.file}: ${id}`).toBe(
        anyKnown(d) ? knownSum(d) : null,
      );
      expect(jrow['unknown_groups'], `${json.file}: ${id} unknown_groups`).toEqual(
        d.participants.filter((p) => p.count === 'unknown').map((p) => p.group),
      );
    },
  );
});

describe('participants.csv', () => {
  const csv = csvTable('participants');
  const json = jsonTable('participants');

  it('has one row per cohort and participant group, the count empty (null) when unknown', () => {
    const expected = content.cohorts.flatMap((c) =>
      c.data.participants.map((p) => ({
        key: `${c.id}|${p.group}`,
        count: p.count === 'unknown' ? null : p.count,
        status: c.data.status,
        year: Number(c.data.period.start.slice(0, 4)),
      })),
    );
    const actual = json.rows.map((r) => ({
      key: `${String(r['cohort_id'])}|${String(r['group'])}`,
      count: r['count'],
      status: r['status'],
      year: r['year'],
    }));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...actual].sort(byKey), json.file).toEqual([...expected].sort(byKey));
    for (const row of csv.rows) {
      const known = cell(csv.file, row, 'count_known') === 'true';
      const count = cell(csv.file, row, 'count');
      expect(
        count === '',
        `${csv.file}: ${row['cohort_id']} ${row['group']} count "${count}"`,
      ).toBe(!known);
      expect(count, `${csv.file}: an unknown count written as 0`).not.toBe('0');
    }
  });
});

describe('participants-by-year-theme.csv', () => {
  const json = jsonTable('participants-by-year-theme');
  const file = json.file;

  it('has one row per start year, theme and status, computed from the cohort files', () => {
    const groups = new Map<string, Cohort[]>();
    for (const c of content.cohorts) {
      const d = c.data;
      const key = `${d.period.start.slice(0, 4)}|${d.theme}|${d.status}`;
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    const ids = new Map<string, string[]>();
    for (const c of content.cohorts) {
      const key = `${c.data.period.start.slice(0, 4)}|${c.data.theme}|${c.data.status}`;
      ids.set(key, [...(ids.get(key) ?? []), c.id]);
    }
    const expected = [...groups].map(([key, cohorts]) => ({
      key,
      cohorts: cohorts.length,
      participants: cohorts.every(complete) ? cohorts.reduce((s, c) => s + knownSum(c), 0) : null,
      participants_at_least: cohorts.some(anyKnown)
        ? cohorts.reduce((s, c) => s + knownSum(c), 0)
        : null,
      count_known: cohorts.every(complete),
      cohort_ids: sorted(ids.get(key) ?? []),
    }));
    const actual = json.rows.map((r) => ({
      key: `${String(r['year'])}|${String(r['theme'])}|${String(r['status'])}`,
      cohorts: r['cohorts'],
      participants: r['participants'],
      participants_at_least: r['participants_at_least'],
      count_known: r['count_known'],
      cohort_ids: sorted(r['cohort_ids'] as string[]),
    }));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...actual].sort(byKey), file).toEqual([...expected].sort(byKey));
  });

  it('sums, over its held rows, to the documented held cohorts and their participants', () => {
    const held = content.cohorts.filter((c) => c.data.status === 'held');
    const heldRows = json.rows.filter((r) => r['status'] === 'held');
    const sum = (key: string) => heldRows.reduce((s, r) => s + Number(r[key] ?? 0), 0);
    expect(sum('cohorts'), `${file}: held cohorts`).toBe(held.length);
    expect(sum('participants_at_least'), `${file}: held participants`).toBe(
      held.reduce((s, c) => s + knownSum(c.data), 0),
    );
    expect(
      sorted(heldRows.flatMap((r) => r['cohort_ids'] as string[])),
      `${file}: held cohort ids`,
    ).toEqual(sorted(held.map((c) => c.id)));
  });

  it('counts every cohort in exactly one row, never mixing statuses', () => {
    const all = json.rows.flatMap((r) => r['cohort_ids'] as string[]);
    expect(sorted(all), `${file}: cohorts counted`).toEqual(
      sorted(content.cohorts.map((c) => c.id)),
    );
    const status = new Map(content.cohorts.map((c) => [c.id, c.data.status]));
    for (const r of json.rows)
      for (const id of r['cohort_ids'] as string[])
        expect(status.get(id), `${file}: ${id} in a ${String(r['status'])} row`).toBe(r['status']);
  });
});

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
    const p = data['period'] as Cohort['period'];
    return p.end === undefined ? p.start : `${p.start}/${p.end}`;
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

describe('claims.csv', () => {
  const json = jsonTable('claims');
  const file = json.file;
  const cohorts = new Map(content.cohorts.map((c) => [c.id, c.data]));

  it('has one row per claim file with its metric, value, qualifier and date', () => {
    expect(sorted(json.rows.map((r) => String(r['id']))), file).toEqual(
      sorted(content.claims.map((c) => c.id)),
    );
    for (const c of content.claims) {
      const row = json.rows.find((r) => r['id'] === c.id);
      expect(
        row && [row['metric'], row['value'], row['qualifier'], row['made_on']],
        `${file}: ${c.id}`,
      ).toEqual([c.data.metric, c.data.value, c.data.qualifier, c.data.made_on]);
    }
  });

  it.each(content.claims.map((c) => [c.id, c.data] as const))(
    '%s: reconciled only against cohorts in its scope, the documented value adding up',
    (id, d) => {
      const row = json.rows.find((r) => r['id'] === id);
      if (!row) throw new Error(`${file}: no row for claim ${id}`);
      const counted = (row['counted_cohorts'] as string[]).map((cid) => {
        const c = cohorts.get(cid);
        if (!c) throw new Error(`${file}: ${id} counts unknown cohort ${cid}`);
        return c;
      });
      const ifPlanned = (row['counted_if_planned'] as string[]).map((cid) => cohorts.get(cid));
      const inScope = (c: Cohort | undefined): boolean =>
        c !== undefined &&
        (d.scope.programme === undefined || c.programme === d.scope.programme) &&
        (d.scope.place === undefined || c.place === d.scope.place) &&
        compareDates(c.period.start, latestDay(d.made_on)) <= 0;
      for (const c of counted) {
        expect(c.status, `${file}: ${id} counts a cohort that was not held`).toBe('held');
        expect(inScope(c), `${file}: ${id} counts a cohort outside its scope`).toBe(true);
      }
      for (const c of ifPlanned) {
        expect(c?.status, `${file}: ${id} counted_if_planned holds a held cohort`).not.toBe('held');
        expect(inScope(c), `${file}: ${id} counted_if_planned outside its scope`).toBe(true);
      }
      const documented = row['documented'] as number;
      if (d.metric === 'participants' || d.metric === 'participants-per-year') {
        expect(documented, `${file}: ${id} documented`).toBe(
          counted.reduce((s, c) => s + knownSum(c), 0),
        );
        expect(row['documented_count_known'], `${file}: ${id}`).toBe(counted.every(complete));
      }
      if (d.metric === 'cohorts' || d.metric === 'cohorts-in-year')
        expect(documented, `${file}: ${id} documented`).toBe(counted.length);
      expect(row['gap'], `${file}: ${id} gap`).toBe(d.value - documented);
      if (d.qualifier === 'exact' && d.metric !== 'programme-start-year') {
        const gap = d.value - documented;
        const verdicts =
          gap === 0
            ? ['matches']
            : gap > 0
              ? ['undocumented', 'matches-with-planned']
              : ['exceeds'];
        expect(verdicts, `${file}: ${id} verdict ${String(row['verdict'])}`).toContain(
          row['verdict'],
        );
      }
    },
  );
});

describe('articles, context-events, vocabularies and corrections files', () => {
  it('articles.csv has one row per article, the url empty when unknown', () => {
    const json = jsonTable('articles');
    expect(sorted(json.rows.map((r) => String(r['id']))), json.file).toEqual(
      sorted(content.articles.map((a) => a.id)),
    );
    for (const a of content.articles) {
      const row = json.rows.find((r) => r['id'] === a.id);
      expect(row?.['url'], `${json.file}: ${a.id} url`).toBe(
        a.data.url === 'unknown' ? null : a.data.url,
      );
      expect(row?.['published'], `${json.file}: ${a.id} published`).toBe(a.data.published);
    }
  });

  it('context-events.csv has one row per context event', () => {
    const json = jsonTable('context-events');
    expect(sorted(json.rows.map((r) => String(r['id']))), json.file).toEqual(
      sorted(content.context.map((e) => e.id)),
    );
  });

  it('vocabularies.csv has one row per term of every vocabulary', () => {
    const json = jsonTable('vocabularies');
    const expected = Object.entries(content.vocabularies).flatMap(([name, terms]) =>
      [...terms.keys()].map((key) => `${name}|${key}`),
    );
    expect(
      sorted(json.rows.map((r) => `${String(r['vocabulary'])}|${String(r['key'])}`)),
      json.file,
    ).toEqual(sorted(expected));
  });

  it('corrections.csv has one row per correction in the cohort and claim files', () => {
    const json = jsonTable('corrections');
    const expected = [...content.cohorts, ...content.claims].reduce(
      (n, r) => n + (r.data.corrections?.length ?? 0),
      0,
    );
    expect(json.rows.length, json.file).toBe(expected);
  });
});
