import { describe, expect, it } from 'vitest';
import { docWithStaffGroup, withStaffGroup } from '../../../src/lib/opendata/field-examples.ts';

const profile = { staff_group: 'asn-teluk-rembulan' };

describe('withStaffGroup', () => {
  it('names the profile’s own group in every example participant field', () => {
    expect(withStaffGroup('mis. period, participants.asn-kota-jambi.', profile)).toBe(
      'mis. period, participants.asn-teluk-rembulan.',
    );
    expect(withStaffGroup('participants.a, participants.b-c', profile)).toBe(
      'participants.asn-teluk-rembulan, participants.asn-teluk-rembulan',
    );
  });

  it('leaves other text alone, list items of participants included', () => {
    for (const text of ['participants[].count', 'the participants.', 'Peserta'])
      expect(withStaffGroup(text, profile)).toBe(text);
  });
});

describe('docWithStaffGroup', () => {
  it('rewrites both languages', () => {
    expect(
      docWithStaffGroup({ id: 'mis. participants.x', en: 'e.g. participants.x' }, profile),
    ).toEqual({
      id: 'mis. participants.asn-teluk-rembulan',
      en: 'e.g. participants.asn-teluk-rembulan',
    });
  });
});
