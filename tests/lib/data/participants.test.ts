/**
 * Participant counts: only the groups of the government's own people (body
 * `own`) are added; the groups of other bodies come back beside the total
 * with their counts; an unknown count is never read as 0.
 */
import { describe, expect, it } from 'vitest';
import {
  groupCount,
  isOwnGroup,
  participantTotal,
  sumParticipants,
} from '../../../src/lib/data/participants.ts';
import { cohort, group, groupTerms, term, vocabulary } from '../../helpers/records.ts';

/** The city's civil servants and teachers are its own; a province's staff and lecturers are not. */
const groups = groupTerms(['asn', 'guru'], {
  pemprov: 'Pemerintah Provinsi Contoh',
  dosen: 'Universitas Contoh',
});

describe('isOwnGroup', () => {
  it('is true only for a term whose body is own', () => {
    expect(isOwnGroup(groups, 'asn')).toBe(true);
    expect(isOwnGroup(groups, 'pemprov')).toBe(false);
  });
  it('never counts a group whose term gives no body, or that has no term', () => {
    const noBody = vocabulary({ asn: term({ label: { id: 'ASN', en: 'ASN' } }) });
    expect(isOwnGroup(noBody, 'asn')).toBe(false);
    expect(isOwnGroup(groups, 'missing')).toBe(false);
  });
});

describe('participantTotal', () => {
  it('adds the own groups and lists the groups of other bodies beside them', () => {
    const t = participantTotal(
      { participants: [group(19, 'asn'), group(10, 'pemprov'), group(3, 'guru')] },
      groups,
    );
    expect(t.known).toBe(22);
    expect(t.complete).toBe(true);
    expect(t.others).toEqual({ groups: [group(10, 'pemprov')], known: 10, hasUnknown: false });
  });
  it('flags an own group of unknown size, and not another body’s', () => {
    const t = participantTotal(
      { participants: [group(13, 'asn'), group('unknown', 'dosen')] },
      groups,
    );
    expect(t).toMatchObject({ known: 13, unknownGroups: [], complete: true });
    expect(t.others).toEqual({ groups: [group('unknown', 'dosen')], known: 0, hasUnknown: true });
    const own = participantTotal({ participants: [group('unknown', 'asn')] }, groups);
    expect(own).toMatchObject({ known: 0, unknownGroups: ['asn'], complete: false });
  });
});

describe('sumParticipants', () => {
  it('sums the own people of every cohort and collects the people of other bodies it leaves out', () => {
    const joint = cohort('joint', { participants: [group(19, 'asn'), group(10, 'pemprov')] });
    const campus = cohort('campus', {
      participants: [group(13, 'asn'), group(6, 'dosen'), group('unknown', 'pemprov')],
    });
    const own = cohort('own', { participants: [group(25, 'asn')] });
    const sum = sumParticipants([joint, campus, own], groups);
    expect(sum.known).toBe(19 + 13 + 25);
    expect(sum.complete).toBe(true);
    expect(sum.leftOut.known).toBe(10 + 6);
    expect(sum.leftOut.hasUnknown).toBe(true);
    expect(sum.leftOut.cohorts.map((x) => [x.cohort.id, x.groups.map((p) => p.group)])).toEqual([
      ['joint', ['pemprov']],
      ['campus', ['dosen', 'pemprov']],
    ]);
  });
  it('leaves nothing out when every group is the government’s own', () => {
    const sum = sumParticipants([cohort('a', { participants: [group(25, 'asn')] })], groups);
    expect(sum.leftOut).toEqual({ cohorts: [], known: 0, hasUnknown: false });
  });
});

describe('groupCount', () => {
  it('reads one group’s count, whichever body it belongs to', () => {
    const c = { participants: [group(19, 'asn'), group('unknown', 'pemprov')] };
    expect(groupCount(c, 'asn')).toBe(19);
    expect(groupCount(c, 'pemprov')).toBe('unknown');
    expect(groupCount(c, 'dosen')).toBeUndefined();
  });
});
