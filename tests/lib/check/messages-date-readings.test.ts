/**
 * The text of each note and problem about dates read from an article's
 * publication date, as an editor reads it in `npm run check`: how a date
 * written relative to the article was read, a weekday that contradicts its
 * date, and a publication date too vague to read one. The practice release
 * ("Contoh latihan") was published on Monday 15 October 2018.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { formatProblem } from '../../../src/lib/check/problem.ts';
import type { FileText } from '../../helpers/corpus.ts';
import { corpus, edited, removeCorpora, shown } from './corpora.ts';
import { DATES_COHORT, DATE_SENTENCES, datesFiles } from './cross/practice-dates.ts';

afterEach(removeCorpora);

/** The first note with `code` in a corpus with `files`, as `npm run check` prints it. */
function shownNote(files: Record<string, FileText | null>, code: string): string {
  const notes = runCheck(corpus(files).root).notes;
  const note = notes.find((n) => n.code === code);
  if (!note) throw new Error(`no ${code} in ${notes.map((n) => n.code).join(', ')}`);
  return formatProblem(note);
}

describe('dates read from the publication date', () => {
  it('date-read-relative', () => {
    expect(shownNote(datesFiles(), 'date-read-relative')).toMatchInlineSnapshot(`
      "content/cohorts/2018-10-contoh-latihan-tanggal.yaml:16  [sources[0].quote]
        ℹ "kemarin" dibaca sebagai 14 Oktober 2018 (sehari sebelum tanggal terbit 15 Oktober 2018).
          ("kemarin" read as 2018-10-14 (the day before the publication date, 2018-10-15).)
        → Tidak perlu tindakan bila pembacaan ini benar. Bila tidak, pilih kutipan yang menulis tanggalnya lengkap, atau periksa tanggal terbit artikel.
          (Nothing to do if this reading is right. If not, choose a passage that writes the date in full, or check the article's publication date.)"
    `);
  });

  it('date-weekday-mismatch', () => {
    const wrong = {
      ...DATE_SENTENCES,
      sendoff: DATE_SENTENCES.sendoff.replace('kemarin', 'Sabtu (14/10)'),
    };
    const cohort = edited(DATES_COHORT, 'Griya Mayang, kemarin.', 'Griya Mayang, Sabtu (14/10).');
    expect(shownNote(datesFiles(undefined, cohort, wrong), 'date-weekday-mismatch'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2018-10-contoh-latihan-tanggal.yaml:16  [sources[0].quote]
        ⚠ Kutipan menulis "Sabtu (14/10)", tetapi 14 Oktober 2018 jatuh pada hari Minggu. Menurut angkanya: Minggu, 14 Oktober 2018; menurut nama harinya: Sabtu, 13 Oktober 2018 (Sabtu terdekat).
          (The quote writes "Sabtu (14/10)", but 2018-10-14 is a Sunday. By its numbers: Sunday 2018-10-14; by its weekday: Saturday 2018-10-13 (the nearest Saturday).)
        → Periksa tanggal yang benar di sumber lain atau di halaman aslinya. Pemeriksaan membaca angka tanggalnya; bila yang benar nama harinya, dukung tanggal itu dengan kutipan lain dan jelaskan di note kutipan ini.
          (Check the right date in another source or on the original page. The check reads the date's numbers; if the weekday is the right one, support that date with another passage and explain in this citation's note.)"
    `);
  });

  it('date-publication-too-vague', () => {
    expect(shown(datesFiles('2018-10'), 'date-publication-too-vague')).toMatchInlineSnapshot(`
      "content/cohorts/2018-10-contoh-latihan-tanggal.yaml:17  [sources[0].supports[1]]
        ✗ "kemarin" dihitung dari tanggal terbit artikel, tetapi tanggal terbit itu hanya diketahui sampai bulannya (Oktober 2018), jadi kutipan ini tidak dapat menunjukkan tanggal 14 Oktober 2018 untuk kolom sendoff.date.
          ("kemarin" counts from the article's publication date, which is known only to the month (2018-10), so this quote cannot show the date 2018-10-14 for field sendoff.date.)
        → Bila tanggal terbit diketahui, tulis lengkap di content/articles/2018-10-contoh-latihan-tanggal.md (published: YYYY-MM-DD); bila tidak, pilih kutipan yang menulis tanggalnya lengkap, atau hapus "sendoff.date" dari supports kutipan ini.
          (If the publication date is known, write it in full in content/articles/2018-10-contoh-latihan-tanggal.md (published: YYYY-MM-DD); if not, choose a passage that writes the date in full, or remove "sendoff.date" from this citation's supports.)"
    `);
  });
});
