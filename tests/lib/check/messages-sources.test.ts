/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): sources and
 * variants against the facts of their record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_ID, CLAIM_TEXT } from '../../helpers/corpus.ts';
import { cohort, edited, removeCorpora, shown, withVariant } from './corpora.ts';

afterEach(removeCorpora);

describe('sources and quotes', () => {
  it('supports-unknown-field (a source)', () => {
    expect(shown(cohort('supports: [host]', 'supports: [hosts]'), 'supports-unknown-field'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:39  [sources[2].supports[0]]
        ✗ "hosts" bukan kolom berisi fakta di rekaman ini.
          ("hosts" is not a fact field of this record.)
        → Gunakan salah satu: programme, theme, status, period, place, host, participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by, experts, site_visits.
          (Use one of: programme, theme, status, period, place, host, participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by, experts, site_visits.)"
    `);
  });
  it('supports-unknown-field (a variant)', () => {
    expect(
      shown(
        withVariant(
          `  - field: duration\n    value: sepekan\n    article: ${ARTICLE_ID}\n    quote: Selama sepekan, oleh Pemerintah Singapura\n`,
        ),
        'supports-unknown-field',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:49  [variants[0].field]
        ✗ "duration" bukan kolom berisi fakta di rekaman ini.
          ("duration" is not a fact field of this record.)
        → Gunakan salah satu: programme, theme, status, period, place, host, participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by, experts, site_visits.
          (Use one of: programme, theme, status, period, place, host, participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by, experts, site_visits.)"
    `);
  });
  it('value-not-in-quote (a number)', () => {
    expect(shown(cohort('count: 25', 'count: 26'), 'value-not-in-quote')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:29  [sources[0].supports[0]]
        ✗ Kutipan tidak menyebut angka 26 untuk kolom participants.asn-kota-jambi.
          (The quote does not state the number 26 for field participants.asn-kota-jambi.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai participants.asn-kota-jambi, atau hapus "participants.asn-kota-jambi" dari supports kutipan ini.
          (Choose a passage that states the value, correct participants.asn-kota-jambi, or remove "participants.asn-kota-jambi" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a period)', () => {
    expect(shown(cohort('end: 2019-02-23', 'end: 2019-02-24'), 'value-not-in-quote'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:29  [sources[0].supports[4]]
        ✗ Kutipan tidak menyebut periode 17 Februari 2019 – 24 Februari 2019 untuk kolom period.
          (The quote does not state the period 2019-02-17 – 2019-02-24 for field period.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai period, atau hapus "period" dari supports kutipan ini.
          (Choose a passage that states the value, correct period, or remove "period" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a date)', () => {
    expect(shown(cohort('date: 2019-02-15', 'date: 2019-02-14'), 'value-not-in-quote'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:34  [sources[1].supports[0]]
        ✗ Kutipan tidak menyebut tanggal 14 Februari 2019 untuk kolom sendoff.date.
          (The quote does not state the date 2019-02-14 for field sendoff.date.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai sendoff.date, atau hapus "sendoff.date" dari supports kutipan ini.
          (Choose a passage that states the value, correct sendoff.date, or remove "sendoff.date" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a vocabulary term)', () => {
    expect(
      shown(
        cohort('theme: smart-city-cybersecurity', 'theme: public-service'),
        'value-not-in-quote',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:29  [sources[0].supports[2]]
        ✗ Kutipan tidak menyebut salah satu sebutan: Public Service / Pelayanan Publik / Pelayanan untuk kolom theme.
          (The quote does not state one of the names: Public Service / Pelayanan Publik / Pelayanan for field theme.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai theme, atau hapus "theme" dari supports kutipan ini.
          (Choose a passage that states the value, correct theme, or remove "theme" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a text)', () => {
    expect(shown(cohort('by: Syarif Fasha', 'by: Maulana'), 'value-not-in-quote'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:34  [sources[1].supports[2]]
        ✗ Kutipan tidak menyebut teks "Maulana" untuk kolom sendoff.by.
          (The quote does not state the text "Maulana" for field sendoff.by.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai sendoff.by, atau hapus "sendoff.by" dari supports kutipan ini.
          (Choose a passage that states the value, correct sendoff.by, or remove "sendoff.by" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a qualifier word)', () => {
    const text = edited(
      edited(CLAIM_TEXT, 'qualifier: exact', 'qualifier: about'),
      'supports: [value,',
      'supports: [value, qualifier,',
    );
    expect(shown({ 'claims/c.yaml': text }, 'value-not-in-quote')).toMatchInlineSnapshot(`
      "content/claims/c.yaml:17  [sources[0].supports[1]]
        ✗ Kutipan tidak menyebut kata "sekitar" / "kurang lebih" / "lebih kurang" / "kira-kira" / "kisaran" / "about" / "around" / "approximately" / "150-an" / "150an" untuk kolom qualifier.
          (The quote does not state the words "sekitar" / "kurang lebih" / "lebih kurang" / "kira-kira" / "kisaran" / "about" / "around" / "approximately" / "150-an" / "150an" for field qualifier.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai qualifier, atau hapus "qualifier" dari supports kutipan ini.
          (Choose a passage that states the value, correct qualifier, or remove "qualifier" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a variant)', () => {
    expect(
      shown(
        withVariant(
          `  - field: period\n    value: dua pekan\n    article: ${ARTICLE_ID}\n    quote: Selama sepekan, oleh Pemerintah Singapura\n`,
        ),
        'value-not-in-quote',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:50  [variants[0].value]
        ✗ Kutipan tidak menyebut "dua pekan".
          (The quote does not state "dua pekan".)
        → Tulis nilai dengan kata-kata yang ada di kutipan.
          (Write the value in words that occur in the quote.)"
    `);
  });
  it('fact-without-source', () => {
    expect(shown(cohort('supports: [host]', 'supports: [place]'), 'fact-without-source'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:8  [host]
        ✗ Kolom host tidak didukung oleh sumber mana pun.
          (Field host is not supported by any source.)
        → Tambahkan "host" ke supports pada kutipan yang menyebutnya, atau tambahkan sumber baru; bila sumber tidak menyebutnya, hapus kolom ini.
          (Add "host" to the supports of a citation that states it, or add a new source; if no source states it, remove the field.)"
    `);
  });
  it('list-item-without-source', () => {
    expect(
      shown(
        cohort('  - Geoworks', '  - Geoworks\n  - Gardens by the Bay'),
        'list-item-without-source',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:20  [site_visits]
        ✗ "Gardens by the Bay" di site_visits tidak disebut oleh kutipan mana pun.
          ("Gardens by the Bay" in site_visits is not named by any quote.)
        → Tambahkan kutipan yang menyebutnya atau hapus butir ini.
          (Add a passage that names it or remove the item.)"
    `);
  });
});
