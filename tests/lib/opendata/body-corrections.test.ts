/**
 * bodyCorrectionLog and bodyChangeText (src/lib/opendata/body-corrections.ts):
 * every recorded correction of a stored article text, newest first, said in
 * words with its hashes. The corrections are fictional ("Contoh latihan").
 */
import { describe, expect, it } from 'vitest';
import {
  bodyChangeText,
  bodyCorrectionLog,
  shortHash,
} from '../../../src/lib/opendata/body-corrections.ts';
import { runCheck } from '../../../src/lib/check/index.ts';
import { PROVENANCE_ARTICLE, PROVENANCE_CONTENT } from '../../fixtures/provenance/index.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { article } from '../../helpers/records.ts';

const H = (digit: string) => digit.repeat(64);
const fix = (date: string, previous: string, sha256: string) => ({
  date,
  field: 'body' as const,
  previous,
  sha256,
  reason: { id: 'Contoh latihan: salah ketik.', en: 'Practice example: a typing error.' },
});

const articles = [
  article('a-lama', {
    title: 'Contoh latihan A',
    corrections: [fix('2024-01-05', H('1'), H('2'))],
  }),
  article('b-baru', {
    title: 'Contoh latihan B',
    corrections: [fix('2024-03-01', H('3'), H('4')), fix('2024-04-02', H('4'), H('5'))],
  }),
  article('c-tanpa', { title: 'Contoh latihan C' }),
];

describe('bodyCorrectionLog', () => {
  it('lists every body correction of every article, newest first, with the article', () => {
    const log = bodyCorrectionLog({ articles });
    expect(log.map((c) => [c.date, c.articleId, c.sha256[0]])).toEqual([
      ['2024-04-02', 'b-baru', '5'],
      ['2024-03-01', 'b-baru', '4'],
      ['2024-01-05', 'a-lama', '2'],
    ]);
    expect(log[2]).toMatchObject({ title: 'Contoh latihan A', previous: H('1') });
  });

  it('reads the practice folder, which passes the check with its corrected text', () => {
    const { content, problems } = runCheck(PROJECT_ROOT, PROVENANCE_CONTENT, '2026-12-01');
    expect(problems).toEqual([]);
    expect(bodyCorrectionLog(content)).toMatchObject([
      { articleId: PROVENANCE_ARTICLE, date: '2024-03-10', sha256: /^dd9f8ea4b974/u },
    ]);
  });

  it('is empty when no stored text was corrected', () => {
    expect(bodyCorrectionLog({ articles: [articles[2] ?? article('x')] })).toEqual([]);
  });
});

describe('bodyChangeText', () => {
  it('says the stored text changed, with the first digits of both hashes, in each language', () => {
    const [c] = bodyCorrectionLog({ articles: [articles[0] ?? article('x')] });
    if (!c) throw new Error('no correction');
    expect(bodyChangeText(c, 'id')).toBe(
      `Teks tersimpan artikel diubah (SHA-256 ${shortHash(H('1'))} → ${shortHash(H('2'))}).`,
    );
    expect(bodyChangeText(c, 'en')).toBe(
      'The stored text of the article was changed (SHA-256 111111111111… → 222222222222…).',
    );
  });
});
