/**
 * Checks across records that need more than one entry or today's date:
 * two cohorts that look like the same course (same programme and theme,
 * periods that may overlap, or both without any date), unless one declares
 * the other `distinct_from`;
 * and facts dated after today (a held cohort whose training has not started,
 * an article published in the future), which cannot be true yet.
 */
import type { Cohort } from '../../schemas/cohort.ts';
import type { Entry, LoadedContent } from '../content/load.ts';
import { cohortDate, knownPeriod } from '../data/cohort-dates.ts';
import { earliestDay, latestDay } from '../dates/partial-date.ts';
import { earliestPublication, isDated } from '../dates/publication.ts';
import { problemAt, type Problem } from './problem.ts';

/** The days a cohort may occupy: its period, else its send-off date, else nothing known. */
function span(c: Cohort): { start: string; end?: string | undefined } | undefined {
  const date = cohortDate(c);
  return knownPeriod(c) ?? (date === undefined ? undefined : { start: date });
}

/** The days a cohort may occupy as the earliest and latest day, or undefined when it has no date. */
function window(c: Cohort): { from: string; to: string } | undefined {
  const s = span(c);
  return s && { from: earliestDay(s.start), to: latestDay(s.end ?? s.start) };
}

interface Dated {
  /** Position of the cohort in id order. */
  rank: number;
  from: string;
  to: string;
}

/**
 * The pairs [earlier, later] (positions in id order) of one programme and
 * theme whose days may meet (each end defaults to its start), or where
 * neither has any date at all. A cohort with no date is not compared with a
 * dated one: nothing says they meet. Dated cohorts are swept in order of
 * their first day, so only cohorts that start before one ends are compared.
 */
function overlappingPairs(dated: Dated[], undated: number[]): [number, number][] {
  const pairs: [number, number][] = [];
  undated.forEach((a, i) => undated.slice(i + 1).forEach((b) => pairs.push([a, b])));
  dated.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.rank - y.rank));
  dated.forEach((x, i) => {
    for (let j = i + 1; j < dated.length; j++) {
      const y = dated[j];
      if (!y || y.from > x.to) break;
      if (x.from <= y.to) pairs.push(x.rank < y.rank ? [x.rank, y.rank] : [y.rank, x.rank]);
    }
  });
  return pairs;
}

/** Pairs of cohorts that look like one course recorded twice, in id order of the first, then the second. */
export function likelyDuplicates(cohorts: readonly Entry<Cohort>[]): Problem[] {
  const sorted = [...cohorts].sort((a, b) => (a.id < b.id ? -1 : 1));
  const groups = new Map<string, { dated: Dated[]; undated: number[] }>();
  sorted.forEach((c, rank) => {
    const key = `${c.data.programme}\0${c.data.theme}`;
    const group = groups.get(key) ?? { dated: [], undated: [] };
    groups.set(key, group);
    const w = window(c.data);
    if (w) group.dated.push({ rank, ...w });
    else group.undated.push(rank);
  });
  const pairs = [...groups.values()]
    .flatMap((g) => overlappingPairs(g.dated, g.undated))
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const declared = (c: Entry<Cohort>, other: string) =>
    c.data.distinct_from?.includes(other) ?? false;
  return pairs.flatMap(([i, j]) => {
    const [a, b] = [sorted[i], sorted[j]];
    if (!a || !b || declared(a, b.id) || declared(b, a.id)) return [];
    return [
      problemAt(
        b,
        ['period'],
        'cohort-likely-duplicate',
        {
          id: `Angkatan ini tampak sama dengan ${a.id} (${a.file}): program, tema dan periodenya sama atau bertumpang tindih.`,
          en: `This cohort looks like ${a.id} (${a.file}): same programme and theme, overlapping period.`,
        },
        {
          id: `Bila keduanya pelatihan yang sama, gabungkan sumbernya ke satu berkas dan hapus yang lain. Bila memang berbeda, tulis di berkas ini: distinct_from: [${a.id}]`,
          en: `If both are the same course, merge their sources into one file and remove the other. If they really differ, add to this file: distinct_from: [${a.id}]`,
        },
      ),
    ];
  });
}

/** Held cohorts that start after `today`, and articles published after it (YYYY-MM-DD). */
export function datedInTheFuture(
  content: Pick<LoadedContent, 'cohorts' | 'articles'>,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const c of content.cohorts) {
    const start = knownPeriod(c.data)?.start;
    if (c.data.status !== 'held' || start === undefined || earliestDay(start) <= today) continue;
    problems.push(
      problemAt(
        c,
        ['status'],
        'held-in-the-future',
        {
          id: `Status held (terlaksana), tetapi pelatihan baru mulai ${start}, setelah hari ini (${today}).`,
          en: `Status held, but the training starts on ${start}, after today (${today}).`,
        },
        {
          id: 'Tulis status: planned (direncanakan) sampai ada sumber yang melaporkan pelatihannya berlangsung.',
          en: 'Write status: planned until a source reports that the training took place.',
        },
      ),
    );
  }
  for (const a of content.articles) {
    const earliest = earliestPublication(a.data);
    if (earliest === undefined || earliest <= today) continue;
    const dated = isDated(a.data);
    problems.push(
      problemAt(
        a,
        [dated ? 'published' : 'published_after'],
        'published-in-the-future',
        dated
          ? {
              id: `Tanggal terbit ${a.data.published} ada setelah hari ini (${today}).`,
              en: `Publication date ${a.data.published} is after today (${today}).`,
            }
          : {
              id: `published_after (${earliest}) ada setelah hari ini (${today}): artikel yang sudah tersimpan tidak mungkin terbit sesudah hari ini.`,
              en: `published_after (${earliest}) is after today (${today}): an article already stored cannot appear after today.`,
            },
        {
          id: 'Periksa tanggal terbit artikel (TTTT-BB-HH); salah ketik tahun sering terjadi.',
          en: 'Check the article’s publication date (YYYY-MM-DD); a mistyped year is common.',
        },
      ),
    );
  }
  return problems;
}
