/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): a value of a
 * number or date field written in a common wrong form, a misspelt field
 * name, and a vocabulary that is missing or cannot be read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { claim, cohort, removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

describe('values written in a common wrong form', () => {
  it('schema-invalid-union (a number in quotation marks)', () => {
    expect(shown(cohort('count: 25', 'count: "25"'), 'schema-invalid-union'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Angka 25 ditulis sebagai teks (di dalam tanda kutip).
          (The number 25 is written as text (in quotation marks).)
        → Hapus tanda kutipnya: count: 25. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (Remove the quotation marks: count: 25. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-invalid-union (1.500, read as 1.5)', () => {
    expect(shown(cohort('count: 25', 'count: 1.500'), 'schema-invalid-union'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Tertulis 1.500, yang terbaca sebagai 1,5: titik dibaca sebagai tanda desimal.
          (1.500 is written, which reads as 1.5: the point is read as a decimal point.)
        → Bila maksudnya 1500, tulis tanpa titik: count: 1500. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (If 1500 is meant, write it without the point: count: 1500. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-invalid-union (Arabic-Indic digits)', () => {
    expect(shown(cohort('count: 25', 'count: ٢٥'), 'schema-invalid-union')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ "٢٥" ditulis dengan angka Arab-Indik.
          ("٢٥" is written in Arabic-Indic digits.)
        → Tulis dengan angka 0–9: count: 25. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (Write it in the digits 0–9: count: 25. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-invalid-union (not known, in words)', () => {
    expect(shown(cohort('count: 25', 'count: tidak diketahui'), 'schema-invalid-union'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ "tidak diketahui" bukan angka.
          ("tidak diketahui" is not a number.)
        → Bila sumber tidak menyebut angkanya, tulis count: unknown (bukan 0). Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (When the source gives no number, write count: unknown (never 0). This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-invalid-union (a number with its unit)', () => {
    expect(shown(cohort('count: 25', 'count: 25 orang'), 'schema-invalid-union'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Kolom ini hanya berisi angka, tetapi tertulis "25 orang".
          (This field holds a number alone, but "25 orang" is written.)
        → Tulis angkanya saja: count: 25. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (Write the number alone: count: 25. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-invalid-union (a value no common mistake explains)', () => {
    expect(shown(cohort('count: 25', 'count: [25]'), 'schema-invalid-union'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Nilai [25] tidak sesuai bentuk yang diterima.
          (Value [25] does not match any accepted form.)
        → Lihat keterangan kolom di bawah untuk bentuk yang diterima. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (See the field description for the accepted forms. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-invalid-type (a claim value not known, where unknown is not taken)', () => {
    expect(shown(claim('value: 150', 'value: tidak diketahui'), 'schema-invalid-type'))
      .toMatchInlineSnapshot(`
      "content/claims/c.yaml:2  [value]
        ✗ "tidak diketahui" bukan angka.
          ("tidak diketahui" is not a number.)
        → Tulis angka yang disebut sumber dengan angka 0–9; kolom ini tidak menerima unknown. Kolom ini: Angka yang disebut.
          (Write the number the source gives in the digits 0–9; this field does not take unknown. This field: The number stated.)"
    `);
  });
  it('number-thousands-point', () => {
    expect(shown(cohort('count: 25', 'count: 2.000'), 'number-thousands-point'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Tertulis 2.000, yang terbaca sebagai 2: titik dibaca sebagai tanda desimal.
          (2.000 is written, which reads as 2: the point is read as a decimal point.)
        → Bila maksudnya 2000, tulis count: 2000 tanpa titik; bila maksudnya 2, tulis count: 2.
          (If 2000 is meant, write count: 2000 without the point; if 2 is meant, write count: 2.)"
    `);
  });
  it('number-unusual-form', () => {
    expect(shown(claim('value: 150', 'value: 1.5e2'), 'number-unusual-form'))
      .toMatchInlineSnapshot(`
      "content/claims/c.yaml:2  [value]
        ✗ Angka ditulis sebagai 1.5e2, yang terbaca sebagai 150.
          (The number is written as 1.5e2, which reads as 150.)
        → Tulis angka biasa dengan angka 0–9: value: 150.
          (Write a plain number in the digits 0–9: value: 150.)"
    `);
  });
  it('schema-custom (a date in Indonesian words)', () => {
    expect(shown(cohort('start: 2019-02-17', 'start: 17 Februari 2019'), 'schema-custom'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:5  [period.start]
        ✗ Tanggal ditulis "17 Februari 2019"; kolom ini memakai bentuk TTTT-BB-HH (atau TTTT-BB, TTTT).
          (The date is written "17 Februari 2019"; this field takes the form YYYY-MM-DD (or YYYY-MM, YYYY).)
        → Tulis start: 2019-02-17 (17 Februari 2019). Kolom ini: Awal pelatihan.
          (Write start: 2019-02-17. This field: Start of the training.)"
    `);
  });
  it('schema-unrecognized-keys (a misspelt field)', () => {
    expect(shown(cohort('place: singapore', 'plase: singapore'), 'schema-unrecognized-keys'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:7  [plase]
        ✗ Kolom "plase" tidak dikenal, dan kolom wajib "place" belum ada: salah ketik?
          (Unknown field "plase", and the required field "place" is missing: a typo?)
        → Ganti nama kolom plase menjadi place. Kolom ini: Tempat (kunci di vocabularies/places.yaml).
          (Rename the field plase to place. This field: Place (key in vocabularies/places.yaml).)"
    `);
  });
});

describe('vocabularies', () => {
  it('vocabulary-missing', () => {
    expect(shown({ 'vocabularies/places.yaml': null }, 'vocabulary-missing'))
      .toMatchInlineSnapshot(`
      "content/vocabularies/places.yaml
        ✗ Berkas kosakata places tidak ada, jadi istilah places yang dipakai entri belum diperiksa.
          (The places vocabulary file is missing, so the places terms entries use are not checked.)
        → Buat berkas ini (atau kembalikan dari git: git checkout -- content/vocabularies/places.yaml), lalu jalankan pemeriksaan lagi.
          (Create this file (or restore it from git: git checkout -- content/vocabularies/places.yaml), then run the check again.)"
    `);
  });
  it('vocabulary-unreadable', () => {
    expect(shown({ 'vocabularies/places.yaml': '- singapore\n' }, 'vocabulary-unreadable'))
      .toMatchInlineSnapshot(`
      "content/vocabularies/places.yaml
        ✗ Kosakata places tidak dapat dibaca, jadi istilah places yang dipakai entri belum diperiksa.
          (The places vocabulary cannot be read, so the places terms entries use are not checked.)
        → Perbaiki masalah lain di berkas ini (berkas ini berisi daftar "kunci:" dengan label dan terms di bawahnya), lalu jalankan pemeriksaan lagi.
          (Fix the other problems in this file (it holds "key:" lines, each with its label and terms below), then run the check again.)"
    `);
  });
});
