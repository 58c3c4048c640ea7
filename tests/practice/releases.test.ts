/**
 * The practice releases (tests/practice/releases/) added one after the other
 * to a copy of the content with `npm run new`, typed line by line through
 * standard input as an editor types them; then `npm run check` on the copy
 * and one build of the site from it. For each release: the session and what
 * it wrote, the timeline entry, the cohort pages, the claims on the claim
 * check and the rows of the open-data CSV files; for all of them together,
 * the home page's figures, computed from what the releases declare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordText, verdictLabels } from '../../src/i18n/records.ts';
import { ui } from '../../src/i18n/ui.ts';
import { fieldAnchor } from '../../src/lib/site/anchors.ts';
import { numberLabel, statusLabel } from '../../src/lib/site/format.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { copyContent, runNode, type ContentCopy, type Run } from '../helpers/node.ts';
import { buildCopy } from './build.ts';
import { expectedFigures } from './expected.ts';
import type { ExpectedCohort, PracticeCase } from './release.ts';
import { RELEASES } from './releases/index.ts';
import { builtSite, field, words, type BuiltSite } from './site.ts';

const script = (name: string) => join(PROJECT_ROOT, 'scripts', `${name}.ts`);

let copy: ContentCopy;
let site: BuiltSite;
const sessions = new Map<PracticeCase, Run>();
let check: Run;
let build: Run;

beforeAll(async () => {
  copy = copyContent();
  // One content copy: each session sees what the ones before it wrote, as in an office.
  for (const r of RELEASES)
    sessions.set(
      r,
      await runNode([script('new'), `--content=${copy.content}`], {
        input: `${r.answers.join('\n')}\n`,
        env: { TMPDIR: copy.dir },
      }),
    );
  check = await runNode([script('check'), `--content=${copy.content}`]);
  const built = await buildCopy(copy);
  build = built.run;
  site = builtSite(built.dist);
}, 300_000);
afterAll(() => copy.cleanup());

const read = (path: string): string => readFileSync(join(copy.content, path), 'utf8');
/** A field's value on a record page, without its citation markers ("[1]"). */
const value = (text: string): string => text.replace(/\s*\[\d+\]/gu, '').trim();
const cohortPage = (c: ExpectedCohort) => `angkatan/${c.id}`;

it('checks the copy with every release in it, and builds the site from it', () => {
  expect(check.stdout).toContain('Konten valid: tidak ada masalah.');
  expect(check.status).toBe(0);
  expect(build.status, `${build.stdout.slice(-1500)}\n${build.stderr.slice(-1500)}`).toBe(0);
});

describe.each(RELEASES.map((r) => [r.feature, r] as const))('%s', (_, r) => {
  it('ends the session with the files written and checked, refusing only what it should', () => {
    const run = sessions.get(r);
    expect(run?.stderr).toBe('');
    expect(run?.status, run?.stdout.slice(-2000)).toBe(0);
    const out = run?.stdout ?? '';
    expect(out).toContain('✓ Tidak ada masalah. (No problems.)');
    for (const line of r.said ?? []) expect(out).toContain(line);
    const refused = out.split('\n').filter((l) => l.includes('✗'));
    for (const line of refused) expect(r.said ?? [], line).toContain(line);
    const body = read(`articles/${r.article.id}.md`).split('\n---\n')[1] ?? '';
    for (const gone of r.removed ?? []) expect(body).not.toContain(gone);
    for (const c of r.cohorts) expect(read(`cohorts/${c.id}.yaml`)).toContain(`theme: ${c.theme}`);
    for (const c of r.claims) expect(read(`claims/${c.id}.yaml`)).toContain(`value: ${c.value}`);
    for (const [vocabulary, key] of r.terms ?? [])
      expect(read(`vocabularies/${vocabulary}.yaml`)).toContain(`\n${key}:\n`);
  });

  it.runIf(r.cohorts.length > 0)('puts each cohort on the timeline, under its year', () => {
    for (const c of r.cohorts) {
      const year = site.byId('linimasa', `y-${c.start.slice(0, 4)}`);
      expect(year.parentNode && site.links(year.parentNode)).toContain(`/angkatan/${c.id}/`);
      const card = words(site.byId('linimasa', `c-${c.id}`));
      for (const shown of [c.themeLabel, statusLabel(c.status, 'id'), c.periodLabel, c.placeLabel])
        expect(card).toContain(shown);
      expect(site.links(site.page('en/timeline'))).toContain(`/en/cohorts/${c.id}/`);
    }
  });

  it.runIf(r.cohorts.length > 0)(
    'gives each cohort a page with its groups, counts and dates',
    () => {
      for (const c of r.cohorts) {
        const shown = (path: string) => value(words(site.byId(cohortPage(c), fieldAnchor(path))));
        expect(shown('status')).toBe(statusLabel(c.status, 'id'));
        expect(shown('period')).toBe(c.periodLabel);
        expect(shown('place')).toBe(c.placeLabel);
        for (const [group, count] of Object.entries(c.participants))
          expect(shown(`participants.${group}`)).toBe(
            count === 'unknown' ? 'tidak diketahui' : String(count),
          );
        expect(shown('participants')).toBe(c.totalLabel);
        if (c.sendoff) {
          expect(shown('sendoff.date')).toBe(c.sendoff.label);
          expect(shown('sendoff.place')).toBe(c.sendoff.place);
          expect(shown('sendoff.by')).toBe(c.sendoff.by);
        }
      }
    },
  );

  it.runIf(r.claims.length > 0)('sets each claim against the record on the claim check', () => {
    for (const c of r.claims) {
      const card = site.byId('cek-klaim', c.id);
      expect(words(site.byClass(card, 'verdict')[0] ?? card)).toBe(verdictLabels[c.verdict]?.id);
      expect(value(field(card, recordText.claimed.id))).toBe(c.claimedLabel);
      if (c.windowLabel) expect(field(card, recordText.scope.id)).toContain(c.windowLabel);
      const linked = site.links(card);
      for (const id of c.counted) expect(linked).toContain(`/angkatan/${id}/`);
      for (const id of c.notCounted ?? []) expect(linked).not.toContain(`/angkatan/${id}/`);
    }
  });

  it('adds its rows to the open data', () => {
    const a = site.row('articles.csv', r.article.id);
    expect([a['outlet'], a['published'], a['kind']]).toEqual([
      r.article.outlet,
      r.article.published,
      r.article.kind,
    ]);
    expect([a['reporter'], a['editor']]).toEqual([
      r.article.reporter ?? '',
      r.article.editor ?? '',
    ]);
    for (const c of r.cohorts) {
      const row = site.row('cohorts.csv', c.id);
      const counts = Object.values(c.participants);
      const known = counts.filter((n): n is number => n !== 'unknown');
      expect(row).toMatchObject({
        programme: c.programme,
        theme: c.theme,
        status: c.status,
        period_start: c.start,
        period_end: c.end,
        place: c.place,
        participants_at_least: known.length > 0 ? String(known.reduce((s, n) => s + n, 0)) : '',
        count_known: String(known.length === counts.length),
      });
      const groups = site.rows('participants.csv', c.id);
      expect(groups.map((g) => [g['group'], g['count'], g['status'], g['year']])).toEqual(
        Object.entries(c.participants).map(([group, n]) => [
          group,
          n === 'unknown' ? '' : String(n),
          c.status,
          c.start.slice(0, 4),
        ]),
      );
    }
    for (const c of r.claims) {
      const row = site.row('claims.csv', c.id);
      expect(row).toMatchObject({
        metric: c.metric,
        value: String(c.value),
        qualifier: c.qualifier,
        scope_programme: c.programme ?? '',
        scope_place: c.place ?? '',
        scope_since: c.since ?? '',
        scope_window_years: c.windowYears === undefined ? '' : String(c.windowYears),
        verdict: c.verdict,
      });
      if (c.documented !== undefined) expect(row['documented']).toBe(String(c.documented));
      const counted = JSON.parse(row['counted_cohorts'] ?? '[]') as string[];
      expect(counted).toEqual(expect.arrayContaining([...c.counted]));
      for (const id of c.notCounted ?? []) expect(counted).not.toContain(id);
    }
  });
});

describe('the home page', () => {
  it('shows the figures of the content before, plus exactly what the releases add', () => {
    const want = expectedFigures(RELEASES);
    const home = site.page('');
    const numbers = site.byClass(home, 'figure-number').map(words);
    expect(numbers).toEqual([
      numberLabel(want.cohortsHeld, 'id'),
      numberLabel(want.participantsKnown, 'id'),
      `${want.years.first}–${want.years.last}`,
      numberLabel(want.themes, 'id'),
    ]);
    const leftOut = words(site.byClass(home, 'left-out')[0] ?? home);
    expect(leftOut).toContain(ui.id.figures.notHeld(want.notHeld));
    expect(site.byClass(home, 'left-out').flatMap((el) => site.links(el))).toEqual(
      expect.arrayContaining(
        RELEASES.flatMap((r) => r.cohorts)
          .filter((c) => c.status !== 'held' || Object.values(c.participants).includes('unknown'))
          .map((c) => `/angkatan/${c.id}/`),
      ),
    );
    expect(want.withUnknown).toBeGreaterThan(0);
    expect(leftOut).toContain(ui.id.figures.unknownGroups);
  });
});
