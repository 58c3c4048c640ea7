/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): the
 * collections: ids, vocabulary files and the terms entries use.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_TEXT } from '../../helpers/corpus.ts';
import { TERM, cohort, removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

describe('collections', () => {
  it('id-duplicate (one collection)', () => {
    expect(shown({ 'vocabularies/themes.yml': `merah:\n  ${TERM}` }, 'id-duplicate'))
      .toMatchInlineSnapshot(`
      "content/vocabularies/themes.yml
        ✗ Id "themes" sudah dipakai oleh content/vocabularies/themes.yaml.
          (Id "themes" is already used by content/vocabularies/themes.yaml.)
        → Ganti nama salah satu berkas.
          (Rename one of the two files.)"
    `);
  });
  it('id-duplicate (two collections)', () => {
    expect(shown({ 'claims/2019-02-smart-city.yaml': CLAIM_TEXT }, 'id-duplicate'))
      .toMatchInlineSnapshot(`
      "content/claims/2019-02-smart-city.yaml
        ✗ Id "2019-02-smart-city" sudah dipakai oleh content/cohorts/2019-02-smart-city.yaml.
          (Id "2019-02-smart-city" is already used by content/cohorts/2019-02-smart-city.yaml.)
        → Ganti nama salah satu berkas: id harus unik di seluruh situs.
          (Rename one of the files: ids must be unique across the site.)"
    `);
  });
  it('vocabulary-unknown', () => {
    expect(shown({ 'vocabularies/colours.yaml': `merah:\n  ${TERM}` }, 'vocabulary-unknown'))
      .toMatchInlineSnapshot(`
      "content/vocabularies/colours.yaml
        ✗ Kosakata "colours" tidak dikenal.
          (Unknown vocabulary "colours".)
        → Nama berkas kosakata harus salah satu dari: themes, programmes, outlets, participant-groups, places.
          (A vocabulary file must be one of: themes, programmes, outlets, participant-groups, places.)"
    `);
  });
  it('vocabulary-term-unknown (with the nearest keys)', () => {
    expect(
      shown(
        cohort('theme: smart-city-cybersecurity', 'theme: smart-city'),
        'vocabulary-term-unknown',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:2  [theme]
        ✗ "smart-city" tidak ada di kosakata themes.
          ("smart-city" is not in the themes vocabulary.)
        → Pilih istilah yang ada, mis. smart-city-cybersecurity, public-service, water-management, atau tambahkan istilah baru di content/vocabularies/themes.yaml.
          (Choose an existing term, e.g. smart-city-cybersecurity, public-service, water-management, or add a new one to content/vocabularies/themes.yaml.)"
    `);
  });
});
