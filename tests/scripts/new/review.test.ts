import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../scripts/new/build.ts';
import { parseFlags } from '../../../scripts/new/options.ts';
import { fieldName, formatReview } from '../../../scripts/new/review.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { PRACTICE_FLAGS, PRACTICE_TEXT } from '../../helpers/practice.ts';
import { scaffoldEnv } from '../../helpers/scaffold.ts';

const corpus = useCorpora();

describe('formatReview', () => {
  it('sums up every file, each quote with the fields it supports', () => {
    const c = corpus();
    const plan = buildPlan(parseFlags([...PRACTICE_FLAGS, '--yes']), PRACTICE_TEXT, scaffoldEnv(c));
    const text = formatReview(c.root, plan);
    expect(text).toContain(
      '[1] content/articles/2024-06-diskominfo-kota-jambi-urban-planning.md — artikel baru',
    );
    expect(text).toContain('    Media: diskominfo-kota-jambi · Terbit: 7 Juni 2024 (2024-06-07)');
    expect(text).toContain('[2] content/vocabularies/themes.yaml — istilah baru di akhir berkas');
    expect(text).toContain(
      '    urban-planning: Perencanaan Kota / Urban Planning — sebutan: Urban Planning; Perencanaan Kota',
    );
    expect(text).toContain('    Peserta: asn-kota-jambi 30; perumdam-tirta-mayang tidak diketahui');
    expect(text).toMatch(
      /1\. «JAMBI – Sebanyak 30 orang[^»]*»\n {9}→ programme \(program\), theme \(tema\), period \(waktu pelatihan\), place \(tempat\), participants\.asn-kota-jambi \(jumlah asn-kota-jambi\), status \(status\)/u,
    );
    expect(text).toContain('    participants = 350 (more-than) · dibuat 7 Juni 2024 (2024-06-07)');
    expect(text).not.toContain('Tanpa kutipan');
    expect(text).not.toContain('Belum dapat ditulis');
  });

  it('names the fields no quote supports, and what keeps the plan from being written', () => {
    const c = corpus();
    const flags = PRACTICE_FLAGS.filter((f) => f !== '--auto-quotes');
    const plan = buildPlan(
      parseFlags([...flags, '--start=2024-13-01', '--yes']),
      PRACTICE_TEXT,
      scaffoldEnv(c),
    );
    const text = formatReview(c.root, plan);
    expect(text).toContain('Belum dapat ditulis; perbaiki dulu');
    expect(text).toContain('✗ Mulai "2024-13-01": Tanggal tidak sah.');
    const ok = buildPlan(parseFlags([...flags, '--yes']), PRACTICE_TEXT, scaffoldEnv(c));
    expect(formatReview(c.root, ok)).toContain(
      '⚠ Tanpa kutipan (no quote): programme (program), theme (tema)',
    );
  });

  it('names fields in words', () => {
    expect(fieldName('sendoff.by')).toBe('sendoff.by (pelepas)');
    expect(fieldName('participants.x')).toBe('participants.x (jumlah x)');
    expect(fieldName('other')).toBe('other');
  });
});
