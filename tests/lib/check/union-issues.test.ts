/**
 * A value that may be fields or the word `unknown`, as its mistakes are
 * explained: written as fields, each missing or wrong field is named;
 * "not known" in words gets the word to write; an empty value is empty; and
 * the messages of the rules around it (held needs dates; bounds only with
 * an unknown publication date) as an editor reads them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_FILE, ARTICLE_TEXT } from '../../helpers/corpus.ts';
import { cohort, edited, problemsIn, removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

const PERIOD = 'period:\n  start: 2019-02-17\n  end: 2019-02-23\n';

describe('a period written as fields', () => {
  it('names the missing start, not "matches no accepted form"', () => {
    const problems = problemsIn(cohort('  start: 2019-02-17\n', ''));
    expect(problems.map((p) => [p.field, p.message.en])).toEqual([
      ['period.start', 'Required field is missing.'],
    ]);
  });
});

describe('messages', () => {
  it('schema-invalid-union ("tidak tahu" for a period)', () => {
    expect(shown(cohort(PERIOD, 'period: tidak tahu\n'), 'schema-invalid-union'))
      .toMatchInlineSnapshot(`
        "content/cohorts/2019-02-smart-city.yaml:4  [period]
          ✗ "tidak tahu" berarti tidak diketahui; kolom ini memakai kata unknown untuk itu.
            ("tidak tahu" means not known; this field takes the word unknown for that.)
          → Tulis period: unknown. Kolom ini: Periode pelatihan (start, end); bulan saja (2019-07) boleh bila tanggal belum diketahui; unknown bila sumber tidak menyebut waktunya sama sekali (hanya untuk planned dan announced).
            (Write period: unknown. This field: Training period (start, end); a month alone (2019-07) is allowed when the days are not known; unknown when the sources give no date at all (planned and announced only).)"
      `);
  });

  it('schema-invalid-union (an empty period)', () => {
    expect(shown(cohort(PERIOD, 'period:\n'), 'schema-invalid-union')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:4  [period]
        ✗ Kolom ini belum diisi (kosong).
          (This field is empty.)
        → Tulis nilainya; bentuk yang diterima ada di keterangan kolom di bawah. Kolom ini: Periode pelatihan (start, end); bulan saja (2019-07) boleh bila tanggal belum diketahui; unknown bila sumber tidak menyebut waktunya sama sekali (hanya untuk planned dan announced).
          (Write its value; the accepted forms are in the field description below. This field: Training period (start, end); a month alone (2019-07) is allowed when the days are not known; unknown when the sources give no date at all (planned and announced only).)"
    `);
  });

  it('schema-custom (a held cohort with no training dates)', () => {
    expect(shown(cohort(PERIOD, 'period: unknown\n'), 'schema-custom')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:4  [period]
        ✗ Angkatan berstatus held (terlaksana) harus memiliki tanggal pelatihan; period: unknown hanya untuk angkatan planned atau announced.
          (A held cohort needs its training dates; period: unknown is only for a planned or announced cohort.)
        → Tulis period dengan start (dan end) dari sumber yang melaporkan pelatihan itu. Bila tidak ada sumber yang menyebut tanggalnya, angkatan ini belum dapat dicatat sebagai held: tulis status: announced (atau planned). Kolom ini: Periode pelatihan (start, end); bulan saja (2019-07) boleh bila tanggal belum diketahui; unknown bila sumber tidak menyebut waktunya sama sekali (hanya untuk planned dan announced).
          (Write period with start (and end) from a source that reports the course. If no source gives its dates, the cohort cannot be recorded as held yet: write status: announced (or planned). This field: Training period (start, end); a month alone (2019-07) is allowed when the days are not known; unknown when the sources give no date at all (planned and announced only).)"
    `);
  });

  it('schema-custom ("tidak tahu" for a publication date)', () => {
    const files = {
      [ARTICLE_FILE]: edited(ARTICLE_TEXT, 'published: 2019-02', 'published: tidak tahu'),
    };
    expect(shown(files, 'schema-custom', 'published')).toMatchInlineSnapshot(`
      "content/articles/2019-02-diskominfo-smart-city.md:5  [published]
        ✗ "tidak tahu" berarti tidak diketahui; kolom ini memakai kata unknown untuk itu.
          ("tidak tahu" means not known; this field takes the word unknown for that.)
        → Tulis published: unknown. Kolom ini: Tanggal terbit sejauh diketahui: 2023, 2023-03 atau 2023-03-23; unknown bila tidak diketahui sama sekali (lalu published_after dan/atau published_before bila ada batasnya).
          (Write published: unknown. This field: Publication date as far as known: 2023, 2023-03 or 2023-03-23; unknown when not known at all (then published_after and/or published_before when it is bounded).)"
    `);
  });

  it('schema-custom (a bound next to a written publication date)', () => {
    const files = {
      [ARTICLE_FILE]: edited(
        ARTICLE_TEXT,
        'published: 2019-02\n',
        'published: 2019-02\npublished_after: 2019-02-23\n',
      ),
    };
    expect(shown(files, 'schema-custom', 'published_after')).toMatchInlineSnapshot(`
      "content/articles/2019-02-diskominfo-smart-city.md:6  [published_after]
        ✗ published_after dan published_before hanya dipakai bila tanggal terbit tidak diketahui (published: unknown); tanggal yang ditulis di published sudah menjadi batasnya.
          (published_after and published_before are only used when the publication date is not known (published: unknown); a date written in published is its own bound.)
        → Bila tanggal terbit di published benar, hapus kolom ini (keterangan tambahan boleh ditulis di published_note). Bila tanggal terbit sebenarnya tidak diketahui, tulis published: unknown dan biarkan kolom ini. Kolom ini: Hanya bila published: unknown — hari paling awal artikel mungkin terbit (hari itu termasuk), mis. tanggal peristiwa yang dilaporkannya. TTTT-BB-HH.
          (If the date in published is right, remove this field (more detail may go in published_note). If the publication date is in fact not known, write published: unknown and keep this field. This field: Only with published: unknown — the first day the article may have appeared (that day included), e.g. the date of the event it reports. YYYY-MM-DD.)"
    `);
  });
});
