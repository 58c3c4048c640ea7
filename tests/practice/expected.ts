/**
 * The home page's headline figures once the practice releases are added,
 * computed from what the releases declare: the real content's figures
 * (read with the checker's reader, before any release) plus what each
 * release's cohorts add. Only the city's own staff count towards the
 * participants; a held cohort of unknown size adds no participants but
 * makes the total a minimum.
 */
import { loadContent } from '../../src/lib/content/load.ts';
import { headlineFigures } from '../../src/lib/data/figures.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import type { PracticeCase } from './release.ts';

export interface Figures {
  cohortsHeld: number;
  participantsKnown: number;
  /** First and last year of a held cohort. */
  years: { first: number; last: number };
  themes: number;
  /** Planned or announced cohorts, listed apart. */
  notHeld: number;
  /** Held cohorts with a group of unknown size. */
  withUnknown: number;
}

/** The figures of the real content, and the key of the city's own staff. */
export function baseline(): { figures: Figures; staffGroup: string; themes: Set<string> } {
  const content = loadContent(PROJECT_ROOT);
  const f = headlineFigures(content.cohorts, content.vocabularies['participant-groups']);
  if (!f.years) throw new Error('content/ has no held cohort');
  const staffGroup = content.profile?.data.staff_group;
  if (!staffGroup) throw new Error('content/site.yaml names no staff group');
  return {
    figures: {
      cohortsHeld: f.cohortsHeld,
      participantsKnown: f.participantsKnown,
      years: f.years,
      themes: f.themes.length,
      notHeld: f.cohortsNotHeld.length,
      withUnknown: f.cohortsWithUnknownCounts.length,
    },
    staffGroup,
    themes: new Set(f.themes),
  };
}

/** The baseline plus what the releases' cohorts add. */
export function expectedFigures(releases: readonly PracticeCase[]): Figures {
  const { figures, staffGroup, themes } = baseline();
  const cohorts = releases.flatMap((r) => r.cohorts);
  const held = cohorts.filter((c) => c.status === 'held');
  const years = held.map((c) => Number(c.start.slice(0, 4)));
  const counts = held.map((c) => c.participants[staffGroup] ?? 'unknown');
  return {
    cohortsHeld: figures.cohortsHeld + held.length,
    participantsKnown:
      figures.participantsKnown + counts.reduce<number>((n, c) => n + (c === 'unknown' ? 0 : c), 0),
    years: {
      first: Math.min(figures.years.first, ...years),
      last: Math.max(figures.years.last, ...years),
    },
    themes: new Set([...themes, ...held.map((c) => c.theme)]).size,
    notHeld: figures.notHeld + cohorts.length - held.length,
    withUnknown:
      figures.withUnknown +
      held.filter((c) => Object.values(c.participants).includes('unknown')).length,
  };
}
