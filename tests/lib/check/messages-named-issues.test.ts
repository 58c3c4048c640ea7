/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): the checks
 * our schemas name (keys, dates, plain text, field paths, times, groups).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../src/lib/check/problem.ts';
import { validateEntry } from '../../../src/lib/check/schema-issues.ts';
import { fullDate } from '../../../src/schemas/common.ts';
import { articleText } from '../../helpers/corpus.ts';
import { cohort, removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

describe('schema', () => {
  it('schema-invalid-format (a key)', () => {
    expect(shown(cohort('group: asn-kota-jambi', 'group: ASN Kota Jambi'), 'schema-invalid-format'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:10  [participants[0].group]
        ✗ Bukan kunci yang sah.
          (Not a valid key.)
        → Gunakan huruf kecil, angka dan tanda hubung, mis. public-service. Kolom ini: Kelompok peserta (kunci di vocabularies/participant-groups.yaml).
          (Use lower-case letters, digits and hyphens, e.g. public-service. This field: Participant group (key in vocabularies/participant-groups.yaml).)"
    `);
  });
  it('schema-invalid-format (markup in a text)', () => {
    expect(shown(cohort('by: Syarif Fasha', 'by: "<b>Syarif Fasha</b>"'), 'schema-invalid-format'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:15  [sendoff.by]
        ✗ Teks berisi < atau > (markup HTML tidak diizinkan).
          (Text contains < or > (HTML markup is not allowed).)
        → Hapus tanda < dan >; tulis teks biasa. Kolom ini: Dilepas oleh.
          (Remove < and >; write plain text. This field: Sent off by.)"
    `);
  });
  it('schema-invalid-format (a field name in supports)', () => {
    expect(shown(cohort('supports: [host]', 'supports: [Host Name]'), 'schema-invalid-format'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:39  [sources[2].supports[0]]
        ✗ Nama kolom di supports tidak sah.
          (Field name in supports is not valid.)
        → Tulis nama kolom seperti period, theme, participants.asn-kota-contoh, sendoff.date. Kolom ini: Daftar kolom yang didukung kutipan ini, mis. period, participants.asn-kota-contoh.
          (Write field names such as period, theme, participants.asn-kota-contoh, sendoff.date. This field: Fields of the record this passage supports, e.g. period, participants.asn-kota-contoh.)"
    `);
  });
  it('schema-invalid-format (a time)', () => {
    expect(
      shown(
        { 'articles/t.md': articleText('Teks.', { published_time: '"25:61"' }) },
        'schema-invalid-format',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/t.md:9  [published_time]
        ✗ Jam tidak sah.
          (Not a valid time.)
        → Tulis jam sebagai JJ:MM, mis. 14:59. Kolom ini: Jam terbit (WIB), JJ:MM, bila disebut.
          (Write the time as HH:MM, e.g. 14:59. This field: Publication time (WIB), HH:MM, when stated.)"
    `);
  });
  it('schema-custom (a date, with the accepted forms)', () => {
    expect(shown(cohort('start: 2019-02-17', 'start: 17-02-2019'), 'schema-custom'))
      .toMatchInlineSnapshot(`
        "content/cohorts/2019-02-smart-city.yaml:5  [period.start]
          ✗ Tanggal ditulis "17-02-2019"; kolom ini memakai bentuk TTTT-BB-HH (atau TTTT-BB, TTTT).
            (The date is written "17-02-2019"; this field takes the form YYYY-MM-DD (or YYYY-MM, YYYY).)
          → Tulis start: 2019-02-17 (17 Februari 2019). Kolom ini: Awal pelatihan.
            (Write start: 2019-02-17. This field: Start of the training.)"
      `);
  });
  it('schema-custom (republishes required)', () => {
    expect(
      shown({ 'articles/r.md': articleText('Teks.', { kind: 'republication' }) }, 'schema-custom'),
    ).toMatchInlineSnapshot(`
      "content/articles/r.md:2  [republishes]
        ✗ Artikel berjenis republication harus menyebut artikel asalnya.
          (An article of kind republication must name the article it republishes.)
        → Tambahkan republishes: dengan outlet (dan url, published bila diketahui). Kolom ini: Artikel asal yang ditulis ulang (wajib bila kind: republication).
          (Add republishes: with outlet (and url, published when known). This field: The article this one republishes (required when kind is republication).)"
    `);
  });
  it('schema-custom (a participant group twice)', () => {
    expect(
      shown(
        cohort('    count: 25', '    count: 25\n  - group: asn-kota-jambi\n    count: 1'),
        'schema-custom',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:12  [participants[1].group]
        ✗ Kelompok peserta yang sama ditulis dua kali.
          (The same participant group is listed twice.)
        → Gabungkan menjadi satu baris per kelompok. Kolom ini: Kelompok peserta (kunci di vocabularies/participant-groups.yaml).
          (Merge them into one line per group. This field: Participant group (key in vocabularies/participant-groups.yaml).)"
    `);
  });
  it('full-date (a day-precision date, where one is required)', () => {
    const [p] = validateEntry(fullDate, '2023-05', 'content/x.yaml', () => 1).problems;
    expect(formatProblem(p as Problem)).toMatchInlineSnapshot(`
      "content/x.yaml:1  [(berkas)]
        ✗ Tanggal lengkap tidak sah.
          (Not a valid full date.)
        → Tulis sebagai TTTT-BB-HH, mis. 2023-05-15.
          (Write it as YYYY-MM-DD, e.g. 2023-05-15.)"
    `);
  });
});
