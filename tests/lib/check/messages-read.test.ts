/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): reading a
 * content file (size, encoding, name, front matter, body).
 */
import { symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { formatProblem, type Problem } from '../../../src/lib/check/problem.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/content/read.ts';
import { COHORT_FILE, COHORT_TEXT, articleText } from '../../helpers/corpus.ts';
import { corpus, removeCorpora, shown } from './corpora.ts';

// A file that cannot be read, even by root: reading it fails as a permission error would.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (String(path).endsWith('locked.yaml')) {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    }
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

afterEach(removeCorpora);

describe('files', () => {
  it('file-too-large', () => {
    expect(
      shown(
        { 'articles/huge.md': articleText('kata '.repeat(MAX_FILE_BYTES / 5 + 10)) },
        'file-too-large',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/huge.md
        ✗ Berkas terlalu besar (256.2 KiB; batas 256 KiB).
          (File too large (256.2 KiB; limit 256 KiB).)
        → Simpan hanya teks artikel itu sendiri, tanpa gambar atau lampiran.
          (Store only the article text itself, without images or attachments.)"
    `);
  });
  it('file-not-utf8', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('title: Caf'), 0xe9, 0x0a]);
    expect(shown({ 'cohorts/latin1.yaml': latin1 }, 'file-not-utf8')).toMatchInlineSnapshot(`
      "content/cohorts/latin1.yaml
        ✗ Berkas bukan teks UTF-8.
          (The file is not UTF-8 text.)
        → Simpan ulang berkas sebagai UTF-8 (di VS Code: "Save with Encoding" → UTF-8).
          (Save the file again as UTF-8 (in VS Code: "Save with Encoding" → UTF-8).)"
    `);
  });
  it('file-empty', () => {
    expect(shown({ 'cohorts/blank.yaml': '\n  \n' }, 'file-empty')).toMatchInlineSnapshot(`
      "content/cohorts/blank.yaml
        ✗ Berkas kosong.
          (The file is empty.)
        → Isi berkas dari templat (npm run new) atau hapus berkasnya.
          (Fill the file from the template (npm run new) or delete it.)"
    `);
  });
  it('file-binary', () => {
    expect(shown({ 'cohorts/binary.yaml': 'a: 1\u0000' }, 'file-binary')).toMatchInlineSnapshot(`
      "content/cohorts/binary.yaml
        ✗ Berkas berisi data biner, bukan teks.
          (The file holds binary data, not text.)
        → Ganti dengan berkas teks yang benar.
          (Replace it with the right text file.)"
    `);
  });
  it('file-symlink', () => {
    const made = corpus();
    symlinkSync(`${made.content}/${COHORT_FILE}`, `${made.content}/cohorts/link.yaml`);
    const p = runCheck(made.root).problems.find((x) => x.code === 'file-symlink') as Problem;
    expect(formatProblem(p)).toMatchInlineSnapshot(`
      "content/cohorts/link.yaml
        ✗ Berkas ini adalah tautan simbolik (symlink); konten harus berupa berkas biasa.
          (This file is a symbolic link; content must be a regular file.)
        → Ganti tautan dengan salinan berkasnya.
          (Replace the link with a copy of the file.)"
    `);
  });
  it('file-extension (.mdx article)', () => {
    expect(shown({ 'articles/x.mdx': articleText('Teks.') }, 'file-extension'))
      .toMatchInlineSnapshot(`
      "content/articles/x.mdx
        ✗ Berkas .mdx tidak dikenal di folder articles/ (yang diterima: .md).
          (Unexpected .mdx file in articles/ (accepted: .md).)
        → Artikel sumber ditulis sebagai .md (MDX dapat menjalankan kode); ganti ekstensinya menjadi .md.
          (Source articles are plain .md (MDX can run code); rename the file to .md.)"
    `);
  });
  it('file-extension (other)', () => {
    expect(shown({ 'cohorts/notes.txt': COHORT_TEXT }, 'file-extension')).toMatchInlineSnapshot(`
      "content/cohorts/notes.txt
        ✗ Berkas .txt tidak dikenal di folder cohorts/ (yang diterima: .yaml, .yml).
          (Unexpected .txt file in cohorts/ (accepted: .yaml, .yml).)
        → Ganti ekstensi menjadi .yaml atau pindahkan berkas ini dari folder.
          (Rename it to .yaml or move it out of the folder.)"
    `);
  });
  it('file-name', () => {
    expect(shown({ 'cohorts/Angkatan_Baru.yaml': COHORT_TEXT }, 'file-name'))
      .toMatchInlineSnapshot(`
      "content/cohorts/Angkatan_Baru.yaml
        ✗ Nama berkas "Angkatan_Baru.yaml" tidak sah: gunakan huruf kecil, angka dan tanda hubung saja.
          (File name "Angkatan_Baru.yaml" is not valid: use lower-case letters, digits and hyphens only.)
        → Ganti nama berkas, mis. 2023-05-water-management.yaml.
          (Rename the file, e.g. 2023-05-water-management.yaml.)"
    `);
  });
  it('file-unreadable', () => {
    expect(shown({ 'cohorts/locked.yaml': COHORT_TEXT }, 'file-unreadable')).toMatchInlineSnapshot(`
      "content/cohorts/locked.yaml
        ✗ Berkas tidak dapat dibaca (EACCES).
          (The file cannot be read (EACCES).)
        → Periksa izin berkas, lalu coba lagi.
          (Check the file permissions, then try again.)"
    `);
  });
  it('front-matter-missing', () => {
    expect(shown({ 'articles/bare.md': 'Hanya teks.\n' }, 'front-matter-missing'))
      .toMatchInlineSnapshot(`
      "content/articles/bare.md
        ✗ Bagian data di awal berkas (front matter) tidak ada atau tidak ditutup dengan ---.
          (The front matter at the top of the file is missing or not closed with ---.)
        → Mulai berkas dengan baris ---, isi kolom-kolomnya, lalu tutup dengan baris --- sebelum teks artikel.
          (Start the file with a --- line, the fields, then a closing --- line before the article text.)"
    `);
  });
  it('body-empty', () => {
    expect(shown({ 'articles/empty-body.md': articleText('') }, 'body-empty'))
      .toMatchInlineSnapshot(`
      "content/articles/empty-body.md:13
        ✗ Teks artikel (di bawah ---) kosong.
          (The article text (below ---) is empty.)
        → Tempel teks lengkap artikel di bawah baris --- penutup.
          (Paste the full article text below the closing --- line.)"
    `);
  });
});
