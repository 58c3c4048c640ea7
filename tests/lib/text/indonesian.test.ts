import { describe, it, expect } from 'vitest';
import {
  MONTHS_ID,
  findDates,
  findNumbers,
  formatDateId,
  mentionsDate,
  mentionsNumber,
  mentionsPeriod,
  type DateMention,
} from '../../../src/lib/text/indonesian.ts';

// Sentences quoted from the seed articles (/work/shared/seeds).
const SCP_2023_03 =
  'Pemerintah Kota Jambi kembali mengutus 25 orang Aparatur Sipil Negara (ASN) untuk mengikuti Singapore Cooperation Programme (SCP) dengan tema Public Service yang berlangsung di Singapura pada tanggal 23 hingga 31 Maret 2023, guna mendapatkan pendidikan dan pelatihan oleh Pemerintah Singapura.';
const SCP_2023_05 =
  'Pelatihan ini akan berlangsung di Singapura pada tanggal 15 hingga 19 Mei 2023.';
const SCP_2019_02 =
  'JAMBI – Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan Singapore Cooperation Programme (SCP), Smart City and Cybersecurity, yang berlangsung di negara Singapura (17 s.d. 23 Februari 2019).';
const RELEASE_2023_03 =
  'Sebelumnya, 25 orang ASN yang berasal dari berbagai OPD (Organisasi Perangkat Daerah) Pemkot Jambi tersebut, secara resmi telah dilepas oleh Wali Kota Jambi Syarif Fasha di Griya Mayang (21/3).';
const RELEASE_2023_05 =
  'Delegasi Pemkot Jambi tersebut, secara resmi dilepas oleh Wali Kota Jambi Syarif Fasha bertempat di Griya Mayang, Jumat malam (12/5).';
const RELEASE_2019_02 =
  'telah dilepas secara resmi oleh Wali Kota Jambi, Dr. H. Syarif Fasha, ME, di Griya Mayang (15/2).';
const JULY_2019 =
  'Bulan Juli mendatang, Wali Kota Fasha kembali akan mengirim 25 ASN untuk belajar Public Service (Pelayanan) di Singapura.';
const MARCH_EARLY =
  'Sebelumnya pada awal bulan Maret lalu, 4 orang ASN Kota Jambi mengikuti pelatihan yang berbeda di Singapura.';
const SECOND_2023 =
  'Ini kali kedua pada tahun 2023, setelah sebelumnya pada Maret lalu, 25 ASN Pemkot Jambi juga telah terlebih dahulu mengikuti pelatihan "Public Service" di Singapura.';
const FOUR_YEARS =
  'Dalam kurun waktu 4 tahun terakhir, Fasha telah mengirimkan 250 orang ASN untuk belajar ke negara Singapura, melalui  Singapore Cooperation Programme (SCP).';
const THREE_YEARS =
  'Dalam kurun waktu 3 tahun terakhir, Kota Jambi telah mengirimkan 150 orang ASN yang terbagi dalam 6 angkatan SCP yang dilaksanakan di Singapura.';
const STAFF =
  '"Tidak ada pemda yang bisa memberangkatkan lebih dari 300 orang stafnya ke Singapura, karena tentunya pasti akan menghabiskan biaya yang sangat besar.';
const ONLY_ONE =
  'Kita satu-satunya daerah yang mendapat alokasi khusus dari Singapura untuk mendapatkan pelatihan secara gratis dan mengirimkan peserta terbanyak, 50 orang pertahun,';
const SINCE_2016 =
  'Program pendidikan Singapura melalui Singapore Cooperation Programme (SCP) ini diinisiasi oleh Wali Kota Jambi Syarif Fasha sejak tahun 2016 lalu, bertujuan untuk meningkatkan kapasitas dan budaya kerja';
const TEN_COHORTS =
  'Untuk program SCP sendiri, Pemkot Jambi telah memberangkatkan sebanyak 10 angkatan ASN untuk belajar ala Singapura.';
const MOU_2015 =
  'Penandatanganan nota kesepahaman (MoU/ Memorandum of Understanding) telah dilaksanakan antara di kantor Kementerian Ketenagakerjaan, Jakarta, Selasa (18/08/2015), antara Sekjen Kemnaker Abdul Wahab Bangkona dan General Manajer Singapore Polytechnic Lee Leck Seng.';
const POSTED_2015 = 'Rabu, 19 Agustus 2015';
const POSTED_2022 = 'Senin 05-09-2022,14:59 WIB';

/** The compact form of a mention used in expectations. */
function brief(m: DateMention): string {
  return `${m.text} ${m.start}${m.end === m.start ? '' : `..${m.end}`}${m.inferred ? ' inferred' : ''}`;
}

function dates(text: string, ctx?: { year?: number; month?: number }): string[] {
  return findDates(text, ctx).map(brief);
}

function values(text: string): number[] {
  return findNumbers(text).map((n) => n.value);
}

describe('MONTHS_ID', () => {
  it('lists the twelve Indonesian month names from Januari', () => {
    expect(MONTHS_ID).toHaveLength(12);
    expect(MONTHS_ID[0]).toBe('Januari');
    expect(MONTHS_ID[2]).toBe('Maret');
    expect(MONTHS_ID[7]).toBe('Agustus');
    expect(MONTHS_ID[11]).toBe('Desember');
    expect(Object.isFrozen(MONTHS_ID)).toBe(true);
  });
});

describe('findNumbers', () => {
  it('reads digits in seed sentences, with text and index', () => {
    const found = findNumbers(FOUR_YEARS);
    expect(found.map((n) => n.value)).toEqual([4, 250]);
    for (const n of found) expect(FOUR_YEARS.slice(n.index, n.index + n.text.length)).toBe(n.text);
    expect(values(THREE_YEARS)).toEqual([3, 150, 6]);
    expect(values(STAFF)).toEqual([300]);
  });

  it('reads "." as thousands separator and "," as decimal comma', () => {
    expect(values('16.000 peserta')).toEqual([16000]);
    expect(values('anggaran Rp1.500.000,50')).toEqual([1500000.5]);
    expect(values('naik 2,5 persen')).toEqual([2.5]);
    expect(values('sebanyak 1000 orang')).toEqual([1000]);
  });

  it('applies ribu, juta, miliar after digits exactly', () => {
    expect(findNumbers('Rp1,5 juta')).toEqual([{ value: 1500000, text: '1,5 juta', index: 2 }]);
    expect(values('2,3 juta')).toEqual([2300000]);
    expect(values('Rp 25 miliar')).toEqual([25e9]);
  });

  it('does not read a time after a comma as decimals', () => {
    expect(values(POSTED_2022)).toEqual([5, 9, 2022, 14, 59]);
  });

  it('reads Indonesian number words', () => {
    const cases: Array<[string, number]> = [
      ['satu', 1],
      ['sembilan', 9],
      ['sepuluh', 10],
      ['sebelas', 11],
      ['dua belas', 12],
      ['sembilan belas', 19],
      ['dua puluh', 20],
      ['dua puluh lima', 25],
      ['seratus', 100],
      ['seratus lima', 105],
      ['dua ratus lima puluh', 250],
      ['sembilan ratus sembilan puluh sembilan', 999],
      ['seribu', 1000],
      ['seribu dua ratus', 1200],
      ['dua ribu dua puluh tiga', 2023],
      ['tiga ratus ribu', 300000],
      ['sejuta', 1e6],
    ];
    for (const [text, value] of cases) {
      expect(findNumbers(text), text).toEqual([{ value, text, index: 0 }]);
    }
  });

  it('is case-insensitive and tolerates extra whitespace between words', () => {
    expect(findNumbers('Dua  Puluh Lima ASN')).toEqual([
      { value: 25, text: 'Dua  Puluh Lima', index: 0 },
    ]);
  });

  it('reads words written together only as whole words', () => {
    expect(values('limapuluh orang')).toEqual([50]);
    expect(values('duabelas')).toEqual([12]);
    expect(values('kelima')).toEqual([]);
    expect(values('limanya')).toEqual([]);
  });

  it('does not take ordinals, hyphenated doubles or approximations as numbers', () => {
    expect(values('Ini kali kedua')).toEqual([]);
    expect(values(ONLY_ONE)).toEqual([50]);
    expect(values('dua puluhan orang')).toEqual([]);
    expect(values('ratusan orang')).toEqual([]);
  });

  it('splits adjacent numbers that do not form one', () => {
    expect(values('dua tiga orang')).toEqual([2, 3]);
    expect(values('25 orang, lima orang')).toEqual([25, 5]);
  });

  it('returns mentions in text order', () => {
    const found = findNumbers('lima orang dan 25 ASN serta dua puluh staf');
    expect(found.map((n) => n.value)).toEqual([5, 25, 20]);
    expect(found.map((n) => n.index)).toEqual([...found.map((n) => n.index)].sort((a, b) => a - b));
  });

  it('finds nothing in text without numbers', () => {
    expect(findNumbers('')).toEqual([]);
    expect(findNumbers('Pelatihan ini gratis sepenuhnya')).toEqual([]);
  });
});

describe('mentionsNumber', () => {
  it('finds counts in seed sentences', () => {
    expect(mentionsNumber(SCP_2023_03, 25)).toBe(true);
    expect(mentionsNumber(FOUR_YEARS, 250)).toBe(true);
    expect(mentionsNumber(FOUR_YEARS, 4)).toBe(true);
    expect(mentionsNumber(STAFF, 300)).toBe(true);
    expect(mentionsNumber(TEN_COHORTS, 10)).toBe(true);
    expect(mentionsNumber(MARCH_EARLY, 4)).toBe(true);
    expect(mentionsNumber(JULY_2019, 25)).toBe(true);
  });

  it('does not find 25 inside 250 or 2025', () => {
    expect(mentionsNumber(FOUR_YEARS, 25)).toBe(false);
    expect(mentionsNumber('250 orang ASN', 25)).toBe(false);
    expect(mentionsNumber('tahun 2025', 25)).toBe(false);
    expect(mentionsNumber(STAFF, 30)).toBe(false);
  });

  it('matches number words', () => {
    expect(mentionsNumber('dua puluh lima orang ASN', 25)).toBe(true);
    expect(mentionsNumber('dua ratus lima puluh orang ASN', 250)).toBe(true);
    expect(mentionsNumber('dua ratus lima puluh orang ASN', 25)).toBe(false);
    expect(mentionsNumber('seribu peserta', 1000)).toBe(true);
  });

  it('does not count days and months of dates or clock times', () => {
    expect(mentionsNumber(SCP_2023_03, 23)).toBe(false);
    expect(mentionsNumber(SCP_2023_03, 31)).toBe(false);
    expect(mentionsNumber(RELEASE_2023_03, 21)).toBe(false);
    expect(mentionsNumber(RELEASE_2023_03, 3)).toBe(false);
    expect(mentionsNumber(POSTED_2022, 5)).toBe(false);
    expect(mentionsNumber(POSTED_2022, 14)).toBe(false);
    expect(mentionsNumber('pukul 14.59 WIB', 59)).toBe(false);
  });

  it('still counts years as numbers', () => {
    expect(mentionsNumber(SINCE_2016, 2016)).toBe(true);
    expect(mentionsNumber(SCP_2023_03, 2023)).toBe(true);
  });

  it('matches decimals and scaled amounts by value', () => {
    expect(mentionsNumber('naik 2,5 persen', 2.5)).toBe(true);
    expect(mentionsNumber('Rp1,5 juta', 1500000)).toBe(true);
    expect(mentionsNumber('Rp1,5 juta', 1.5)).toBe(false);
    expect(mentionsNumber('16.000 peserta', 16000)).toBe(true);
    expect(mentionsNumber('16.000 peserta', 16)).toBe(false);
  });

  it('is false for non-finite numbers', () => {
    expect(mentionsNumber('25 orang', Number.NaN)).toBe(false);
  });
});

describe('findDates', () => {
  it('reads day ranges from the seeds', () => {
    expect(dates(SCP_2023_03)).toEqual(['23 hingga 31 Maret 2023 2023-03-23..2023-03-31']);
    expect(dates(SCP_2023_05)).toEqual(['15 hingga 19 Mei 2023 2023-05-15..2023-05-19']);
    expect(dates(SCP_2019_02)).toEqual(['17 s.d. 23 Februari 2019 2019-02-17..2019-02-23']);
  });

  it('keeps text and index pointing at the date itself', () => {
    for (const [text, ctx] of [
      [SCP_2019_02, undefined],
      [RELEASE_2023_05, { year: 2023 }],
      [JULY_2019, { year: 2019 }],
      [SINCE_2016, undefined],
    ] as const) {
      const found = findDates(text, ctx);
      expect(found.length).toBeGreaterThan(0);
      for (const m of found) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
    }
  });

  it('accepts every range separator', () => {
    for (const written of [
      '17 s.d. 23 Februari 2019',
      '17 s/d 23 Februari 2019',
      '17 sd 23 Februari 2019',
      '17-23 Februari 2019',
      '17 – 23 Februari 2019',
      '17 sampai 23 Februari 2019',
      '17 sampai dengan 23 Februari 2019',
      '17  HINGGA  23  februari  2019',
    ]) {
      expect(findDates(`pada ${written}.`), written).toEqual([
        { start: '2019-02-17', end: '2019-02-23', text: written, index: 5, inferred: false },
      ]);
    }
  });

  it('reads ranges across two months and years', () => {
    expect(dates('28 Februari hingga 3 Maret 2019')).toEqual([
      '28 Februari hingga 3 Maret 2019 2019-02-28..2019-03-03',
    ]);
    expect(dates('28 Desember hingga 3 Januari 2020')).toEqual([
      '28 Desember hingga 3 Januari 2020 2019-12-28..2020-01-03',
    ]);
    expect(dates('5 Maret 2023 sampai 7 April 2023')).toEqual([
      '5 Maret 2023 sampai 7 April 2023 2023-03-05..2023-04-07',
    ]);
  });

  it('reads month ranges and year ranges', () => {
    expect(dates('Maret hingga Mei 2023')).toEqual(['Maret hingga Mei 2023 2023-03..2023-05']);
    expect(dates('periode 2018-2023')).toEqual(['2018-2023 2018..2023']);
  });

  it('reads single dates', () => {
    expect(dates(POSTED_2015)).toEqual(['19 Agustus 2015 2015-08-19']);
    expect(dates('tanggal 5 September 2022')).toEqual(['5 September 2022 2022-09-05']);
    expect(dates(MOU_2015)).toEqual(['18/08/2015 2015-08-18']);
    expect(dates(POSTED_2022)).toEqual(['05-09-2022 2022-09-05']);
    expect(dates('diperbarui 2022-09-05')).toEqual(['2022-09-05 2022-09-05']);
  });

  it('accepts abbreviations and English month names', () => {
    expect(dates('5 Sept 2022')).toEqual(['5 Sept 2022 2022-09-05']);
    expect(dates('17 Agt 2019')).toEqual(['17 Agt 2019 2019-08-17']);
    expect(dates('1 Okt. 2020')).toEqual(['1 Okt. 2020 2020-10-01']);
    expect(dates('10 Des 2021')).toEqual(['10 Des 2021 2021-12-10']);
    expect(dates('23 March 2023')).toEqual(['23 March 2023 2023-03-23']);
  });

  it('completes the press shorthand (d/m) from the context year', () => {
    expect(dates(RELEASE_2023_03, { year: 2023 })).toEqual(['21/3 2023-03-21 inferred']);
    expect(dates(RELEASE_2023_05, { year: 2023 })).toEqual(['12/5 2023-05-12 inferred']);
    expect(dates(RELEASE_2019_02, { year: 2019, month: 2 })).toEqual(['15/2 2019-02-15 inferred']);
  });

  it('gives no mention for the shorthand without a context year', () => {
    expect(findDates(RELEASE_2023_03)).toEqual([]);
    expect(findDates(RELEASE_2023_05, { month: 5 })).toEqual([]);
  });

  it('takes the nearer year when the context month is known', () => {
    expect(dates('dilepas (28/12)', { year: 2023, month: 1 })).toEqual([
      '28/12 2022-12-28 inferred',
    ]);
    expect(dates('berangkat (2/1)', { year: 2022, month: 12 })).toEqual([
      '2/1 2023-01-02 inferred',
    ]);
  });

  it('reads month and year', () => {
    expect(dates('Maret 2023')).toEqual(['Maret 2023 2023-03']);
    expect(dates('pada bulan Juli 2019')).toEqual(['Juli 2019 2019-07']);
  });

  it('reads a month alone after a cue word, with the year from the context', () => {
    expect(dates(JULY_2019, { year: 2019 })).toEqual(['Juli 2019-07 inferred']);
    expect(dates(MARCH_EARLY, { year: 2023, month: 3 })).toEqual(['Maret 2023-03 inferred']);
    expect(dates(SECOND_2023, { year: 2023, month: 5 })).toEqual([
      '2023 2023',
      'Maret 2023-03 inferred',
    ]);
  });

  it('points "lalu" back and "mendatang" ahead of the context month', () => {
    expect(dates('pada November lalu', { year: 2023, month: 3 })).toEqual([
      'November 2022-11 inferred',
    ]);
    expect(dates('Februari mendatang', { year: 2023, month: 11 })).toEqual([
      'Februari 2024-02 inferred',
    ]);
  });

  it('gives no mention for a month alone without a context year or a cue word', () => {
    expect(findDates(JULY_2019)).toEqual([]);
    expect(findDates(MARCH_EARLY)).toEqual([]);
    expect(findDates('Juni Hartati, Kepala BKPSDM', { year: 2023 })).toEqual([]);
  });

  it('reads years', () => {
    expect(dates(SINCE_2016)).toEqual(['2016 2016']);
    expect(dates('anggaran 2024 belum cair')).toEqual(['2024 2024']);
  });

  it('does not read durations, counts or out-of-range numbers as years', () => {
    expect(findDates(FOUR_YEARS)).toEqual([]);
    expect(findDates(TEN_COHORTS)).toEqual([]);
    expect(findDates('sebanyak 1.900 orang dan 3000 peserta')).toEqual([]);
  });

  it('skips invalid dates without reading parts of them', () => {
    expect(findDates('31 Februari 2019')).toEqual([]);
    expect(findDates('29 Februari 2019')).toEqual([]);
    expect(dates('29 Februari 2020')).toEqual(['29 Februari 2020 2020-02-29']);
    expect(findDates('23 hingga 17 Maret 2023')).toEqual([]);
    expect(findDates('31/04/2020')).toEqual([]);
    expect(findDates('(31/4)', { year: 2023 })).toEqual([]);
  });

  it('returns all mentions of a passage in text order', () => {
    const passage = `${SECOND_2023} ${RELEASE_2023_05} ${SCP_2023_05}`;
    expect(dates(passage, { year: 2023, month: 5 })).toEqual([
      '2023 2023',
      'Maret 2023-03 inferred',
      '12/5 2023-05-12 inferred',
      '15 hingga 19 Mei 2023 2023-05-15..2023-05-19',
    ]);
  });
});

describe('mentionsDate', () => {
  it('matches the start and end of a day range, not days inside it', () => {
    expect(mentionsDate(SCP_2023_03, '2023-03-23')).toBe(true);
    expect(mentionsDate(SCP_2023_03, '2023-03-31')).toBe(true);
    expect(mentionsDate(SCP_2023_03, '2023-03-22')).toBe(false);
    expect(mentionsDate(SCP_2023_03, '2023-03-25')).toBe(false);
  });

  it('matches single days', () => {
    expect(mentionsDate(POSTED_2015, '2015-08-19')).toBe(true);
    expect(mentionsDate(MOU_2015, '2015-08-18')).toBe(true);
    expect(mentionsDate(POSTED_2022, '2022-09-05')).toBe(true);
    expect(mentionsDate(POSTED_2022, '2022-05-09')).toBe(false);
  });

  it('uses the context for the shorthand', () => {
    expect(mentionsDate(RELEASE_2023_03, '2023-03-21', { year: 2023 })).toBe(true);
    expect(mentionsDate(RELEASE_2023_03, '2023-03-21')).toBe(false);
    expect(mentionsDate(RELEASE_2023_05, '2023-05-12', { year: 2023, month: 5 })).toBe(true);
  });

  it('matches a month by a month mention or a day in it', () => {
    expect(mentionsDate(JULY_2019, '2019-07', { year: 2019 })).toBe(true);
    expect(mentionsDate(JULY_2019, '2019-08', { year: 2019 })).toBe(false);
    expect(mentionsDate(SCP_2023_03, '2023-03')).toBe(true);
    expect(mentionsDate('28 Februari hingga 3 Maret 2019', '2019-03')).toBe(true);
    expect(mentionsDate(SCP_2023_05, '2023-03')).toBe(false);
  });

  it('does not let a month mention stand for a day', () => {
    expect(mentionsDate('Maret 2023', '2023-03-01')).toBe(false);
  });

  it('matches a year only when the year is written', () => {
    expect(mentionsDate(SINCE_2016, '2016')).toBe(true);
    expect(mentionsDate(SCP_2019_02, '2019')).toBe(true);
    expect(mentionsDate(JULY_2019, '2019', { year: 2019 })).toBe(false);
    expect(mentionsDate(SINCE_2016, '2017')).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(() => mentionsDate(SCP_2023_03, '23-03-2023')).toThrow(RangeError);
    expect(() => mentionsDate(SCP_2023_03, '2023-02-30')).toThrow(RangeError);
  });
});

describe('mentionsPeriod', () => {
  it('matches a range with exactly that start and end', () => {
    expect(mentionsPeriod(SCP_2023_03, '2023-03-23', '2023-03-31')).toBe(true);
    expect(mentionsPeriod(SCP_2023_05, '2023-05-15', '2023-05-19')).toBe(true);
    expect(mentionsPeriod(SCP_2019_02, '2019-02-17', '2019-02-23')).toBe(true);
  });

  it('rejects a range that differs at either end', () => {
    expect(mentionsPeriod(SCP_2023_03, '2023-03-22', '2023-03-31')).toBe(false);
    expect(mentionsPeriod(SCP_2023_03, '2023-03-23', '2023-03-30')).toBe(false);
    expect(mentionsPeriod(SCP_2019_02, '2019-02-17', '2019-02-24')).toBe(false);
  });

  it('does not accept two separate single dates as a period', () => {
    expect(mentionsPeriod('23 Maret 2023 dan 31 Maret 2023', '2023-03-23', '2023-03-31')).toBe(
      false,
    );
  });

  it('falls back to mentionsDate without an end or with end equal to start', () => {
    expect(mentionsPeriod(SCP_2023_03, '2023-03-23', undefined)).toBe(true);
    expect(mentionsPeriod(POSTED_2015, '2015-08-19', '2015-08-19')).toBe(true);
    expect(mentionsPeriod(RELEASE_2023_03, '2023-03-21', undefined, { year: 2023 })).toBe(true);
  });

  it('matches month-precision periods', () => {
    expect(mentionsPeriod(JULY_2019, '2019-07', '2019-07', { year: 2019 })).toBe(true);
    expect(mentionsPeriod(MARCH_EARLY, '2023-03', undefined, { year: 2023 })).toBe(true);
    expect(mentionsPeriod('Maret hingga Mei 2023', '2023-03', '2023-05')).toBe(true);
    expect(mentionsPeriod('28 Februari hingga 3 Maret 2019', '2019-02', '2019-03')).toBe(true);
    expect(mentionsPeriod('Maret hingga Mei 2023', '2023-03', '2023-04')).toBe(false);
  });

  it('matches year ranges', () => {
    expect(mentionsPeriod('periode 2018-2023', '2018', '2023')).toBe(true);
    expect(mentionsPeriod('periode 2018-2023', '2018', '2022')).toBe(false);
  });

  it('rejects malformed bounds', () => {
    expect(() => mentionsPeriod(SCP_2023_03, '2023-03-23', '31 Maret')).toThrow(RangeError);
  });
});

describe('formatDateId', () => {
  it('writes each precision in Indonesian', () => {
    expect(formatDateId('2023-03-23')).toBe('23 Maret 2023');
    expect(formatDateId('2023-05-05')).toBe('5 Mei 2023');
    expect(formatDateId('2023-03')).toBe('Maret 2023');
    expect(formatDateId('2023')).toBe('2023');
  });

  it('round-trips through findDates', () => {
    for (const date of ['2019-02-17', '2015-08-19', '2019-07', '2016']) {
      const found = findDates(formatDateId(date));
      expect(found.map((m) => m.start)).toEqual([date]);
    }
  });

  it('rejects malformed dates', () => {
    expect(() => formatDateId('2023-13')).toThrow(RangeError);
    expect(() => formatDateId('Maret 2023')).toThrow(RangeError);
  });
});
