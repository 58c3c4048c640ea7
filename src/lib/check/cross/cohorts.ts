/**
 * Checks of one cohort against the rest of the content: its vocabulary
 * terms and whose people its groups are, the order of its dates (training
 * period, send-off), whether its sources can support status held, its
 * sources, variants and corrections.
 */
import type { Cohort } from '../../../schemas/cohort.ts';
import type { Entry, LoadedContent } from '../../content/load.ts';
import { knownPeriod } from '../../data/cohort-dates.ts';
import { isDefinitelyBefore } from '../../dates/partial-date.ts';
import { cohortFacts } from '../facts.ts';
import { problemAt, type Located, type Problem } from '../problem.ts';
import { publishedBefore } from '../../dates/publication.ts';
import type { ArticleIndex } from './article-index.ts';
import { sourcePublications } from './publication-dates.ts';
import { checkCorrections } from './corrections.ts';
import { checkCohortBodies } from './group-bodies.ts';
import { checkSources } from './sources.ts';
import { checkVariants } from './variants.ts';
import { checkVocab } from './vocabularies.ts';

/** The problem of a training period that ends before it starts, if it does. */
export function endBeforeStart(entry: Located, start: string, end: string | undefined): Problem[] {
  if (!end || !isDefinitelyBefore(end, start)) return [];
  return [
    problemAt(
      entry,
      ['period', 'end'],
      'date-end-before-start',
      {
        id: `Akhir pelatihan (${end}) sebelum awalnya (${start}).`,
        en: `Training ends (${end}) before it starts (${start}).`,
      },
      {
        id: 'Periksa urutan period.start dan period.end.',
        en: 'Check the order of period.start and period.end.',
      },
    ),
  ];
}

/** A send-off after the training started. */
function sendoffAfterStart(c: Entry<Cohort>): Problem[] {
  const d = c.data;
  const period = knownPeriod(d);
  if (!d.sendoff || !period || !isDefinitelyBefore(period.start, d.sendoff.date)) return [];
  return [
    problemAt(
      c,
      ['sendoff', 'date'],
      'date-sendoff-after-start',
      {
        id: `Pelepasan (${d.sendoff.date}) setelah pelatihan dimulai (${period.start}).`,
        en: `Send-off (${d.sendoff.date}) is after the training starts (${period.start}).`,
      },
      {
        id: 'Pelepasan terjadi sebelum berangkat: periksa sendoff.date dan period.start.',
        en: 'The send-off comes before departure: check sendoff.date and period.start.',
      },
    ),
  ];
}

/** Status held when every source was published before the training started. */
function heldUnsupported(c: Entry<Cohort>, articles: ArticleIndex): Problem[] {
  const d = c.data;
  const period = knownPeriod(d);
  // A held cohort always has its period (the schema refuses period: unknown with held).
  if (d.status !== 'held' || !period) return [];
  const published = sourcePublications(c, articles);
  if (published.length === 0 || !published.every((p) => publishedBefore(p, period.start)))
    return [];
  return [
    problemAt(
      c,
      ['status'],
      'status-held-unsupported',
      {
        id: 'Status held, tetapi semua sumber terbit sebelum pelatihan dimulai.',
        en: 'Status is held, but every source was published before the training started.',
      },
      {
        id: 'Gunakan status planned (atau announced) sampai ada sumber yang melaporkan pelatihan sudah berlangsung.',
        en: 'Use status planned (or announced) until a source reports that the training took place.',
      },
    ),
  ];
}

/** Every cross-entry problem of one cohort. */
export function checkCohort(
  c: Entry<Cohort>,
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  const d = c.data;
  const facts = cohortFacts(d);
  return [
    ...checkVocab(c, ['programme'], 'programmes', d.programme, content),
    ...checkVocab(c, ['theme'], 'themes', d.theme, content),
    ...checkVocab(c, ['place'], 'places', d.place, content),
    ...d.participants.flatMap((p, i) =>
      checkVocab(c, ['participants', i, 'group'], 'participant-groups', p.group, content),
    ),
    ...checkCohortBodies(c, content),
    ...(d.period === 'unknown' ? [] : endBeforeStart(c, d.period.start, d.period.end)),
    ...sendoffAfterStart(c),
    ...heldUnsupported(c, articles),
    ...checkSources(c, facts, articles, content),
    ...checkVariants(c, facts, articles, content),
    ...checkCorrections(c, { kind: 'cohort', data: d }, facts, articles, content.vocabularies),
  ];
}
