import { format } from 'prettier';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { modeline, renderListItem, renderYaml } from '../../../scripts/new/render.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { citation, cohortData, group } from '../../helpers/records.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const prettierOptions = JSON.parse(readFileSync(join(PROJECT_ROOT, '.prettierrc.json'), 'utf8'));

const COHORT = cohortData({
  theme: 'urban-planning',
  status: 'planned',
  period: { start: '2024-06-10', end: '2024-06-14' },
  participants: [group(30), group('unknown', 'perumdam-tirta-mayang')],
  note: {
    id: 'Catatan yang cukup panjang untuk dilipat menjadi beberapa baris di berkas YAML, seperti biasa.',
    en: 'Short.',
  },
  sources: [
    citation({
      article: '2024-06-contoh',
      quote:
        'JAMBI – Sebanyak 30 orang Aparatur Sipil Negara (ASN) Pemerintah Kota Jambi akan mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Urban Planning": #1 - ok',
      supports: ['participants.asn-kota-jambi', 'programme', 'theme', 'status', 'period', 'place'],
    }),
  ],
});

describe('renderYaml', () => {
  const text = renderYaml(COHORT, modeline('../../public/schemas/cohort.schema.json'));

  it('reads back as the same data', () => {
    expect(parse(text)).toEqual(COHORT);
  });

  it('starts with the modeline and folds long quotes', () => {
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../public/schemas/cohort.schema.json',
    );
    expect(text).toContain('    quote: >-\n');
    expect(text).toContain(
      '    supports: [participants.asn-kota-jambi, programme, theme, status, period, place]\n',
    );
  });

  it('is what Prettier would write', async () => {
    expect(await format(text, { ...prettierOptions, parser: 'yaml' })).toBe(text);
  });

  it('writes a long supports list as lines', () => {
    const many = renderYaml({ supports: Array.from({ length: 12 }, (_, i) => `field_${i}`) });
    expect(many).toContain('supports:\n  - field_0\n');
  });
});

describe('renderListItem', () => {
  it('indents one list item to where the list stands', () => {
    expect(renderListItem({ article: 'a', supports: ['status'] }, 2)).toBe(
      '  - article: a\n    supports: [status]\n',
    );
  });
});
