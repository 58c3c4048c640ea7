/**
 * Participants in words: own groups added, unknown ones named, and the
 * people of other bodies named as not counted, never as 0.
 */
import { describe, expect, it } from 'vitest';
import type { ParticipantTotal } from '../../../src/lib/data/participants.ts';
import {
  bodyName,
  cohortTotalLabel,
  notIncluding,
  otherBodiesCount,
  otherGroupText,
  participantsLabel,
} from '../../../src/lib/site/participant-words.ts';
import { group, term, vocabulary } from '../../helpers/records.ts';

/** Both groups are the government's own people. */
const groups = vocabulary({
  'asn-kota-jambi': term({ label: { id: 'ASN Pemkot Jambi', en: 'Kota Jambi ASN' }, body: 'own' }),
  'perumdam-tirta-mayang': term({
    label: { id: 'Manajemen Perumdam Tirta Mayang', en: 'Tirta Mayang management' },
    body: 'own',
  }),
});

describe('participantsLabel', () => {
  it('adds the known groups', () => {
    expect(participantsLabel([group(25), group(4, 'perumdam-tirta-mayang')], groups, 'id')).toBe(
      '29',
    );
  });
  it('names groups of unknown size instead of counting them as 0', () => {
    const participants = [group(25), group('unknown', 'perumdam-tirta-mayang')];
    expect(participantsLabel(participants, groups, 'id')).toBe(
      '25 + Manajemen Perumdam Tirta Mayang yang jumlahnya tidak diketahui',
    );
    expect(participantsLabel(participants, groups, 'en')).toBe(
      '25 + Tirta Mayang management, number unknown',
    );
  });
  it('never shows 0 when no group is known', () => {
    expect(participantsLabel([group('unknown')], groups, 'id')).toBe(
      'ASN Pemkot Jambi yang jumlahnya tidak diketahui',
    );
  });
});

describe('cohortTotalLabel', () => {
  const label = (key: string) => ({ asn: 'ASN Kota Contoh', bumd: 'Manajemen BUMD' })[key] ?? key;
  const total = (known: number, unknownGroups: string[]): ParticipantTotal => ({
    known,
    unknownGroups,
    complete: unknownGroups.length === 0,
    others: { groups: [], known: 0, hasUnknown: false },
  });

  it('shows the sum when every count is known', () => {
    expect(cohortTotalLabel(total(1250, []), label, 'id')).toBe('1.250');
    expect(cohortTotalLabel(total(1250, []), label, 'en')).toBe('1,250');
  });

  it('shows a minimum and names the groups of unknown size', () => {
    expect(cohortTotalLabel(total(25, ['bumd']), label, 'id')).toBe(
      'sedikitnya 25 (+ Manajemen BUMD: jumlahnya tidak diketahui)',
    );
  });

  it('never shows "sedikitnya 0" when no count is known', () => {
    expect(cohortTotalLabel(total(0, ['asn']), label, 'id')).toBe(
      'jumlah tidak diketahui (ASN Kota Contoh)',
    );
    expect(cohortTotalLabel(total(0, ['asn', 'bumd']), label, 'en')).toBe(
      'number not known (ASN Kota Contoh, Manajemen BUMD)',
    );
  });
});

/** The city's civil servants, and the province's staff: another body. */
const mixed = vocabulary({
  'asn-kota-contoh': term({ label: { id: 'ASN Pemkot Contoh', en: 'Contoh ASN' }, body: 'own' }),
  'staf-pemprov': term({
    label: { id: 'Staf Pemprov Contoh', en: 'Contoh provincial staff' },
    body: { id: 'Pemerintah Provinsi Contoh', en: 'Contoh provincial government' },
  }),
});

describe('participantsLabel with people of other bodies', () => {
  it('adds the own groups only and names the others as not counted', () => {
    const participants = [group(19, 'asn-kota-contoh'), group(10, 'staf-pemprov')];
    expect(participantsLabel(participants, mixed, 'id')).toBe(
      '19; 10 Staf Pemprov Contoh (lembaga lain, tidak dihitung)',
    );
    expect(participantsLabel(participants, mixed, 'en')).toBe(
      '19; 10 Contoh provincial staff (another body, not counted)',
    );
  });
  it('names another body’s group of unknown size as unknown, never 0', () => {
    const participants = [group(19, 'asn-kota-contoh'), group('unknown', 'staf-pemprov')];
    expect(participantsLabel(participants, mixed, 'id')).toBe(
      '19; Staf Pemprov Contoh yang jumlahnya tidak diketahui (lembaga lain, tidak dihitung)',
    );
  });
});

describe('cohortTotalLabel with people of other bodies', () => {
  const label = (key: string) => key;
  const total = (known: number, others: ParticipantTotal['others']): ParticipantTotal => ({
    known,
    unknownGroups: [],
    complete: true,
    others,
  });
  it('says how many people of other bodies it leaves out', () => {
    const others = { groups: [group(10, 'staf-pemprov')], known: 10, hasUnknown: false };
    expect(cohortTotalLabel(total(19, others), label, 'id')).toBe(
      '19; tidak termasuk 10 peserta dari lembaga lain',
    );
    expect(cohortTotalLabel(total(19, others), label, 'en')).toBe(
      '19; not including 10 participants from other bodies',
    );
  });
});

describe('the people of other bodies in words', () => {
  it('counts them, as a minimum when a size is unknown, and never as 0', () => {
    expect(otherBodiesCount({ known: 1, hasUnknown: false }, 'en')).toBe(
      '1 participant from another body',
    );
    expect(otherBodiesCount({ known: 10, hasUnknown: true }, 'id')).toBe(
      'sedikitnya 10 peserta dari lembaga lain',
    );
    expect(otherBodiesCount({ known: 0, hasUnknown: true }, 'id')).toBe(
      'peserta dari lembaga lain yang jumlahnya tidak diketahui',
    );
    expect(notIncluding({ known: 1250, hasUnknown: false }, 'id')).toBe(
      'tidak termasuk 1.250 peserta dari lembaga lain',
    );
  });
  it('names a group’s body, and none for the government’s own', () => {
    expect(bodyName(mixed.get('staf-pemprov'), 'en')).toBe('Contoh provincial government');
    expect(bodyName(mixed.get('asn-kota-contoh'), 'id')).toBeUndefined();
    expect(otherGroupText(group(10, 'staf-pemprov'), mixed, 'id')).toBe(
      '10 Staf Pemprov Contoh (lembaga lain, tidak dihitung)',
    );
  });
});
