/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): a number in
 * the quote that is there, but as something other than what the field
 * measures, or as a count of another government's staff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REAL_CONTENT } from '../../helpers/corpus.ts';
import { claim, cohort, edited, removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

const GROUPS = 'vocabularies/participant-groups.yaml';
const GROUPS_TEXT = readFileSync(join(REAL_CONTENT, GROUPS), 'utf8');

describe('value-not-in-quote, with what the number is instead', () => {
  it('a year given as a head-count', () => {
    expect(shown(cohort('count: 25', 'count: 2019'), 'value-not-in-quote')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:29  [sources[0].supports[0]]
        ✗ Angka 2019 dalam kutipan adalah tahun, bukan jumlah orang, untuk kolom participants.asn-kota-jambi.
          (The number 2019 in the quote is a year, not a number of people, for field participants.asn-kota-jambi.)
        → Pilih kutipan yang menyebut jumlah orang (mis. "25 orang", "25 ASN", "sebanyak 25 peserta"), perbaiki nilai participants.asn-kota-jambi, atau hapus "participants.asn-kota-jambi" dari supports kutipan ini.
          (Choose a passage that states a number of people (e.g. "25 orang", "25 ASN", "sebanyak 25 peserta"), correct participants.asn-kota-jambi, or remove "participants.asn-kota-jambi" from this citation's supports.)"
    `);
  });
  it('a duration given as a head-count', () => {
    expect(shown(claim('value: 150', 'value: 3'), 'value-not-in-quote')).toMatchInlineSnapshot(`
      "content/claims/c.yaml:17  [sources[0].supports[0]]
        ✗ Angka 3 dalam kutipan adalah lama waktu ("3 tahun"), bukan jumlah orang, untuk kolom value.
          (The number 3 in the quote is a duration ("3 tahun"), not a number of people, for field value.)
        → Pilih kutipan yang menyebut jumlah orang (mis. "25 orang", "25 ASN", "sebanyak 25 peserta"), perbaiki nilai value, atau hapus "value" dari supports kutipan ini.
          (Choose a passage that states a number of people (e.g. "25 orang", "25 ASN", "sebanyak 25 peserta"), correct value, or remove "value" from this citation's supports.)"
    `);
  });
  it('a number of cohorts given as a head-count', () => {
    expect(shown(claim('value: 150', 'value: 6'), 'value-not-in-quote')).toMatchInlineSnapshot(`
      "content/claims/c.yaml:17  [sources[0].supports[0]]
        ✗ Angka 6 dalam kutipan adalah jumlah angkatan, bukan jumlah orang, untuk kolom value.
          (The number 6 in the quote is a number of cohorts, not a number of people, for field value.)
        → Pilih kutipan yang menyebut jumlah orang (mis. "25 orang", "25 ASN", "sebanyak 25 peserta"), perbaiki nilai value, atau hapus "value" dari supports kutipan ini.
          (Choose a passage that states a number of people (e.g. "25 orang", "25 ASN", "sebanyak 25 peserta"), correct value, or remove "value" from this citation's supports.)"
    `);
  });
  it('a head-count given as a number of cohorts', () => {
    expect(shown(claim('metric: participants', 'metric: cohorts'), 'value-not-in-quote'))
      .toMatchInlineSnapshot(`
      "content/claims/c.yaml:17  [sources[0].supports[0]]
        ✗ Angka 150 dalam kutipan adalah jumlah orang, bukan jumlah angkatan, untuk kolom value.
          (The number 150 in the quote is a number of people, not a number of cohorts, for field value.)
        → Pilih kutipan yang menyebut jumlah angkatan (mis. "6 angkatan", "enam angkatan", "angkatan ke-6"), perbaiki nilai value, atau hapus "value" dari supports kutipan ini.
          (Choose a passage that states a number of cohorts (e.g. "6 angkatan", "enam angkatan", "angkatan ke-6"), correct value, or remove "value" from this citation's supports.)"
    `);
  });
  it("a head-count of another government's staff", () => {
    const groups = edited(GROUPS_TEXT, 'id: ASN Pemkot Jambi', 'id: ASN Pemprov Jambi');
    expect(shown({ [GROUPS]: groups }, 'value-not-in-quote')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:29  [sources[0].supports[0]]
        ✗ Angka 25 dalam kutipan menghitung staf Pemkot Jambi, bukan ASN Pemprov Jambi, untuk kolom participants.asn-kota-jambi.
          (The number 25 in the quote counts staff of Pemkot Jambi, not ASN Pemprov Jambi, for field participants.asn-kota-jambi.)
        → Pilih kutipan yang menyebut jumlah ASN Pemprov Jambi, catat angka itu pada kelompok peserta yang sesuai, atau hapus "participants.asn-kota-jambi" dari supports kutipan ini.
          (Choose a passage that gives the number of ASN Pemprov Jambi, record the number under the participant group it counts, or remove "participants.asn-kota-jambi" from this citation's supports.)"
    `);
  });
});
