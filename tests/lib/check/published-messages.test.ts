import { describe, expect, it } from 'vitest';
import {
  recordGone,
  redirectVanished,
  renamedFromOtherKind,
  valueChanged,
} from '../../../src/lib/check/published-messages.ts';

const entry = { file: 'content/cohorts/baru.yaml', lineOf: () => 7 };

describe('recordGone', () => {
  it('shows the renamed_from line to add, and the file to restore otherwise', () => {
    const p = recordGone('cohort', 'lama', 'content/cohorts/lama.yaml', undefined);
    expect(p).toMatchObject({
      file: 'content/cohorts/lama.yaml',
      code: 'published-record-removed',
    });
    expect(p.message.id).toContain('Angkatan "lama" sudah terbit');
    expect(p.fix.id).toContain('\n      renamed_from: [lama]\n');
    expect(p.fix.id).toContain('content/…/<id-baru>.yaml');
    expect(p.fix.id).toContain('kembalikan berkas content/cohorts/lama.yaml');
    expect(p.fix.en).toContain('renamed_from: [lama]');
  });

  it('names the file it was probably renamed to', () => {
    const p = recordGone('claim', 'lama', 'content/claims/lama.yaml', 'content/claims/baru.yaml');
    expect(p.message.id).toContain('Klaim "lama"');
    expect(p.fix.id).toContain('mungkin content/claims/baru.yaml');
  });
});

describe('valueChanged', () => {
  it('names the former id a renamed record published the value under', () => {
    const p = valueChanged(entry, ['status'], 'status', 'held', 'planned', 'lama');
    expect(p).toMatchObject({ file: entry.file, line: 7, field: 'status' });
    expect(p.message.id).toBe(
      'status sudah terbit (dengan id lama "lama") sebagai "held"; sekarang "planned". Nilai yang sudah terbit hanya boleh berubah dengan catatan koreksi.',
    );
    expect(valueChanged(entry, [], 'status', 'held', undefined).message.id).toContain(
      'sudah terbit sebagai "held"; sekarang tidak ada lagi',
    );
  });
});

describe('renamedFromOtherKind', () => {
  it('says a renamed record keeps its kind', () => {
    const p = renamedFromOtherKind(entry, 0, 'lama', 'claim', 'cohort');
    expect(p).toMatchObject({ field: 'renamed_from[0]', code: 'renamed-from-other-kind' });
    expect(p.message.id).toBe(
      '"lama" terbit sebagai klaim, bukan angkatan: rekaman yang diganti nama tetap sejenis.',
    );
  });
});

describe('redirectVanished', () => {
  it('says the redirect would vanish and shows the line to add back', () => {
    const p = redirectVanished(entry.file, 'lama', 'baru', undefined);
    expect(p).toMatchObject({ file: entry.file, field: 'renamed_from' });
    expect(p.message.id).toContain('pengalihan dari alamat lama akan hilang');
    expect(p.message.en).toContain('the redirect from the old address would vanish');
    expect(p.fix.id).toMatch(
      /^Tambahkan "lama" ke renamed_from berkas ini:\n {6}renamed_from: \[lama\]/,
    );
  });

  it('asks first to rename a file that took the old id', () => {
    const p = redirectVanished(entry.file, 'lama', 'baru', 'content/cohorts/lama.yaml');
    expect(p.fix.id).toMatch(
      /^Id "lama" kini dipakai content\/cohorts\/lama\.yaml: beri berkas itu nama lain\./,
    );
  });
});
