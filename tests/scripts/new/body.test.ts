import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../../../src/lib/content/markdown.ts';
import { escapeMarkdownLine, stripFurniture, toMarkdownBody } from '../../../scripts/new/body.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import { PRACTICE_TEXT, PRACTICE_TITLE } from '../../helpers/practice.ts';

describe('stripFurniture', () => {
  it('removes the site furniture lines and the repeated headline, keeping the text', () => {
    const clean = stripFurniture(PRACTICE_TEXT, PRACTICE_TITLE);
    expect(clean.removed).toEqual([
      PRACTICE_TITLE,
      'BACA JUGA: Pemkot Jambi Raih Penghargaan Inovasi Daerah',
      'add images',
      'Kategori : Pemerintahan',
      'Berita Terkait',
    ]);
    expect(clean.text.split('\n\n')).toHaveLength(5);
    expect(clean.text).toMatch(/^JAMBI – Sebanyak 30 orang/);
  });

  it('knows the furniture of the stored sources, in any case', () => {
    const lines = [
      'Baca juga: Berita lain',
      'BACA JUGA Berita lain',
      'Add Images',
      'Kategori: Berita',
      'Berita Terkait',
      'Cek Berita dan Artikel yang lain di Google News',
      'Sumber:',
      'iklan',
      'Tags: ASN',
      'Langganan: Posting Komentar (Atom)',
      '0 komentar: Posting Komentar',
    ];
    const clean = stripFurniture(['Teks artikel.', ...lines].join('\n'));
    expect(clean.text).toBe('Teks artikel.');
    expect(clean.removed).toEqual(lines);
  });

  it('keeps lines that only start like furniture, and a source line with a name', () => {
    const text =
      'Kategori pelatihan ini baru.\nSumber: Bag. Humas Setda Kota Jambi\nBacaan juga penting.';
    expect(stripFurniture(text).removed).toEqual([]);
  });

  it('lifts Reporter and Editor lines into fields', () => {
    const clean = stripFurniture('Reporter : Ali\nEditor: Budi Santoso\nTeks.');
    expect(clean).toEqual({
      text: 'Teks.',
      removed: ['Reporter : Ali', 'Editor: Budi Santoso'],
      reporter: 'Ali',
      editor: 'Budi Santoso',
    });
  });

  it('lifts bylines and credit lines of other forms, the first of each role', () => {
    const clean = stripFurniture(
      'Laporan wartawan Kabar Contoh, Dewi Lestari\nTeks.\nPenulis: Sari\nRedaktur: Rudi',
    );
    expect(clean).toMatchObject({ text: 'Teks.', reporter: 'Dewi Lestari', editor: 'Rudi' });
    expect(clean.removed).toHaveLength(3);
  });

  it('removes photo captions unless kept, and lists every caption', () => {
    const text = 'Satu.\nFoto: Peserta berfoto.\nDua.\n(Foto: Humas)';
    const removed = stripFurniture(text);
    expect(removed.text).toBe('Satu.\n\nDua.');
    expect(removed.captions).toEqual(['Foto: Peserta berfoto.', '(Foto: Humas)']);
    expect(removed.removed).toEqual(['Foto: Peserta berfoto.', '(Foto: Humas)']);
    const kept = stripFurniture(text, undefined, ['Foto:  Peserta berfoto.']);
    expect(kept.text).toBe('Satu.\n\nFoto: Peserta berfoto.\n\nDua.');
    expect(kept.removed).toEqual(['(Foto: Humas)']);
  });

  it('makes each non-empty line a paragraph, whatever the line endings', () => {
    expect(stripFurniture('Satu.\r\n\r\n\r\nDua.\rTiga.').text).toBe('Satu.\n\nDua.\n\nTiga.');
  });
});

describe('toMarkdownBody', () => {
  const tricky = [
    '# Judul',
    '- 25 orang',
    '1. pertama',
    '2) dua',
    '---',
    '***',
    '+ x',
    '= y',
    '> kutip',
    'a *b* _c_ [d](e) <b>x</b> &amp; `k` \\ ~~s~~ | t',
    '![gambar](data:x)',
    'Harga 5 * 3 = 15',
    'https://example.com/a_b_c',
  ];

  it.each(tricky)('renders %j as exactly that text', (line) => {
    expect(normalizeText(articlePlainText(toMarkdownBody(line)))).toBe(line);
  });

  it('keeps paragraphs apart and ends with a newline', () => {
    expect(toMarkdownBody('Satu.\n\nDua.')).toBe('Satu.\n\nDua.\n');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdownLine('Sebanyak 25 orang ASN (15/2).')).toBe(
      'Sebanyak 25 orang ASN (15/2).',
    );
  });
});
