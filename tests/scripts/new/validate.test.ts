import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import {
  checkChoice,
  checkCount,
  checkDate,
  checkId,
  checkInt,
  checkTerm,
  checkText,
  checkUrl,
  meansUnknown,
} from '../../../scripts/new/validate.ts';
import { makeCorpus } from '../../helpers/corpus.ts';

const corpus = makeCorpus();
const { vocabularies } = loadContent(corpus.root);
corpus.cleanup();

describe('answer checks', () => {
  it('accepts the three date forms and explains them when a date is wrong', () => {
    expect(checkDate('2024-06-10', 'Mulai')).toEqual({ ok: true, value: '2024-06-10' });
    expect(checkDate('2024', 'Mulai')).toEqual({ ok: true, value: '2024' });
    expect(checkDate('10 Juni 2024', 'Mulai')).toEqual({
      ok: false,
      problem: {
        id: 'Mulai "10 Juni 2024": Tanggal tidak sah. Tulis tanggal sebagai TTTT-BB-HH (2023-03-23), TTTT-BB (2023-03) bila hanya bulannya diketahui, atau TTTT (2023).',
        en: 'Mulai "10 Juni 2024": Not a valid date. Write the date as YYYY-MM-DD (2023-03-23), YYYY-MM (2023-03) when only the month is known, or YYYY (2023).',
      },
    });
    expect(checkDate('2024-02-30', 'Mulai').ok).toBe(false);
  });

  it('suggests the nearest vocabulary keys for an unknown term', () => {
    expect(checkTerm('public-servise', 'themes', vocabularies, 'Tema')).toEqual({
      ok: false,
      problem: {
        id: 'Tema "public-servise" tidak ada di kosakata themes. Pilih istilah yang ada, mis. public-service, water-management, digital-transformation.',
        en: 'Tema "public-servise" is not in the themes vocabulary. Choose an existing term, e.g. public-service, water-management, digital-transformation.',
      },
    });
    expect(checkTerm('new', 'themes', vocabularies, 'Tema', ['new'])).toEqual({
      ok: true,
      value: 'new',
    });
  });

  it('reads an empty count, "tidak disebut" or "?" as unknown, and refuses 0 and words', () => {
    for (const a of ['', 'unknown', 'tidak disebut', 'Tidak diketahui', '?'])
      expect(checkCount(a, 'Jumlah')).toEqual({ ok: true, value: 'unknown' });
    expect(checkCount('25 orang', 'Jumlah')).toEqual({ ok: true, value: 25 });
    const zero = checkCount('0', 'Jumlah');
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.problem.id).toContain('tulis unknown — jangan 0');
    const words = checkCount('dua puluh lima', 'Jumlah');
    expect(words).toEqual({
      ok: false,
      problem: {
        id: 'Jumlah "dua puluh lima": tulis angka (mis. 25), atau unknown bila siaran pers tidak menyebut jumlahnya.',
        en: 'Jumlah "dua puluh lima": write a number (e.g. 25), or unknown when the release gives no number.',
      },
    });
    expect(meansUnknown(' ? ')).toBe(true);
  });

  it('takes an empty address as unknown and refuses other schemes', () => {
    expect(checkUrl('', 'Alamat')).toEqual({ ok: true, value: 'unknown' });
    expect(checkUrl('https://jambikota.go.id/x', 'Alamat').ok).toBe(true);
    const js = checkUrl('javascript:alert(1)', 'Alamat');
    expect(js.ok).toBe(false);
    if (!js.ok) expect(js.problem.id).toContain('diawali https://');
  });

  it('checks texts, choices, numbers and ids', () => {
    expect(checkText('<b>Judul</b>', 'Judul').ok).toBe(false);
    expect(checkChoice('selesai', ['held', 'planned'], 'Status')).toEqual({
      ok: false,
      problem: {
        id: 'Status "selesai": bukan pilihan yang dikenal. Pilih salah satu: held, planned.',
        en: 'Status "selesai": not a known choice. Choose one of: held, planned.',
      },
    });
    expect(checkInt('1.250', 0, 10_000, 'Angka')).toEqual({ ok: true, value: 1250 });
    expect(checkInt('seratus', 0, 10, 'Angka').ok).toBe(false);
    expect(checkId('2024-06-Urban_Planning', 'Id').ok).toBe(false);
    expect(checkId('2024-06-urban-planning', 'Id').ok).toBe(true);
  });
});
