/**
 * A citation's dates against its article's publication date, through the
 * whole check: notes that never fail it, a weekday warning only for a quote
 * that supports a date, and the problem of a publication date too vague.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../../src/lib/check/index.ts';
import { corpus, edited, removeCorpora } from '../corpora.ts';
import { DATES_COHORT, DATES_COHORT_FILE, DATE_SENTENCES, datesFiles } from './practice-dates.ts';

afterEach(removeCorpora);

const checked = (files: Record<string, string>) => runCheck(corpus(files).root);
const ours = <T extends { file: string }>(notes: T[]): T[] =>
  notes.filter((n) => n.file === `content/${DATES_COHORT_FILE}`);

describe('citationDateNotes', () => {
  it('notes how each relative date was read, without failing the check', () => {
    const { problems, notes } = checked(datesFiles());
    expect(problems).toEqual([]);
    expect(ours(notes).map((n) => [n.field, n.code, n.level])).toEqual([
      ['sources[0].quote', 'date-read-relative', 'info'],
      ['sources[1].quote', 'date-read-relative', 'info'],
      ['sources[2].quote', 'date-read-relative', 'info'],
    ]);
    expect(ours(notes)[1]?.message.id).toBe(
      '"hari ini" dibaca sebagai 15 Oktober 2018 (tanggal terbit 15 Oktober 2018). "Senin (15/10)" dibaca sebagai 15 Oktober 2018 (tahun tidak ditulis; diambil dari tanggal terbit 15 Oktober 2018).',
    );
  });

  it('notes nothing when the quote also writes the date in full', () => {
    const sentences = {
      ...DATE_SENTENCES,
      sendoff:
        'Contoh latihan: Wali Kota melepas 20 orang ASN di Griya Mayang, kemarin (14 Oktober 2018).',
    };
    const cohort = edited(
      DATES_COHORT,
      'Griya Mayang, kemarin.',
      'Griya Mayang, kemarin (14 Oktober 2018).',
    );
    const { problems, notes } = checked(datesFiles(undefined, cohort, sentences));
    expect(problems).toEqual([]);
    expect(ours(notes).map((n) => n.field)).not.toContain('sources[0].quote');
  });

  it('warns of a wrong weekday only in a quote that supports a date', () => {
    const sentences = {
      ...DATE_SENTENCES,
      sendoff: 'Contoh latihan: Wali Kota melepas 20 orang ASN di Griya Mayang, Sabtu (14/10).',
    };
    const cohort = edited(DATES_COHORT, 'Griya Mayang, kemarin.', 'Griya Mayang, Sabtu (14/10).');
    const warned = checked(datesFiles(undefined, cohort, sentences));
    expect(warned.problems).toEqual([]);
    expect(ours(warned.notes).filter((n) => n.level === 'warning')).toMatchObject([
      { field: 'sources[0].quote', code: 'date-weekday-mismatch' },
    ]);
    const noDate = edited(cohort, 'sendoff.date, sendoff.place]', 'sendoff.place]');
    const unwarned = checked(datesFiles(undefined, noDate, sentences));
    expect(ours(unwarned.notes).filter((n) => n.level === 'warning')).toEqual([]);
  });
});

describe('unreadDateProblem', () => {
  it('explains a day word in an article known only to the month, and fails the check', () => {
    const { problems } = checked(datesFiles('2018-10'));
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['sources[0].supports[1]', 'date-publication-too-vague'],
    ]);
  });

  it('explains a cue word in an article known only to the year', () => {
    const sentences = {
      ...DATE_SENTENCES,
      end: 'Pelatihan akan berakhir 19 Oktober mendatang, dan peserta kembali sehari kemudian.',
    };
    const cohort = edited(
      DATES_COHORT,
      'Pelatihan akan berakhir Jumat (19/10)',
      'Pelatihan akan berakhir 19 Oktober mendatang',
    );
    const { problems } = checked(datesFiles('2018', cohort, sentences));
    const vague = problems.filter((p) => p.code === 'date-publication-too-vague');
    expect(vague.map((p) => p.field)).toEqual(['sources[0].supports[1]', 'sources[2].supports[0]']);
    expect(vague[1]?.message.id).toContain('"19 Oktober mendatang"');
    expect(vague[1]?.message.id).toContain('hanya diketahui tahunnya (2018)');
    expect(vague[1]?.fix.id).toContain('published: YYYY-MM)');
  });

  it('leaves a quote whose dates can all be read to the usual message', () => {
    const cohort = edited(DATES_COHORT, 'date: 2018-10-14', 'date: 2018-10-13');
    const { problems } = checked(datesFiles(undefined, cohort));
    expect(problems.map((p) => p.code)).toEqual(['value-not-in-quote']);
  });
});
