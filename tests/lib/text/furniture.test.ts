import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from '../../../src/lib/check/index.ts';
import { creditOf, isCaption, isFurniture } from '../../../src/lib/text/furniture.ts';
import { ARTICLE_FILE, ARTICLE_TEXT, useCorpora } from '../../helpers/corpus.ts';

const corpus = useCorpora();

const FURNITURE = [
  'Baca juga: Berita lain',
  'BACA JUGA Berita lain',
  'Baca: Pemkot Tambah Armada',
  'BACA : Berita lain',
  'Laporan wartawan Kabar Contoh, Dewi Lestari',
  'Laporan Wartawan Tribun Contoh Ali',
  'Penulis: Sari',
  'Pewarta: Budi',
  'Reporter : Ali',
  'Editor: Rudi',
  'Redaktur: Rudi',
  'Bagikan:',
  'Bagikan: Facebook Twitter WhatsApp',
  'Share',
  'Ikuti kami di Google News',
  'Ikuti berita terkini di WhatsApp Channel',
  'Simak berita lainnya di Kabar Contoh',
  'Simak informasi terbaru di sini',
  'Kategori : Pemerintahan',
  'add images',
  'Bagikan artikel ini',
  'Bagikan artikel ini: Facebook WhatsApp',
  'Share this:',
  'Salin tautan',
  'Lihat juga: Berita lain',
  'ADVERTISEMENT',
  'Advertisement',
  'Scroll to continue with content',
  'Simak berita lainnya di Google News',
  'Dapatkan update berita pilihan dan breaking news setiap hari dari Kabar Contoh.',
];

const ARTICLE = [
  'Bacaan juga penting bagi ASN.',
  'Baca selengkapnya laporan pelatihan di bawah ini',
  'Bagikan pengalaman Anda kepada rekan kerja.',
  'Penulisan laporan dilakukan setiap hari.',
  'Editorial harian ini membahas pelatihan.',
  'Sumber: Bag. Humas Setda Kota Jambi',
  'Ikuti pelatihan dengan sungguh-sungguh, kata Wali Kota.',
  'Simak penjelasan Wali Kota berikut.',
  'Laporan kegiatan disampaikan kepada Wali Kota.',
  'Bagikan artikel ini kepada rekan sejawat, pesan Wali Kota.',
  'Salin tautan pendaftaran dari laman BKPSDM.',
  'Lihat juga dampaknya bagi pelayanan publik.',
  'Advertisement agency itu ikut mendukung acara.',
  'Dapatkan update kemajuan program setiap bulan dari Bappeda.',
];

const CAPTIONS = [
  'Foto: Peserta pelatihan berfoto bersama.',
  'FOTO : Humas Pemkot',
  '(Foto: Humas Pemkot Jambi)',
  'Foto/Ist: Rombongan ASN',
  'Keterangan foto: Rombongan ASN berfoto di Balai Kota.',
  'Dok: Diskominfo',
  'Wali Kota melepas peserta. (Foto: Humas)',
];

describe('site furniture', () => {
  it.each(FURNITURE)('%j is furniture', (line) => {
    expect(isFurniture(line)).toBe(true);
    expect(isCaption(line)).toBe(false);
  });

  it.each(ARTICLE)('%j is article text', (line) => {
    expect(isFurniture(line)).toBe(false);
    expect(isCaption(line)).toBe(false);
  });

  it.each(CAPTIONS)('%j is a photo caption, not furniture', (line) => {
    expect(isCaption(line)).toBe(true);
    expect(isFurniture(line)).toBe(false);
  });

  it('names who a credit line credits, and as what', () => {
    expect(creditOf('Laporan wartawan Kabar Contoh, Dewi Lestari')).toEqual({
      role: 'reporter',
      name: 'Dewi Lestari',
    });
    expect(creditOf('Penulis: Sari')).toEqual({ role: 'reporter', name: 'Sari' });
    expect(creditOf('Redaktur : Rudi')).toEqual({ role: 'editor', name: 'Rudi' });
    expect(creditOf('Editor:')).toEqual({ role: 'editor', name: '' });
    expect(creditOf('Baca: Berita lain')).toBeUndefined();
  });

  it('is what the check refuses in a stored body, and a kept caption is not', () => {
    const c = corpus();
    const [head, body] = ARTICLE_TEXT.split(/\n---\n/u);
    const lines = [
      'Penulis: Sari',
      'Simak berita lainnya di Kabar Contoh',
      '(Foto: Humas)',
      'ADVERTISEMENT',
      'Salin tautan',
    ];
    writeFileSync(join(c.content, ARTICLE_FILE), `${head}\n---\n${body}\n${lines.join('\n\n')}\n`);
    const furniture = runCheck(c.root).problems.filter((p) => p.code === 'body-furniture');
    expect(furniture.map((p) => p.message.id)).toEqual([
      'Baris ini bagian dari halaman situs berita, bukan artikel: "Penulis: Sari".',
      'Baris ini bagian dari halaman situs berita, bukan artikel: "Simak berita lainnya di Kabar Contoh".',
      'Baris ini bagian dari halaman situs berita, bukan artikel: "ADVERTISEMENT".',
      'Baris ini bagian dari halaman situs berita, bukan artikel: "Salin tautan".',
    ]);
  });
});
