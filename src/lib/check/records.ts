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

/**
 * Whether two cohorts may be the same course in time: their days may meet
 * (each end defaults to its start), or neither has any date at all. A cohort
 * with no date is not compared with a dated one: nothing says they meet.
 */
function mayOverlap(x: Cohort, y: Cohort): boolean {
  const [a, b] = [span(x), span(y)];
  if (!a || !b) return !a && !b;
  return (
    earliestDay(a.start) <= latestDay(b.end ?? b.start) &&
    earliestDay(b.start) <= latestDay(a.end ?? a.start)
  );
}

/** Pairs of cohorts that look like one course recorded twice. */
export function likelyDuplicates(cohorts: readonly Entry<Cohort>[]): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...cohorts].sort((a, b) => (a.id < b.id ? -1 : 1));
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (a.data.programme !== b.data.programme || a.data.theme !== b.data.theme) continue;
      if (!mayOverlap(a.data, b.data)) continue;
      const declared = (c: Entry<Cohort>, other: string) =>
        c.data.distinct_from?.includes(other) ?? false;
      if (declared(a, b.id) || declared(b, a.id)) continue;
      problems.push(
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
      );
    }
  });
  return problems;
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
