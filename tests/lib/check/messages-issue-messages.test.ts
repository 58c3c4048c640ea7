/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): each kind of
 * zod issue, with the field's description.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_TEXT, articleText } from '../../helpers/corpus.ts';
import { TERM, claim, cohort, context, removeCorpora, shown, withVariant } from './corpora.ts';

afterEach(removeCorpora);

describe('schema', () => {
  it('schema-invalid-type (a required field missing)', () => {
    expect(shown(cohort('place: singapore\n', ''), 'schema-invalid-type')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:1  [place]
        ✗ Kolom wajib belum diisi.
          (Required field is missing.)
        → Tambahkan kolom ini (lihat templat). Kolom ini: Tempat (kunci di vocabularies/places.yaml).
          (Add this field (see the template). This field: Place (key in vocabularies/places.yaml).)"
    `);
  });
  it('schema-invalid-type (a list expected)', () => {
    expect(
      shown(
        cohort('participants:\n  - group: asn-kota-jambi\n    count: 25', 'participants: 25'),
        'schema-invalid-type',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:9  [participants]
        ✗ Jenis nilai salah: diharapkan array, tertulis 25.
          (Wrong kind of value: expected array, got 25.)
        → Tulis sebagai daftar: setiap butir di baris sendiri diawali "- ". Kolom ini: Peserta per kelompok (minimal satu kelompok).
          (Write a list: each item on its own line starting with "- ". This field: Participants by group (at least one group).)"
    `);
  });
  it('schema-invalid-type (a whole number expected)', () => {
    expect(shown(claim('value: 150', 'value: 150.5'), 'schema-invalid-type'))
      .toMatchInlineSnapshot(`
        "content/claims/c.yaml:2  [value]
          ✗ 150.5 bukan bilangan bulat.
            (150.5 is not a whole number.)
          → Tulis bilangan bulat yang disebut sumber (mis. 150 atau 151), tanpa koma atau titik. Kolom ini: Angka yang disebut.
            (Write the whole number the source gives (e.g. 150 or 151), with no comma or point. This field: The number stated.)"
      `);
  });
  it('schema-too-small (a count of 0: never 0, write unknown)', () => {
    expect(shown(cohort('count: 25', 'count: 0'), 'schema-too-small')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Angka terlalu kecil (minimal 1).
          (Number too small (at least 1).)
        → Perbaiki angkanya. Bila sumber tidak menyebut jumlah, tulis unknown — jangan 0. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (Correct the number. When the source gives no number, write unknown — never 0. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-too-small (an empty list)', () => {
    const text = `${CLAIM_TEXT.slice(0, CLAIM_TEXT.indexOf('sources:'))}sources: []\n`;
    expect(shown({ 'claims/c.yaml': text }, 'schema-too-small')).toMatchInlineSnapshot(`
      "content/claims/c.yaml:12  [sources]
        ✗ Daftar harus berisi minimal 1 butir.
          (The list needs at least 1 item(s).)
        → Tambahkan butir ke daftar ini. Kolom ini: Sumber: setiap fakta didukung kutipan persis dari artikel.
          (Add items to this list. This field: Sources: every fact is backed by an exact passage of an article.)"
    `);
  });
  it('schema-too-small (an empty text)', () => {
    expect(shown(context('id: Siaran pers pelatihan Smart City', 'id: ""'), 'schema-too-small'))
      .toMatchInlineSnapshot(`
        "content/context/e.yaml:5  [title.id]
          ✗ Kolom ini belum diisi (kosong).
            (This field is empty.)
          → Tulis isinya. Kolom ini: Teks dalam bahasa Indonesia.
            (Write its text. This field: Text in Indonesian.)"
      `);
  });
  it('schema-too-small (a text too short)', () => {
    expect(
      shown(
        withVariant(
          '  - field: period\n    value: sepekan\n    article: 2019-02-diskominfo-smart-city\n    quote: Pelatihan\n',
        ),
        'schema-too-small',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:52  [variants[0].quote]
        ✗ Teks terlalu pendek (minimal 12 karakter).
          (Text too short (at least 12 characters).)
        → Lengkapi teksnya. Kolom ini: Kutipan persis yang menyebut nilai berbeda itu.
          (Complete the text. This field: Exact passage that states the differing value.)"
    `);
  });
  it('schema-too-big (a number)', () => {
    expect(shown(cohort('count: 25', 'count: 1000000'), 'schema-too-big')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Angka terlalu besar (maksimal 100000).
          (Number too large (at most 100000).)
        → Perpendek nilainya. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (Shorten the value. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-too-big (a text)', () => {
    expect(shown(cohort('host: Centre', `host: ${'x'.repeat(2001)} Centre`), 'schema-too-big'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:8  [host]
        ✗ Teks terlalu panjang (maksimal 2000 karakter).
          (Text too long (at most 2000 characters).)
        → Perpendek nilainya. Kolom ini: Lembaga penyelenggara, sebagaimana disebut sumber.
          (Shorten the value. This field: Institution that ran the training, as the source names it.)"
    `);
  });
  it('schema-invalid-value', () => {
    expect(shown(cohort('status: held', 'status: selesai'), 'schema-invalid-value'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:3  [status]
        ✗ Nilai "selesai" tidak dikenal.
          (Unknown value "selesai".)
        → Pilih salah satu: held, planned, announced. Kolom ini: held (sudah berlangsung), planned (dijadwalkan, belum terbukti berlangsung), announced (baru diumumkan).
          (Choose one of: held, planned, announced. This field: held (took place), planned (scheduled, not confirmed held), announced (only announced).)"
    `);
  });
  it('schema-unrecognized-keys', () => {
    expect(
      shown(
        cohort('place: singapore', 'place: singapore\nbudget: 1000'),
        'schema-unrecognized-keys',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:8  [budget]
        ✗ Kolom tidak dikenal: budget.
          (Unknown field(s): budget.)
        → Periksa ejaan nama kolom (lihat templat) atau hapus kolom ini.
          (Check the spelling of the field name (see the template) or remove it.)"
    `);
  });
  it('schema-invalid-format (a web address)', () => {
    expect(
      shown(
        { 'articles/js.md': articleText('Teks.', { url: 'javascript:alert(1)' }) },
        'schema-invalid-format',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/js.md:6  [url]
        ✗ Alamat web tidak sah: "javascript:alert(1)".
          (Not a valid web address: "javascript:alert(1)".)
        → Tulis alamat lengkap yang diawali https:// atau http://, atau unknown bila tidak diketahui. Kolom ini: Alamat web asli (https://…) atau unknown.
          (Write the full address starting with https:// or http://, or unknown when not known. This field: Original web address (https://…) or unknown.)"
    `);
  });
  it('schema-invalid-union', () => {
    expect(shown(cohort('count: 25', 'count: dua puluh lima'), 'schema-invalid-union'))
      .toMatchInlineSnapshot(`
        "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
          ✗ Angka ditulis dengan kata ("dua puluh lima").
            (The number is written in words ("dua puluh lima").)
          → Tulis dengan angka: count: 25. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
            (Write it in digits: count: 25. This field: Number of people, or unknown when the source does not give it (never 0).)"
      `);
  });
  it('schema-invalid-key', () => {
    expect(shown({ 'vocabularies/keys.yaml': `Merah_Tua:\n  ${TERM}` }, 'schema-invalid-key'))
      .toMatchInlineSnapshot(`
      "content/vocabularies/keys.yaml:1  [Merah_Tua]
        ✗ Kunci "Merah_Tua" tidak sah.
          (The key "Merah_Tua" is not valid.)
        → Gunakan huruf kecil, angka dan tanda hubung, mis. merah-tua.
          (Use lower-case letters, digits and hyphens, e.g. merah-tua.)"
    `);
  });
});
