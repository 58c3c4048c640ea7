/**
 * The text of every kind of problem the checker reports, as an editor reads
 * it in `npm run check`: one test per problem code (and per distinct message
 * of a code), showing the Indonesian and English message and fix. A change
 * of wording shows up here first.
 */
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { formatProblem, type Problem } from '../../../src/lib/check/problem.ts';
import { validateEntry } from '../../../src/lib/check/schema-issues.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/content/read.ts';
import { MAX_DEPTH } from '../../../src/lib/content/yaml.ts';
import { fullDate } from '../../../src/schemas/common.ts';
import {
  ARTICLE_ID,
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  CONTEXT_TEXT,
  articleText,
  makeCorpus,
  type Corpus,
  type FileText,
} from '../../helpers/corpus.ts';

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

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

/** The report of the first problem with `code` (and `field`) in a corpus with `files`. */
function shown(files: Record<string, FileText | null>, code: string, field?: string): string {
  const corpus = makeCorpus(files);
  corpora.push(corpus);
  const problems = runCheck(corpus.root).problems;
  const p = problems.find((x) => x.code === code && (field === undefined || x.field === field));
  if (!p) throw new Error(`no ${code} ${field ?? ''} in ${problems.map((x) => x.code).join(', ')}`);
  return formatProblem(p);
}

function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
const cohort = (from: string, to: string) => ({ [COHORT_FILE]: replaced(COHORT_TEXT, from, to) });
const claim = (from: string, to: string) => ({ 'claims/c.yaml': replaced(CLAIM_TEXT, from, to) });
const context = (from: string, to: string) => ({
  'context/e.yaml': replaced(CONTEXT_TEXT, from, to),
});
const withVariant = (variant: string) => ({ [COHORT_FILE]: `${COHORT_TEXT}variants:\n${variant}` });
const TERM = 'label:\n    id: Warna\n    en: Colour\n  terms: [warna]\n';

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
    const corpus = makeCorpus();
    corpora.push(corpus);
    symlinkSync(`${corpus.content}/${COHORT_FILE}`, `${corpus.content}/cohorts/link.yaml`);
    const p = runCheck(corpus.root).problems.find((x) => x.code === 'file-symlink') as Problem;
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

describe('YAML', () => {
  it('yaml-duplicate-key', () => {
    expect(shown(cohort('status: held', 'status: held\nstatus: planned'), 'yaml-duplicate-key'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:4
        ✗ Kunci yang sama ditulis dua kali.
          (The same key is written twice.)
        → Hapus salah satu baris dengan kunci yang sama.
          (Remove one of the two lines with the same key.)"
    `);
  });
  it('yaml-tag', () => {
    expect(shown(cohort('programme: scp', 'programme: !!js/function "f"'), 'yaml-tag'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:1
        ✗ Tanda "!" (tag YAML) tidak diizinkan.
          (YAML tags ("!") are not allowed.)
        → Hapus tag; tulis nilainya sebagai teks biasa.
          (Remove the tag; write the value as plain text.)"
    `);
  });
  it('yaml-syntax', () => {
    expect(shown(cohort('period:\n  start', 'period:\n\tstart'), 'yaml-syntax'))
      .toMatchInlineSnapshot(`
        "content/cohorts/2019-02-smart-city.yaml:5
          ✗ YAML tidak dapat dibaca: ada tab di awal baris (Tabs are not allowed as indentation)
            (YAML cannot be read: a line starts with a tab (Tabs are not allowed as indentation))
          → Ganti tab dengan spasi (dua spasi per tingkat).
            (Replace the tab with spaces (two per level).)"
      `);
  });
  it('yaml-syntax (a colon in a value)', () => {
    const file = `articles/${ARTICLE_ID}.md`;
    expect(
      shown({ [file]: articleText('Teks.', { title: 'Contoh latihan: 30 ASN' }) }, 'yaml-syntax'),
    ).toMatchInlineSnapshot(`
      "content/articles/2019-02-diskominfo-smart-city.md:2
        ✗ YAML tidak dapat dibaca: nilai berisi titik dua dan spasi (": ") (Nested mappings are not allowed in compact mappings)
          (YAML cannot be read: a value contains a colon and a space (": ") (Nested mappings are not allowed in compact mappings))
        → Apit nilai itu dengan tanda kutip, mis. title: "Contoh: 30 ASN …".
          (Put that value in quotes, e.g. title: "Example: 30 ASN …".)"
    `);
  });
  it('yaml-too-deep', () => {
    const deep = `programme: ${'['.repeat(MAX_DEPTH + 2)}${']'.repeat(MAX_DEPTH + 2)}\n`;
    expect(shown({ 'cohorts/deep.yaml': deep }, 'yaml-too-deep')).toMatchInlineSnapshot(`
      "content/cohorts/deep.yaml:1
        ✗ Struktur bersarang terlalu dalam (lebih dari 12 tingkat).
          (Nesting is too deep (more than 12 levels).)
        → Sederhanakan struktur sesuai templat.
          (Simplify the structure to match the template.)"
    `);
  });
  it('yaml-alias (an alias)', () => {
    expect(shown({ 'cohorts/alias.yaml': 'a: 1\nb: *a\n' }, 'yaml-alias')).toMatchInlineSnapshot(`
      "content/cohorts/alias.yaml:2
        ✗ Alias YAML (*nama) tidak diizinkan.
          (YAML aliases (*name) are not allowed.)
        → Tulis nilainya langsung, tanpa & dan *.
          (Write the value out in full, without & and *.)"
    `);
  });
  it('yaml-alias (an anchor)', () => {
    expect(shown(context('title:\n  id: Siaran', 'title: &t\n  id: Siaran'), 'yaml-alias'))
      .toMatchInlineSnapshot(`
      "content/context/e.yaml:5
        ✗ Anchor YAML (&nama) tidak diizinkan.
          (YAML anchors (&name) are not allowed.)
        → Hapus &nama dan tulis nilainya langsung.
          (Remove &name and write the value out in full.)"
    `);
  });
  it('yaml-forbidden-key', () => {
    expect(
      shown({ 'cohorts/proto.yaml': `__proto__:\n  x: 1\n${COHORT_TEXT}` }, 'yaml-forbidden-key'),
    ).toMatchInlineSnapshot(`
      "content/cohorts/proto.yaml:1
        ✗ Nama kolom "__proto__" tidak diizinkan.
          (The key "__proto__" is not allowed.)
        → Hapus baris ini; gunakan hanya kolom dari templat.
          (Remove this line; use only the fields of the template.)"
    `);
  });
});

describe('collections', () => {
  it('id-duplicate (one collection)', () => {
    expect(shown({ 'vocabularies/themes.yml': `merah:\n  ${TERM}` }, 'id-duplicate'))
      .toMatchInlineSnapshot(`
      "content/vocabularies/themes.yml
        ✗ Id "themes" sudah dipakai oleh content/vocabularies/themes.yaml.
          (Id "themes" is already used by content/vocabularies/themes.yaml.)
        → Ganti nama salah satu berkas.
          (Rename one of the two files.)"
    `);
  });
  it('id-duplicate (two collections)', () => {
    expect(shown({ 'claims/2019-02-smart-city.yaml': CLAIM_TEXT }, 'id-duplicate'))
      .toMatchInlineSnapshot(`
      "content/claims/2019-02-smart-city.yaml
        ✗ Id "2019-02-smart-city" sudah dipakai oleh content/cohorts/2019-02-smart-city.yaml.
          (Id "2019-02-smart-city" is already used by content/cohorts/2019-02-smart-city.yaml.)
        → Ganti nama salah satu berkas: id harus unik di seluruh situs.
          (Rename one of the files: ids must be unique across the site.)"
    `);
  });
  it('vocabulary-unknown', () => {
    expect(shown({ 'vocabularies/colours.yaml': `merah:\n  ${TERM}` }, 'vocabulary-unknown'))
      .toMatchInlineSnapshot(`
      "content/vocabularies/colours.yaml
        ✗ Kosakata "colours" tidak dikenal.
          (Unknown vocabulary "colours".)
        → Nama berkas kosakata harus salah satu dari: themes, programmes, outlets, participant-groups, places.
          (A vocabulary file must be one of: themes, programmes, outlets, participant-groups, places.)"
    `);
  });
  it('vocabulary-term-unknown (with the nearest keys)', () => {
    expect(
      shown(
        cohort('theme: smart-city-cybersecurity', 'theme: smart-city'),
        'vocabulary-term-unknown',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:2  [theme]
        ✗ "smart-city" tidak ada di kosakata themes.
          ("smart-city" is not in the themes vocabulary.)
        → Pilih istilah yang ada, mis. smart-city-cybersecurity, public-service, water-management, atau tambahkan istilah baru di content/vocabularies/themes.yaml.
          (Choose an existing term, e.g. smart-city-cybersecurity, public-service, water-management, or add a new one to content/vocabularies/themes.yaml.)"
    `);
  });
});

describe('schema', () => {
  it('schema-invalid-type (a required field missing)', () => {
    expect(shown(cohort('place: singapore\n', ''), 'schema-invalid-type')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:1  [place]
        ✗ Kolom wajib belum diisi.
          (Required field is missing.)
        → Tambahkan kolom ini (lihat templat). Kolom ini: Tempat (kunci di vocabularies/places.yaml).
          (Add this field (see the template). This field: Place (key in vocabularies/places.yaml).)"
    `);
  });
  it('schema-invalid-type (a list expected)', () => {
    expect(
      shown(
        cohort('participants:\n  - group: asn-kota-jambi\n    count: 25', 'participants: 25'),
        'schema-invalid-type',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:9  [participants]
        ✗ Jenis nilai salah: diharapkan array, tertulis 25.
          (Wrong kind of value: expected array, got 25.)
        → Tulis sebagai daftar: setiap butir di baris sendiri diawali "- ". Kolom ini: Peserta per kelompok (minimal satu kelompok).
          (Write a list: each item on its own line starting with "- ". This field: Participants by group (at least one group).)"
    `);
  });
  it('schema-invalid-type (a whole number expected)', () => {
    expect(shown(claim('value: 150', 'value: 150.5'), 'schema-invalid-type'))
      .toMatchInlineSnapshot(`
      "content/claims/c.yaml:2  [value]
        ✗ Jenis nilai salah: diharapkan int, tertulis 150.5.
          (Wrong kind of value: expected int, got 150.5.)
        → Tulis nilai berjenis int. Kolom ini: Angka yang disebut.
          (Write a value of kind int. This field: The number stated.)"
    `);
  });
  it('schema-too-small (a count of 0: never 0, write unknown)', () => {
    expect(shown(cohort('count: 25', 'count: 0'), 'schema-too-small')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Angka terlalu kecil (minimal 1).
          (Number too small (at least 1).)
        → Perbaiki angkanya. Bila sumber tidak menyebut jumlah, tulis unknown — jangan 0. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (Correct the number. When the source gives no number, write unknown — never 0. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-too-small (an empty list)', () => {
    const text = `${CLAIM_TEXT.slice(0, CLAIM_TEXT.indexOf('sources:'))}sources: []\n`;
    expect(shown({ 'claims/c.yaml': text }, 'schema-too-small')).toMatchInlineSnapshot(`
      "content/claims/c.yaml:12  [sources]
        ✗ Daftar harus berisi minimal 1 butir.
          (The list needs at least 1 item(s).)
        → Tambahkan butir ke daftar ini. Kolom ini: Sumber: setiap fakta didukung kutipan persis dari artikel.
          (Add items to this list. This field: Sources: every fact is backed by an exact passage of an article.)"
    `);
  });
  it('schema-too-small (an empty text)', () => {
    expect(shown(context('id: Siaran pers pelatihan Smart City', 'id: ""'), 'schema-too-small'))
      .toMatchInlineSnapshot(`
        "content/context/e.yaml:5  [title.id]
          ✗ Kolom ini belum diisi (kosong).
            (This field is empty.)
          → Tulis isinya. Kolom ini: Teks dalam bahasa Indonesia.
            (Write its text. This field: Text in Indonesian.)"
      `);
  });
  it('schema-too-small (a text too short)', () => {
    expect(
      shown(
        context(
          'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
          'quote: Pelatihan',
        ),
        'schema-too-small',
      ),
    ).toMatchInlineSnapshot(`
      "content/context/e.yaml:12  [sources[0].quote]
        ✗ Teks terlalu pendek (minimal 12 karakter).
          (Text too short (at least 12 characters).)
        → Lengkapi teksnya. Kolom ini: Kutipan persis dari badan artikel (salin-tempel); harus muncul tepat satu kali.
          (Complete the text. This field: Exact words copied from the article body; must occur there exactly once.)"
    `);
  });
  it('schema-too-big (a number)', () => {
    expect(shown(cohort('count: 25', 'count: 1000000'), 'schema-too-big')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Angka terlalu besar (maksimal 100000).
          (Number too large (at most 100000).)
        → Perpendek nilainya. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (Shorten the value. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-too-big (a text)', () => {
    expect(shown(cohort('host: Centre', `host: ${'x'.repeat(2001)} Centre`), 'schema-too-big'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:8  [host]
        ✗ Teks terlalu panjang (maksimal 2000 karakter).
          (Text too long (at most 2000 characters).)
        → Perpendek nilainya. Kolom ini: Lembaga penyelenggara, sebagaimana disebut sumber.
          (Shorten the value. This field: Institution that ran the training, as the source names it.)"
    `);
  });
  it('schema-invalid-value', () => {
    expect(shown(cohort('status: held', 'status: selesai'), 'schema-invalid-value'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:3  [status]
        ✗ Nilai "selesai" tidak dikenal.
          (Unknown value "selesai".)
        → Pilih salah satu: held, planned, announced. Kolom ini: held (sudah berlangsung), planned (dijadwalkan, belum terbukti berlangsung), announced (baru diumumkan).
          (Choose one of: held, planned, announced. This field: held (took place), planned (scheduled, not confirmed held), announced (only announced).)"
    `);
  });
  it('schema-unrecognized-keys', () => {
    expect(
      shown(
        cohort('place: singapore', 'place: singapore\nbudget: 1000'),
        'schema-unrecognized-keys',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:8  [budget]
        ✗ Kolom tidak dikenal: budget.
          (Unknown field(s): budget.)
        → Periksa ejaan nama kolom (lihat templat) atau hapus kolom ini.
          (Check the spelling of the field name (see the template) or remove it.)"
    `);
  });
  it('schema-invalid-format (a web address)', () => {
    expect(
      shown(
        { 'articles/js.md': articleText('Teks.', { url: 'javascript:alert(1)' }) },
        'schema-invalid-format',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/js.md:6  [url]
        ✗ Alamat web tidak sah: "javascript:alert(1)".
          (Not a valid web address: "javascript:alert(1)".)
        → Tulis alamat lengkap yang diawali https:// atau http://, atau unknown bila tidak diketahui. Kolom ini: Alamat web asli (https://…) atau unknown.
          (Write the full address starting with https:// or http://, or unknown when not known. This field: Original web address (https://…) or unknown.)"
    `);
  });
  it('schema-invalid-format (a key)', () => {
    expect(shown(cohort('group: asn-kota-jambi', 'group: ASN Kota Jambi'), 'schema-invalid-format'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:10  [participants[0].group]
        ✗ Bukan kunci yang sah.
          (Not a valid key.)
        → Gunakan huruf kecil, angka dan tanda hubung, mis. public-service. Kolom ini: Kelompok peserta (kunci di vocabularies/participant-groups.yaml).
          (Use lower-case letters, digits and hyphens, e.g. public-service. This field: Participant group (key in vocabularies/participant-groups.yaml).)"
    `);
  });
  it('schema-invalid-format (markup in a text)', () => {
    expect(shown(cohort('by: Syarif Fasha', 'by: "<b>Syarif Fasha</b>"'), 'schema-invalid-format'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:15  [sendoff.by]
        ✗ Teks berisi < atau > (markup HTML tidak diizinkan).
          (Text contains < or > (HTML markup is not allowed).)
        → Hapus tanda < dan >; tulis teks biasa. Kolom ini: Dilepas oleh.
          (Remove < and >; write plain text. This field: Sent off by.)"
    `);
  });
  it('schema-invalid-format (a field name in supports)', () => {
    expect(shown(cohort('supports: [host]', 'supports: [Host Name]'), 'schema-invalid-format'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:39  [sources[2].supports[0]]
        ✗ Nama kolom di supports tidak sah.
          (Field name in supports is not valid.)
        → Tulis nama kolom seperti period, theme, participants.asn-kota-jambi, sendoff.date. Kolom ini: Daftar kolom yang didukung kutipan ini, mis. period, participants.asn-kota-jambi.
          (Write field names such as period, theme, participants.asn-kota-jambi, sendoff.date. This field: Fields of the record this passage supports, e.g. period, participants.asn-kota-jambi.)"
    `);
  });
  it('schema-invalid-format (a time)', () => {
    expect(
      shown(
        { 'articles/t.md': articleText('Teks.', { published_time: '"25:61"' }) },
        'schema-invalid-format',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/t.md:9  [published_time]
        ✗ Jam tidak sah.
          (Not a valid time.)
        → Tulis jam sebagai JJ:MM, mis. 14:59. Kolom ini: Jam terbit (WIB), JJ:MM, bila disebut.
          (Write the time as HH:MM, e.g. 14:59. This field: Publication time (WIB), HH:MM, when stated.)"
    `);
  });
  it('schema-invalid-union', () => {
    expect(shown(cohort('count: 25', 'count: dua puluh lima'), 'schema-invalid-union'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:11  [participants[0].count]
        ✗ Nilai "dua puluh lima" tidak sesuai bentuk yang diterima.
          (Value "dua puluh lima" does not match any accepted form.)
        → Lihat keterangan kolom di bawah untuk bentuk yang diterima. Kolom ini: Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).
          (See the field description for the accepted forms. This field: Number of people, or unknown when the source does not give it (never 0).)"
    `);
  });
  it('schema-custom (a date, with the accepted forms)', () => {
    expect(shown(cohort('start: 2019-02-17', 'start: 17-02-2019'), 'schema-custom'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:5  [period.start]
        ✗ Tanggal tidak sah.
          (Not a valid date.)
        → Tulis tanggal sebagai TTTT-BB-HH (2023-03-23), TTTT-BB (2023-03) bila hanya bulannya diketahui, atau TTTT (2023). Kolom ini: Awal pelatihan.
          (Write the date as YYYY-MM-DD (2023-03-23), YYYY-MM (2023-03) when only the month is known, or YYYY (2023). This field: Start of the training.)"
    `);
  });
  it('schema-custom (republishes required)', () => {
    expect(
      shown({ 'articles/r.md': articleText('Teks.', { kind: 'republication' }) }, 'schema-custom'),
    ).toMatchInlineSnapshot(`
      "content/articles/r.md:2  [republishes]
        ✗ Artikel berjenis republication harus menyebut artikel asalnya.
          (An article of kind republication must name the article it republishes.)
        → Tambahkan republishes: dengan outlet (dan url, published bila diketahui). Kolom ini: Artikel asal yang ditulis ulang (wajib bila kind: republication).
          (Add republishes: with outlet (and url, published when known). This field: The article this one republishes (required when kind is republication).)"
    `);
  });
  it('schema-custom (a participant group twice)', () => {
    expect(
      shown(
        cohort('    count: 25', '    count: 25\n  - group: asn-kota-jambi\n    count: 1'),
        'schema-custom',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:12  [participants[1].group]
        ✗ Kelompok peserta yang sama ditulis dua kali.
          (The same participant group is listed twice.)
        → Gabungkan menjadi satu baris per kelompok. Kolom ini: Kelompok peserta (kunci di vocabularies/participant-groups.yaml).
          (Merge them into one line per group. This field: Participant group (key in vocabularies/participant-groups.yaml).)"
    `);
  });
  it('schema-invalid-key', () => {
    expect(shown({ 'vocabularies/keys.yaml': `Merah_Tua:\n  ${TERM}` }, 'schema-invalid-key'))
      .toMatchInlineSnapshot(`
      "content/vocabularies/keys.yaml:1  [Merah_Tua]
        ✗ Kunci "Merah_Tua" tidak sah.
          (The key "Merah_Tua" is not valid.)
        → Gunakan huruf kecil, angka dan tanda hubung, mis. merah-tua.
          (Use lower-case letters, digits and hyphens, e.g. merah-tua.)"
    `);
  });
  it('full-date (a day-precision date, where one is required)', () => {
    const [p] = validateEntry(fullDate, '2023-05', 'content/x.yaml', () => 1).problems;
    expect(formatProblem(p as Problem)).toMatchInlineSnapshot(`
      "content/x.yaml:1  [(berkas)]
        ✗ Tanggal lengkap tidak sah.
          (Not a valid full date.)
        → Tulis sebagai TTTT-BB-HH, mis. 2023-05-15.
          (Write it as YYYY-MM-DD, e.g. 2023-05-15.)"
    `);
  });
});

describe('sources and quotes', () => {
  it('reference-unknown-article (a source)', () => {
    expect(
      shown(
        {
          [COHORT_FILE]: COHORT_TEXT.replaceAll(
            `article: ${ARTICLE_ID}`,
            'article: 2019-02-diskominfo-smartcity',
          ),
        },
        'reference-unknown-article',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:24  [sources[0].article]
        ✗ Artikel "2019-02-diskominfo-smartcity" tidak ditemukan di content/articles.
          (Article "2019-02-diskominfo-smartcity" not found in content/articles.)
        → Tulis id artikel yang ada (nama berkas tanpa .md), mis. 2019-02-diskominfo-smart-city.
          (Use the id of an existing article (file name without .md), e.g. 2019-02-diskominfo-smart-city.)"
    `);
  });
  it('reference-unreadable-article (the file is there but cannot be read)', () => {
    const file = `articles/${ARTICLE_ID}.md`;
    expect(
      shown(
        { [file]: articleText('Teks.', { title: 'Contoh latihan: 30 ASN' }) },
        'reference-unreadable-article',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:24  [sources[0].article]
        ✗ Artikel "2019-02-diskominfo-smart-city" ada (content/articles/2019-02-diskominfo-smart-city.md) tetapi tidak dapat dibaca, jadi kutipannya belum dapat diperiksa.
          (Article "2019-02-diskominfo-smart-city" exists (content/articles/2019-02-diskominfo-smart-city.md) but cannot be read, so its quotes cannot be checked yet.)
        → Perbaiki dulu masalah di content/articles/2019-02-diskominfo-smart-city.md (lihat pesan untuk berkas itu); kutipan ini diperiksa lagi sesudahnya.
          (First fix the problems reported for content/articles/2019-02-diskominfo-smart-city.md; this quote is checked again after that.)"
    `);
  });
  it('reference-unknown-article (a variant)', () => {
    expect(
      shown(
        withVariant(
          '  - field: period\n    value: sepekan\n    article: 2019-02-x\n    quote: Selama sepekan, oleh Pemerintah Singapura\n',
        ),
        'reference-unknown-article',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:51  [variants[0].article]
        ✗ Artikel "2019-02-x" tidak ditemukan di content/articles.
          (Article "2019-02-x" not found in content/articles.)
        → Tulis id artikel yang ada (nama berkas tanpa .md), mis. 2019-02-diskominfo-smart-city.
          (Use the id of an existing article (file name without .md), e.g. 2019-02-diskominfo-smart-city.)"
    `);
  });
  it('supports-unknown-field (a source)', () => {
    expect(shown(cohort('supports: [host]', 'supports: [hosts]'), 'supports-unknown-field'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:39  [sources[2].supports[0]]
        ✗ "hosts" bukan kolom berisi fakta di rekaman ini.
          ("hosts" is not a fact field of this record.)
        → Gunakan salah satu: programme, theme, status, period, place, host, participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by, experts, site_visits.
          (Use one of: programme, theme, status, period, place, host, participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by, experts, site_visits.)"
    `);
  });
  it('supports-unknown-field (a variant)', () => {
    expect(
      shown(
        withVariant(
          `  - field: duration\n    value: sepekan\n    article: ${ARTICLE_ID}\n    quote: Selama sepekan, oleh Pemerintah Singapura\n`,
        ),
        'supports-unknown-field',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:49  [variants[0].field]
        ✗ "duration" bukan kolom berisi fakta di rekaman ini.
          ("duration" is not a fact field of this record.)
        → Gunakan salah satu: programme, theme, status, period, place, host, participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by, experts, site_visits.
          (Use one of: programme, theme, status, period, place, host, participants.asn-kota-jambi, sendoff.date, sendoff.place, sendoff.by, experts, site_visits.)"
    `);
  });
  it('quote-not-found (with the closest passage and where it differs)', () => {
    expect(shown(cohort('Sebanyak 25 orang', 'Sebanyak 26 orang'), 'quote-not-found'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:25  [sources[0].quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Bagian paling mirip: «Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan Singapore Cooperation Programme (SCP), Smart City and Cybersecurity, yang berlangsung di negara Singapura (17 s.d. 23 Februari 2019).»; berbeda di: kutipan: "26 orang" — teks: "25 orang".
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. Closest passage: «Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan Singapore Cooperation Programme (SCP), Smart City and Cybersecurity, yang berlangsung di negara Singapura (17 s.d. 23 Februari 2019).»; differs at: quote: "26 orang" — text: "25 orang".)
        → Salin kutipan persis dari content/articles/2019-02-diskominfo-smart-city.md (huruf besar/kecil dan tanda baca harus sama; spasi dan baris baru boleh berbeda), atau perbaiki kutipan di tempat yang berbeda itu.
          (Copy the words exactly from content/articles/2019-02-diskominfo-smart-city.md (case and punctuation must match; spaces and line breaks may differ), or correct the quote where it differs.)"
    `);
  });
  it('quote-not-found (nothing like it in the article)', () => {
    expect(
      shown(
        cohort(
          'quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd',
          'quote: Gardens by the Bay dan Sentosa',
        ),
        'quote-not-found',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:46  [sources[4].quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Tidak ada bagian yang mirip di artikel 2019-02-diskominfo-smart-city: periksa apakah kutipan ini memang dari artikel itu.
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. Nothing in article 2019-02-diskominfo-smart-city resembles it: check that the quote comes from that article.)
        → Salin kutipan persis dari content/articles/2019-02-diskominfo-smart-city.md (huruf besar/kecil dan tanda baca harus sama; spasi dan baris baru boleh berbeda), atau perbaiki kutipan di tempat yang berbeda itu.
          (Copy the words exactly from content/articles/2019-02-diskominfo-smart-city.md (case and punctuation must match; spaces and line breaks may differ), or correct the quote where it differs.)"
    `);
  });
  it('quote-not-found (a variant)', () => {
    expect(
      shown(
        withVariant(
          `  - field: period\n    value: sepekan\n    article: ${ARTICLE_ID}\n    quote: Selama sepekan, oleh pemerintah Singapura\n`,
        ),
        'quote-not-found',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:52  [variants[0].quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Bagian paling mirip: «Selama sepekan, oleh Pemerintah Singapura»; berbeda di: kutipan: "pemerintah Singapura" — teks: "Pemerintah Singapura".
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. Closest passage: «Selama sepekan, oleh Pemerintah Singapura»; differs at: quote: "pemerintah Singapura" — text: "Pemerintah Singapura".)
        → Salin kutipan persis dari content/articles/2019-02-diskominfo-smart-city.md, atau perbaiki kutipan di tempat yang berbeda itu.
          (Copy the words exactly from content/articles/2019-02-diskominfo-smart-city.md, or correct the quote where it differs.)"
    `);
  });
  it('quote-ambiguous (a source)', () => {
    expect(
      shown(
        cohort('quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd', 'quote: Pemkot Jambi'),
        'quote-ambiguous',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:46  [sources[4].quote]
        ✗ Kutipan muncul 6 kali di artikel 2019-02-diskominfo-smart-city, jadi tidak jelas bagian mana yang dimaksud.
          (Quote occurs 6 times in article 2019-02-diskominfo-smart-city, so the passage is ambiguous.)
        → Perpanjang kutipan dengan kata-kata di sekitarnya sampai hanya muncul satu kali.
          (Extend the quote with surrounding words until it occurs only once.)"
    `);
  });
  it('quote-ambiguous (a variant)', () => {
    expect(
      shown(
        withVariant(
          `  - field: period\n    value: Jambi\n    article: ${ARTICLE_ID}\n    quote: ASN Pemkot Jambi\n`,
        ),
        'quote-ambiguous',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:52  [variants[0].quote]
        ✗ Kutipan muncul 4 kali di artikel 2019-02-diskominfo-smart-city.
          (Quote occurs 4 times in article 2019-02-diskominfo-smart-city.)
        → Perpanjang kutipan sampai hanya muncul satu kali.
          (Extend the quote until it occurs only once.)"
    `);
  });
  it('value-not-in-quote (a number)', () => {
    expect(shown(cohort('count: 25', 'count: 26'), 'value-not-in-quote')).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:29  [sources[0].supports[0]]
        ✗ Kutipan tidak menyebut angka 26 untuk kolom participants.asn-kota-jambi.
          (The quote does not state the number 26 for field participants.asn-kota-jambi.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai participants.asn-kota-jambi, atau hapus "participants.asn-kota-jambi" dari supports kutipan ini.
          (Choose a passage that states the value, correct participants.asn-kota-jambi, or remove "participants.asn-kota-jambi" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a period)', () => {
    expect(shown(cohort('end: 2019-02-23', 'end: 2019-02-24'), 'value-not-in-quote'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:29  [sources[0].supports[4]]
        ✗ Kutipan tidak menyebut periode 17 Februari 2019 – 24 Februari 2019 untuk kolom period.
          (The quote does not state the period 2019-02-17 – 2019-02-24 for field period.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai period, atau hapus "period" dari supports kutipan ini.
          (Choose a passage that states the value, correct period, or remove "period" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a date)', () => {
    expect(shown(cohort('date: 2019-02-15', 'date: 2019-02-14'), 'value-not-in-quote'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:34  [sources[1].supports[0]]
        ✗ Kutipan tidak menyebut tanggal 14 Februari 2019 untuk kolom sendoff.date.
          (The quote does not state the date 2019-02-14 for field sendoff.date.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai sendoff.date, atau hapus "sendoff.date" dari supports kutipan ini.
          (Choose a passage that states the value, correct sendoff.date, or remove "sendoff.date" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a vocabulary term)', () => {
    expect(
      shown(
        cohort('theme: smart-city-cybersecurity', 'theme: public-service'),
        'value-not-in-quote',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:29  [sources[0].supports[2]]
        ✗ Kutipan tidak menyebut salah satu sebutan: Public Service / Pelayanan Publik / Pelayanan untuk kolom theme.
          (The quote does not state one of the names: Public Service / Pelayanan Publik / Pelayanan for field theme.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai theme, atau hapus "theme" dari supports kutipan ini.
          (Choose a passage that states the value, correct theme, or remove "theme" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a text)', () => {
    expect(shown(cohort('by: Syarif Fasha', 'by: Maulana'), 'value-not-in-quote'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:34  [sources[1].supports[2]]
        ✗ Kutipan tidak menyebut teks "Maulana" untuk kolom sendoff.by.
          (The quote does not state the text "Maulana" for field sendoff.by.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai sendoff.by, atau hapus "sendoff.by" dari supports kutipan ini.
          (Choose a passage that states the value, correct sendoff.by, or remove "sendoff.by" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a qualifier word)', () => {
    const text = replaced(
      replaced(CLAIM_TEXT, 'qualifier: exact', 'qualifier: about'),
      'supports: [value,',
      'supports: [value, qualifier,',
    );
    expect(shown({ 'claims/c.yaml': text }, 'value-not-in-quote')).toMatchInlineSnapshot(`
      "content/claims/c.yaml:17  [sources[0].supports[1]]
        ✗ Kutipan tidak menyebut kata "sekitar" / "kurang lebih" / "hampir" / "kira-kira" / "about" / "around" / "nearly" untuk kolom qualifier.
          (The quote does not state the words "sekitar" / "kurang lebih" / "hampir" / "kira-kira" / "about" / "around" / "nearly" for field qualifier.)
        → Pilih kutipan yang memuat nilai itu, perbaiki nilai qualifier, atau hapus "qualifier" dari supports kutipan ini.
          (Choose a passage that states the value, correct qualifier, or remove "qualifier" from this citation's supports.)"
    `);
  });
  it('value-not-in-quote (a variant)', () => {
    expect(
      shown(
        withVariant(
          `  - field: period\n    value: dua pekan\n    article: ${ARTICLE_ID}\n    quote: Selama sepekan, oleh Pemerintah Singapura\n`,
        ),
        'value-not-in-quote',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:50  [variants[0].value]
        ✗ Kutipan tidak menyebut "dua pekan".
          (The quote does not state "dua pekan".)
        → Tulis nilai dengan kata-kata yang ada di kutipan.
          (Write the value in words that occur in the quote.)"
    `);
  });
  it('fact-without-source', () => {
    expect(shown(cohort('supports: [host]', 'supports: [place]'), 'fact-without-source'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:8  [host]
        ✗ Kolom host tidak didukung oleh sumber mana pun.
          (Field host is not supported by any source.)
        → Tambahkan "host" ke supports pada kutipan yang menyebutnya, atau tambahkan sumber baru; bila sumber tidak menyebutnya, hapus kolom ini.
          (Add "host" to the supports of a citation that states it, or add a new source; if no source states it, remove the field.)"
    `);
  });
  it('list-item-without-source', () => {
    expect(
      shown(
        cohort('  - Geoworks', '  - Geoworks\n  - Gardens by the Bay'),
        'list-item-without-source',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:20  [site_visits]
        ✗ "Gardens by the Bay" di site_visits tidak disebut oleh kutipan mana pun.
          ("Gardens by the Bay" in site_visits is not named by any quote.)
        → Tambahkan kutipan yang menyebutnya atau hapus butir ini.
          (Add a passage that names it or remove the item.)"
    `);
  });
});

describe('article bodies', () => {
  it('body-furniture', () => {
    expect(
      shown(
        {
          'articles/furniture.md': articleText(
            'Paragraf pertama.\n\nBACA JUGA: Berita lain\n\nParagraf kedua.',
          ),
        },
        'body-furniture',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/furniture.md:16  [(body)]
        ✗ Baris ini bagian dari halaman situs berita, bukan artikel: "BACA JUGA: Berita lain".
          (This line belongs to the news site's page, not to the article: "BACA JUGA: Berita lain".)
        → Hapus baris ini dari teks artikel (teks tersimpan hanya berisi artikelnya).
          (Remove this line from the article text (the stored text holds only the article).)"
    `);
  });
  it('body-raw-html', () => {
    expect(
      shown(
        { 'articles/html.md': articleText('Teks <img src=x onerror=alert(1)> lanjut.') },
        'body-raw-html',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/html.md:14  [(body)]
        ✗ Teks artikel berisi HTML: <img src=x onerror=alert(1)>
          (The article text contains HTML: <img src=x onerror=alert(1)>)
        → Hapus tag HTML; simpan hanya teks artikel.
          (Remove the HTML tags; keep only the article text.)"
    `);
  });
  it('body-link-scheme', () => {
    expect(
      shown(
        { 'articles/js-link.md': articleText('Klik [di sini](javascript:alert(1)).') },
        'body-link-scheme',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/js-link.md:14  [(body)]
        ✗ Tautan dengan alamat tidak aman: javascript:alert(1)
          (Link with an unsafe address: javascript:alert(1))
        → Gunakan alamat https:// atau hapus tautannya.
          (Use an https:// address or remove the link.)"
    `);
  });
});

describe('dates and status', () => {
  it('date-end-before-start', () => {
    expect(shown(cohort('end: 2019-02-23', 'end: 2019-02-10'), 'date-end-before-start'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:6  [period.end]
        ✗ Akhir pelatihan (2019-02-10) sebelum awalnya (2019-02-17).
          (Training ends (2019-02-10) before it starts (2019-02-17).)
        → Periksa urutan period.start dan period.end.
          (Check the order of period.start and period.end.)"
    `);
  });
  it('date-sendoff-after-start', () => {
    expect(shown(cohort('date: 2019-02-15', 'date: 2019-02-18'), 'date-sendoff-after-start'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:13  [sendoff.date]
        ✗ Pelepasan (2019-02-18) setelah pelatihan dimulai (2019-02-17).
          (Send-off (2019-02-18) is after the training starts (2019-02-17).)
        → Pelepasan terjadi sebelum berangkat: periksa sendoff.date dan period.start.
          (The send-off comes before departure: check sendoff.date and period.start.)"
    `);
  });
  it('status-held-unsupported', () => {
    expect(shown(cohort('start: 2019-02-17', 'start: 2019-03-17'), 'status-held-unsupported'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:3  [status]
        ✗ Status held, tetapi semua sumber terbit sebelum pelatihan dimulai.
          (Status is held, but every source was published before the training started.)
        → Gunakan status planned (atau announced) sampai ada sumber yang melaporkan pelatihan sudah berlangsung.
          (Use status planned (or announced) until a source reports that the training took place.)"
    `);
  });
  it('date-claim-made-on', () => {
    expect(shown(claim('made_on: 2019-02', 'made_on: 2021'), 'date-claim-made-on'))
      .toMatchInlineSnapshot(`
      "content/claims/c.yaml:4  [made_on]
        ✗ made_on (2021) tidak cocok dengan tanggal terbit sumbernya (2019-02).
          (made_on (2021) does not match the publication date of its sources (2019-02).)
        → Isi made_on dengan tanggal terbit artikel yang memuat pernyataan itu.
          (Set made_on to the publication date of the article that makes the statement.)"
    `);
  });
  it('date-not-publication', () => {
    expect(shown(context('date: 2019-02', 'date: 2019-03'), 'date-not-publication'))
      .toMatchInlineSnapshot(`
      "content/context/e.yaml:1  [date]
        ✗ date_basis: publication, tetapi date (2019-03) berbeda dari tanggal terbit sumber (2019-02).
          (date_basis is publication, but date (2019-03) differs from the sources' publication date (2019-02).)
        → Samakan date dengan tanggal terbit artikel, atau gunakan date_basis: stated dengan kutipan yang menyebut tanggal.
          (Set date to the article's publication date, or use date_basis: stated with a quote that gives the date.)"
    `);
  });
});

describe('a file with schema errors', () => {
  it('still has its terms, dates and quotes checked, in the same run', () => {
    let text = replaced(COHORT_TEXT, 'place: singapore\n', '');
    text = replaced(text, 'theme: smart-city-cybersecurity', 'theme: Smart City');
    text = replaced(text, 'end: 2019-02-23', 'end: 2019-02-10');
    text = replaced(text, 'start: 2019-02-17', 'start: 2019-02-17\n  extra: 1');
    text = replaced(text, 'telah dilepas secara resmi', 'telah dilepas resmi');
    const corpus = makeCorpus({ [COHORT_FILE]: text });
    corpora.push(corpus);
    const problems = runCheck(corpus.root).problems.filter((p) => p.file.endsWith(COHORT_FILE));
    expect(problems.map((p) => `${p.field} ${p.code}`)).toEqual([
      'place schema-invalid-type',
      'theme vocabulary-term-unknown',
      'period.extra schema-unrecognized-keys',
      'period.end date-end-before-start',
      'sources[1].quote quote-not-found',
    ]);
    expect(problems[1]?.fix.id).toContain('mis. smart-city-cybersecurity');
  });
});

it('covers every problem code the checker can emit', () => {
  const read = (f: string) => readFileSync(new URL(f, import.meta.url), 'utf8');
  const cross = '../../../src/lib/check/cross/';
  const source = [
    '../../../src/lib/content/read.ts',
    '../../../src/lib/content/yaml.ts',
    '../../../src/lib/content/load.ts',
    ...readdirSync(new URL(cross, import.meta.url)).map((f) => `${cross}${f}`),
  ]
    .map(read)
    .join('\n');
  const prefixes =
    'file|front|body|yaml|id|vocabulary|reference|supports|quote|value|fact|list|date|status';
  const written = [...source.matchAll(new RegExp(`'((?:${prefixes})-[a-z0-9-]+)'`, 'g'))].map(
    (m) => m[1],
  );
  // Schema problems are `schema-` and the zod issue code; these are the codes our schemas can raise.
  const schema = [
    'invalid-type',
    'too-small',
    'too-big',
    'invalid-value',
    'unrecognized-keys',
    'invalid-format',
    'invalid-union',
    'custom',
    'invalid-key',
  ].map((c) => `schema-${c}`);
  const tests = read(import.meta.url);
  for (const code of new Set([...written, ...schema])) expect(tests, code).toContain(`it('${code}`);
});
