/**
 * The facts a record states, by field path, and how each can be found in a
 * quote. `supports` in a citation names these paths; every fact must be
 * supported by at least one citation.
 */
import { ABROAD, type Claim } from '../../schemas/claim.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { ContextEvent } from '../../schemas/context-event.ts';
import type { VocabularyName } from '../../schemas/vocabulary.ts';
import { ABROAD_WORDS } from '../text/indonesian/abroad.ts';
import { qualifierWords } from '../text/indonesian/qualifiers.ts';
import type { Measure } from '../text/indonesian/quantities.ts';

export type FactCheck =
  /**
   * A number and what it measures ("25 orang" is 25 people, "10 tahun" ten
   * years); a head-count of a participant group also names the group, whose
   * staff it must count.
   */
  | { kind: 'number'; value: number; measure: Measure; group?: string }
  | { kind: 'period'; start: string; end?: string }
  | { kind: 'date'; value: string }
  | { kind: 'term'; vocabulary: VocabularyName; key: string }
  | { kind: 'text'; value: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'words'; words: string[]; label: string }
  | { kind: 'none' };

export interface Fact {
  path: string;
  check: FactCheck;
  /**
   * Parts that quotes may support one by one (`period.start` and
   * `period.end`): every part supported supports the fact (./fact-parts.ts).
   */
  parts?: Fact[];
}

/** The start and (when given) the end of a period, each a date a quote may state alone. */
function periodParts(period: Exclude<Cohort['period'], 'unknown'>): Fact[] {
  const start: Fact = { path: 'period.start', check: { kind: 'date', value: period.start } };
  if (!period.end) return [start];
  return [start, { path: 'period.end', check: { kind: 'date', value: period.end } }];
}

/** Facts of a cohort record. */
export function cohortFacts(c: Cohort): Fact[] {
  const facts: Fact[] = [
    { path: 'programme', check: { kind: 'term', vocabulary: 'programmes', key: c.programme } },
    { path: 'theme', check: { kind: 'term', vocabulary: 'themes', key: c.theme } },
    { path: 'status', check: { kind: 'none' } },
    // Training dates the sources do not give (period: unknown) are no fact to quote.
    ...(c.period === 'unknown'
      ? []
      : [
          {
            path: 'period',
            check: {
              kind: 'period' as const,
              start: c.period.start,
              ...(c.period.end ? { end: c.period.end } : {}),
            },
            parts: periodParts(c.period),
          },
        ]),
    { path: 'place', check: { kind: 'term', vocabulary: 'places', key: c.place } },
  ];
  if (c.course_name)
    facts.push({ path: 'course_name', check: { kind: 'text', value: c.course_name } });
  if (c.host) facts.push({ path: 'host', check: { kind: 'text', value: c.host } });
  for (const p of c.participants) {
    facts.push({
      path: `participants.${p.group}`,
      check:
        p.count === 'unknown'
          ? { kind: 'term', vocabulary: 'participant-groups', key: p.group }
          : { kind: 'number', value: p.count, measure: 'people', group: p.group },
    });
  }
  if (c.sendoff) {
    facts.push({ path: 'sendoff.date', check: { kind: 'date', value: c.sendoff.date } });
    if (c.sendoff.place)
      facts.push({ path: 'sendoff.place', check: { kind: 'text', value: c.sendoff.place } });
    if (c.sendoff.by)
      facts.push({ path: 'sendoff.by', check: { kind: 'text', value: c.sendoff.by } });
  }
  if (c.experts?.length)
    facts.push({ path: 'experts', check: { kind: 'list', items: c.experts.map((e) => e.name) } });
  if (c.site_visits?.length)
    facts.push({ path: 'site_visits', check: { kind: 'list', items: c.site_visits } });
  return facts;
}

/** What the value of a claim measures, by its metric. */
export const METRIC_MEASURES: Record<Claim['metric'], Measure> = {
  participants: 'people',
  'participants-per-year': 'people',
  cohorts: 'cohorts',
  'cohorts-in-year': 'cohorts',
  'partnership-years': 'years',
  'programme-start-year': 'year',
};

/** Facts of a claim record. */
export function claimFacts(c: Claim): Fact[] {
  const facts: Fact[] = [
    {
      path: 'value',
      check: { kind: 'number', value: c.value, measure: METRIC_MEASURES[c.metric] },
    },
  ];
  if (c.qualifier !== 'exact') {
    const words = qualifierWords(c.qualifier, c.value);
    facts.push({ path: 'qualifier', check: { kind: 'words', words, label: c.qualifier } });
  }
  if (c.speaker) facts.push({ path: 'speaker', check: { kind: 'text', value: c.speaker } });
  const s = c.scope;
  if (s.programme)
    facts.push({
      path: 'scope.programme',
      check: { kind: 'term', vocabulary: 'programmes', key: s.programme },
    });
  if (s.place)
    facts.push({
      path: 'scope.place',
      check:
        s.place === ABROAD
          ? { kind: 'words', words: [...ABROAD_WORDS], label: ABROAD }
          : { kind: 'term', vocabulary: 'places', key: s.place },
    });
  if (s.since) facts.push({ path: 'scope.since', check: { kind: 'date', value: s.since } });
  if (s.window_years !== undefined)
    facts.push({
      path: 'scope.window_years',
      check: { kind: 'number', value: s.window_years, measure: 'years' },
    });
  if (s.year !== undefined)
    facts.push({ path: 'scope.year', check: { kind: 'number', value: s.year, measure: 'year' } });
  if (s.excludes) facts.push({ path: 'scope.excludes', check: { kind: 'none' } });
  return facts;
}

const CONTEXT_KIND_WORDS: Record<ContextEvent['kind'], string[]> = {
  agreement: ['nota kesepahaman', 'MoU', 'kerja sama', 'kerjasama', 'perjanjian', 'agreement'],
  award: ['penghargaan', 'award'],
  other: [],
};

/** Facts of a context event. */
export function contextFacts(e: ContextEvent): Fact[] {
  const words = CONTEXT_KIND_WORDS[e.kind];
  const facts: Fact[] = [
    {
      path: 'kind',
      check: words.length > 0 ? { kind: 'words', words, label: e.kind } : { kind: 'none' },
    },
  ];
  // A date taken from the article's publication date is checked against it instead.
  if (e.date_basis === 'stated')
    facts.unshift({ path: 'date', check: { kind: 'date', value: e.date } });
  return facts;
}
