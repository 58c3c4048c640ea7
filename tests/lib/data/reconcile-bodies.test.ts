/**
 * Claims and figures on the practice site of tests/fixtures/other-bodies:
 * only the city's own people are counted (the province's staff, the company
 * employee and the lecturers are left out and listed), teachers count as the
 * city's civil servants, and the polytechnic project, a programme of its own,
 * is never counted under the SCP.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { headlineFigures } from '../../../src/lib/data/figures.ts';
import { abroadPlaces } from '../../../src/lib/data/places.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import { heldSummary } from '../../../src/lib/site/summary.ts';
import {
  JOINT_COHORT,
  OTHER_BODIES_CONTENT,
  POLYTECHNIC,
  POLYTECHNIC_COHORT,
  SCP_CLAIM,
  TEACHERS_COHORT,
} from '../../fixtures/other-bodies/index.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';

const content = loadContent(PROJECT_ROOT, OTHER_BODIES_CONTENT);
const groups = content.vocabularies['participant-groups'];
const abroad = abroadPlaces(content.vocabularies.places, 'ID');
const [r] = reconcileClaims(content.claims, content.cohorts, abroad, groups);
const ids = (records: readonly { id: string }[]) => records.map((c) => c.id);

describe('people of other bodies and other programmes (practice site)', () => {
  it('is valid content: the check passes', () => {
    expect(runCheck(PROJECT_ROOT, OTHER_BODIES_CONTENT).problems).toEqual([]);
    expect(r?.claim.id).toBe(SCP_CLAIM);
  });

  it('sets a claim about the city’s civil servants against its own people only', () => {
    expect(ids(r?.counted ?? [])).toEqual([JOINT_COHORT, TEACHERS_COHORT]);
    // 19 civil servants and 8 teachers; the 10 provincial staff would make it 37.
    expect(r?.documented).toBe(27);
    expect(r?.verdict).toBe('matches');
  });

  it('says whose people it left out, cohort by cohort', () => {
    expect(r?.leftOut.known).toBe(10);
    expect(
      r?.leftOut.cohorts.map((x) => [x.cohort.id, x.groups.map((p) => [p.group, p.count])]),
    ).toEqual([[JOINT_COHORT, [['staf-pemprov-contoh', 10]]]]);
  });

  it('never counts the polytechnic project under the SCP', () => {
    expect(r?.excluded.map((x) => [x.cohort.id, x.reason])).toEqual([
      [POLYTECHNIC_COHORT, 'programme'],
    ]);
    const scp = heldSummary(content.cohorts, groups, { programme: 'scp' });
    expect(ids(scp.held)).toEqual([JOINT_COHORT, TEACHERS_COHORT]);
    expect(scp.participantsKnown).toBe(27);
    const project = heldSummary(content.cohorts, groups, { programme: POLYTECHNIC });
    expect(ids(project.held)).toEqual([POLYTECHNIC_COHORT]);
    expect(project.participantsKnown).toBe(13);
    expect(project.leftOut.known).toBe(1 + 6);
  });

  it('counts every programme on the home page, by programme, and the city’s own people only', () => {
    const f = headlineFigures(content.cohorts, groups);
    expect(f.cohortsHeld).toBe(3);
    expect([...f.cohortsHeldByProgramme]).toEqual([
      ['scp', 2],
      [POLYTECHNIC, 1],
    ]);
    expect(f.participantsKnown).toBe(19 + 13 + 8);
    expect(f.participantsLeftOut.known).toBe(10 + 1 + 6);
    expect(ids(f.participantsLeftOut.cohorts.map((x) => x.cohort))).toEqual([
      JOINT_COHORT,
      POLYTECHNIC_COHORT,
    ]);
  });

  it('keeps the article about another city’s civil servants out of every figure', () => {
    expect(content.cohorts).toHaveLength(3);
    expect(content.context.map((e) => e.data.kind)).toEqual(['other']);
  });
});
