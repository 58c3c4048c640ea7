/**
 * The messages of the checks our schemas add to zod's: a schema names its
 * message (`{ message: 'slug' }`, `message: 'duplicate-group'`) and the
 * editor reads this explanation and fix instead. Every name a schema gives
 * has an entry here.
 */
import type { Bilingual } from './problem.ts';

/** Message and fix by the name a schema gives its check. */
export const NAMED_ISSUES: Readonly<Record<string, { message: Bilingual; fix: Bilingual }>> = {
  slug: {
    message: { id: 'Bukan kunci yang sah.', en: 'Not a valid key.' },
    fix: {
      id: 'Gunakan huruf kecil, angka dan tanda hubung, mis. public-service.',
      en: 'Use lower-case letters, digits and hyphens, e.g. public-service.',
    },
  },
  'partial-date': {
    message: { id: 'Tanggal tidak sah.', en: 'Not a valid date.' },
    fix: {
      id: 'Tulis tanggal sebagai TTTT-BB-HH (2023-03-23), TTTT-BB (2023-03) bila hanya bulannya diketahui, atau TTTT (2023).',
      en: 'Write the date as YYYY-MM-DD (2023-03-23), YYYY-MM (2023-03) when only the month is known, or YYYY (2023).',
    },
  },
  'full-date': {
    message: { id: 'Tanggal lengkap tidak sah.', en: 'Not a valid full date.' },
    fix: {
      id: 'Tulis sebagai TTTT-BB-HH, mis. 2023-05-15.',
      en: 'Write it as YYYY-MM-DD, e.g. 2023-05-15.',
    },
  },
  'plain-text': {
    message: {
      id: 'Teks berisi < atau > (markup HTML tidak diizinkan).',
      en: 'Text contains < or > (HTML markup is not allowed).',
    },
    fix: { id: 'Hapus tanda < dan >; tulis teks biasa.', en: 'Remove < and >; write plain text.' },
  },
  'field-path': {
    message: {
      id: 'Nama kolom di supports tidak sah.',
      en: 'Field name in supports is not valid.',
    },
    fix: {
      id: 'Tulis nama kolom seperti period, theme, participants.asn-kota-contoh, sendoff.date.',
      en: 'Write field names such as period, theme, participants.asn-kota-contoh, sendoff.date.',
    },
  },
  'site-origin': {
    message: {
      id: 'Alamat situs harus berupa domain saja, tanpa path atau garis miring di akhir.',
      en: 'The site address must be a domain alone, with no path or trailing slash.',
    },
    fix: {
      id: 'Tulis seperti https://contoh.go.id (tanpa / di akhir).',
      en: 'Write it like https://example.go.id (no / at the end).',
    },
  },
  'country-code': {
    message: { id: 'Kode negara tidak sah.', en: 'Not a valid country code.' },
    fix: {
      id: 'Tulis kode ISO 3166-1 dua huruf kapital, mis. ID.',
      en: 'Write the two-capital-letter ISO 3166-1 code, e.g. ID.',
    },
  },
  time: {
    message: { id: 'Jam tidak sah.', en: 'Not a valid time.' },
    fix: { id: 'Tulis jam sebagai JJ:MM, mis. 14:59.', en: 'Write the time as HH:MM, e.g. 14:59.' },
  },
  'republishes-required': {
    message: {
      id: 'Artikel berjenis republication harus menyebut artikel asalnya.',
      en: 'An article of kind republication must name the article it republishes.',
    },
    fix: {
      id: 'Tambahkan republishes: dengan outlet (dan url, published bila diketahui).',
      en: 'Add republishes: with outlet (and url, published when known).',
    },
  },
  sha256: {
    message: {
      id: 'Bukan SHA-256 yang sah (64 angka heksadesimal huruf kecil).',
      en: 'Not a valid SHA-256 (64 lower-case hexadecimal digits).',
    },
    fix: {
      id: 'Salin hash yang ditulis npm run check atau npm run new; jangan mengetiknya sendiri.',
      en: 'Copy the hash that npm run check or npm run new writes; do not type it yourself.',
    },
  },
  'published-bound-with-date': {
    message: {
      id: 'published_after dan published_before hanya dipakai bila tanggal terbit tidak diketahui (published: unknown); tanggal yang ditulis di published sudah menjadi batasnya.',
      en: 'published_after and published_before are only used when the publication date is not known (published: unknown); a date written in published is its own bound.',
    },
    fix: {
      id: 'Bila tanggal terbit di published benar, hapus kolom ini (keterangan tambahan boleh ditulis di published_note). Bila tanggal terbit sebenarnya tidak diketahui, tulis published: unknown dan biarkan kolom ini.',
      en: 'If the date in published is right, remove this field (more detail may go in published_note). If the publication date is in fact not known, write published: unknown and keep this field.',
    },
  },
  'published-bounds-order': {
    message: {
      id: 'published_before jatuh sebelum published_after: artikel tidak mungkin terbit di antara keduanya.',
      en: 'published_before falls before published_after: the article cannot have appeared between them.',
    },
    fix: {
      id: 'Periksa kedua tanggal: published_after adalah hari paling awal artikel mungkin terbit, published_before hari paling akhir.',
      en: 'Check both dates: published_after is the first day the article may have appeared, published_before the last.',
    },
  },
  'period-unknown-held': {
    message: {
      id: 'Angkatan berstatus held (terlaksana) harus memiliki tanggal pelatihan; period: unknown hanya untuk angkatan planned atau announced.',
      en: 'A held cohort needs its training dates; period: unknown is only for a planned or announced cohort.',
    },
    fix: {
      id: 'Tulis period dengan start (dan end) dari sumber yang melaporkan pelatihan itu. Bila tidak ada sumber yang menyebut tanggalnya, angkatan ini belum dapat dicatat sebagai held: tulis status: announced (atau planned).',
      en: 'Write period with start (and end) from a source that reports the course. If no source gives its dates, the cohort cannot be recorded as held yet: write status: announced (or planned).',
    },
  },
  'duplicate-group': {
    message: {
      id: 'Kelompok peserta yang sama ditulis dua kali.',
      en: 'The same participant group is listed twice.',
    },
    fix: {
      id: 'Gabungkan menjadi satu baris per kelompok.',
      en: 'Merge them into one line per group.',
    },
  },
  'group-body-missing': {
    message: {
      id: 'Kelompok peserta ini tidak menyebut lembaga asal pesertanya (body), jadi tidak diketahui apakah mereka dihitung dalam total.',
      en: 'This participant group does not say which body its people belong to (body), so whether they count in the totals is unknown.',
    },
    fix: {
      id: 'Tambahkan "body: own" bila pesertanya pegawai pemerintah yang dicatat situs (content/site.yaml, government), atau body: dengan id: dan en: berisi nama lembaganya bila dari lembaga lain (mis. pemerintah provinsi, BUMD, universitas).',
      en: 'Add "body: own" when its people are staff of the government the site follows (content/site.yaml, government), or body: with id: and en: naming their body when they belong to another (a provincial government, a city-owned company, a university).',
    },
  },
  'group-body': {
    message: {
      id: 'body harus berupa own atau nama lembaga dalam id dan en.',
      en: 'body must be own or the name of a body in id and en.',
    },
    fix: {
      id: 'Tulis "body: own" untuk pegawai pemerintah yang dicatat situs; untuk lembaga lain tulis body: lalu di bawahnya id: <nama lembaga> dan en: <name of the body>.',
      en: 'Write "body: own" for staff of the government the site follows; for another body write body: with id: <nama lembaga> and en: <name of the body> below it.',
    },
  },
};
