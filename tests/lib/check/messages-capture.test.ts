/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check`: a stored body that no longer hashes to its record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bodySha256 } from '../../../src/lib/content/body-hash.ts';
import { articleText } from '../../helpers/corpus.ts';
import { removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

const FILE = 'articles/2024-01-contoh-latihan.md';
const OLD = bodySha256('Contoh latihan: 25 ASN.');
const NEW = bodySha256('Contoh latihan: 26 ASN.');

describe('stored body hashes', () => {
  it('body-hash-changed', () => {
    const text = articleText('Contoh latihan: 26 ASN.', { sha256: OLD });
    const report = shown({ [FILE]: text }, 'body-hash-changed');
    expect(report).toContain(`content/${FILE}:9  [sha256]`);
    expect(report).toContain('✗ Teks tersimpan artikel ini berubah tanpa koreksi yang tercatat');
    expect(report).toContain(
      `→ Kembalikan teks seperti semula. Bila perubahan itu perbaikan salinan yang sah, tambahkan di corrections satu entri: date: (hari ini, TTTT-BB-HH), field: body, previous: ${OLD}, sha256: ${NEW}`,
    );
    expect(report).toContain(
      '(The stored text of this article changed without a recorded correction',
    );
  });

  it('body-correction-chain', () => {
    const text = articleText(
      'Contoh latihan: 26 ASN.',
      { sha256: OLD },
      `corrections:\n  - date: 2024-02-01\n    field: body\n    previous: ${NEW}\n    sha256: ${NEW}\n    reason:\n      id: Salah ketik.\n      en: A typo.\n`,
    );
    const report = shown({ [FILE]: text }, 'body-correction-chain');
    expect(report).toContain('[corrections[0].previous]');
    expect(report).toContain(
      `✗ Koreksi teks ke-1 tidak berangkat dari hash yang tercatat sebelumnya (${OLD}).`,
    );
    expect(report).toContain(`→ Tulis previous: ${OLD}`);
  });
});
