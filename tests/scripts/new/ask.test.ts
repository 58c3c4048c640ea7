import { describe, expect, it } from 'vitest';
import { askChoice, askDate, askText, askYesNo, pick } from '../../../scripts/new/ask.ts';
import { checkDate } from '../../../scripts/new/validate.ts';
import { scripted } from '../../helpers/scaffold.ts';

const OPTIONS = [
  { value: 'scp', label: 'scp — SCP' },
  { value: 'temasek-foundation', label: 'temasek-foundation — Temasek Foundation' },
];

describe('askText', () => {
  it('explains a wrong answer and asks again', async () => {
    const io = scripted(['10 Juni 2024', '2024-06-10']);
    const answer = await askText(io, 'Mulai', { check: (a) => checkDate(a, 'Mulai') });
    expect(answer).toBe('2024-06-10');
    expect(io.transcript[1]).toMatch(
      /^ {2}✗ Mulai "10 Juni 2024": Tanggal tidak sah\. Tulis tanggal sebagai TTTT-BB-HH/,
    );
  });

  it('asks again for a required answer, and takes the fallback for an empty one', async () => {
    const io = scripted(['', 'Judul']);
    expect(await askText(io, 'Judul', { required: true })).toBe('Judul');
    expect(io.transcript).toContain('  ✗ Wajib diisi. (Required.)');
    expect(await askText(scripted(['']), 'Jumlah', { fallback: 'unknown' })).toBe('unknown');
  });

  it('uses an answer given as a flag without asking, unless it is wrong', async () => {
    const io = scripted([]);
    expect(await askText(io, 'Mulai', { given: '2024-06' })).toBe('2024-06');
    expect(io.transcript).toEqual([]);
    const wrong = scripted(['2024-07']);
    expect(
      await askText(wrong, 'Mulai', { given: 'Juni', check: (a) => checkDate(a, 'Mulai') }),
    ).toBe('2024-07');
  });

  it('returns the fallback at the end of input instead of asking forever', async () => {
    expect(await askText(scripted([]), 'Judul', { required: true })).toBeUndefined();
  });
});

describe('askChoice', () => {
  it('takes a number or a value, and the fallback for an empty answer', async () => {
    expect(await askChoice(scripted(['2']), 'Program:', OPTIONS)).toBe('temasek-foundation');
    expect(await askChoice(scripted(['scp']), 'Program:', OPTIONS)).toBe('scp');
    expect(await askChoice(scripted(['']), 'Program:', OPTIONS, { fallback: 'scp' })).toBe('scp');
  });

  it('lists the options with numbers and asks again after a wrong number', async () => {
    const io = scripted(['9', '1']);
    expect(await askChoice(io, 'Program:', OPTIONS, { fallback: 'scp' })).toBe('scp');
    expect(io.transcript).toEqual([
      'Program:',
      '  1) scp — SCP',
      '  2) temasek-foundation — Temasek Foundation',
      'Pilih nomor [1]: 9',
      '  ✗ Ketik nomor 1–2. (Type a number 1–2.)',
      'Pilih nomor [1]: 1',
    ]);
  });

  it('uses a valid flag value and explains an invalid one', async () => {
    expect(await askChoice(scripted([]), 'Program:', OPTIONS, { given: 'scp' })).toBe('scp');
    const io = scripted(['1']);
    expect(await askChoice(io, 'Program:', OPTIONS, { given: 'spc' })).toBe('scp');
    expect(io.transcript[0]).toBe(
      '  ✗ "spc" bukan pilihan yang ada. ("spc" is not one of the choices.)',
    );
  });

  it('picks by number or value', () => {
    expect(pick(' 2 ', OPTIONS)).toBe('temasek-foundation');
    expect(pick('3', OPTIONS)).toBeUndefined();
  });
});

describe('askYesNo', () => {
  it('reads y/ya and t/tidak, and the fallback for empty or end of input', async () => {
    expect(await askYesNo(scripted(['ya']), 'Ada?', false)).toBe(true);
    expect(await askYesNo(scripted(['t']), 'Ada?', true)).toBe(false);
    expect(await askYesNo(scripted(['']), 'Ada?', true)).toBe(true);
    expect(await askYesNo(scripted([]), 'Ada?', false)).toBe(false);
    const io = scripted(['mungkin', 'y']);
    expect(await askYesNo(io, 'Ada?', false)).toBe(true);
    expect(io.transcript).toContain('  ✗ Ketik y (ya) atau t (tidak). (Type y or t.)');
  });
});

describe('askDate', () => {
  it('reads a date as typed, says how it read it, and asks again when it cannot', async () => {
    const io = scripted(['Selasa 7 Juni 2024', '7 Juni 2024']);
    expect(await askDate(io, 'Tanggal terbit', { required: true })).toEqual({
      start: '2024-06-07',
      shown: 'Jumat, 7 Juni 2024 (2024-06-07)',
    });
    expect(io.transcript).toEqual([
      'Tanggal terbit: Selasa 7 Juni 2024',
      '  ✗ "Selasa 7 Juni 2024": 7 Juni 2024 jatuh pada hari Jumat, bukan Selasa. Periksa tanggal atau harinya.',
      '    ("Selasa 7 Juni 2024": 2024-06-07 is a Friday, not a Tuesday. Check the date or the weekday.)',
      'Tanggal terbit: 7 Juni 2024',
      '  Dibaca sebagai: Jumat, 7 Juni 2024 (2024-06-07)',
    ]);
  });

  it('keeps a date given before without saying it again, and takes Enter as the default', async () => {
    const io = scripted(['']);
    expect(await askDate(io, 'Mulai', { given: '2024-06-10' })).toMatchObject({
      start: '2024-06-10',
    });
    expect(await askDate(io, 'Selesai', { fallback: '2024-06-14' })).toMatchObject({
      start: '2024-06-14',
    });
    expect(io.transcript).toEqual([
      'Selesai [2024-06-14]: ',
      '  Dibaca sebagai: Jumat, 14 Juni 2024 (2024-06-14)',
    ]);
  });
});
