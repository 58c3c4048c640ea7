import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/lib/data/types.ts';
import { headlineContrast } from '../../src/lib/data/contrast.ts';
import { reconcileClaims } from '../../src/lib/data/reconcile.ts';
import { buildCredits } from '../../src/site-data/story.ts';
import { otherCityProfile } from '../fixtures/other-city/index.ts';
import { article, citation, claim, cohort, term, vocabularies } from '../helpers/records.ts';

const cites = (a: string) => [citation({ article: a })];
const articles = [
  article('from-a', { outlet: 'kabar-a' }),
  article('from-b', { outlet: 'warta-b' }),
  article('from-c', { outlet: 'unknown' }),
];
const cohorts = [
  cohort('held', { period: { start: '2018-03' }, sources: cites('from-a') }),
  cohort('planned', { period: { start: '2019-05' }, status: 'planned', sources: cites('from-b') }),
];
const claims = [claim('said', { made_on: '2019-02', sources: cites('from-c') })];
const data: SiteData = {
  articles,
  cohorts,
  claims,
  context: [],
  articleById: new Map(articles.map((a) => [a.id, a])),
  cohortById: new Map(cohorts.map((c) => [c.id, c])),
  vocabularies: vocabularies({
    outlets: {
      'kabar-a': term({ label: { id: 'Kabar A', en: 'Kabar A' } }),
      'warta-b': term({ label: { id: 'Warta B', en: 'Warta B' } }),
    },
  }),
  profile: otherCityProfile(),
};
const contrast = headlineContrast(
  reconcileClaims(claims, cohorts, new Set(['singapore']), data.vocabularies['participant-groups']),
);
const credits = buildCredits(data, contrast, '2023-05-15');
const SITE = data.profile.name;

describe('buildCredits', () => {
  it('credits each chart with the outlets of the records it draws, in every language', () => {
    expect(credits.id.charts['participants-by-year'].source).toBe(
      `Sumber: Kabar A dan Warta B, diolah ${SITE}.`,
    );
    expect(credits.en.charts['claims-vs-record'].source).toBe(
      `Source: Kabar A and an unnamed outlet, processed by ${SITE}.`,
    );
  });

  it('credits the contrast with its claims and the cohorts they count', () => {
    expect(contrast.map((r) => r.claim.id)).toEqual(['said']);
    expect(credits.id.contrast.source).toBe(
      `Sumber: Kabar A dan media yang tidak disebut, diolah ${SITE}.`,
    );
  });

  it('dates every credit with the content date it is given, never the clock', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(credits[lang].contrast.updated).toBe('2023-05-15');
      expect(Object.values(credits[lang].charts).map((c) => c.updated)).toEqual(
        Array(4).fill('2023-05-15'),
      );
    }
    expect(credits.id.contrast.updatedText).toBe('Terakhir diperbarui: 15 Mei 2023');
  });
});
