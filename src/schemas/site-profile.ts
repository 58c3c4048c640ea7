import { z } from 'astro/zod';
import { doc, localized, plainText, slug, webAddress } from './common.ts';
import { editingSchema } from './editing.ts';

/**
 * The address the site is published at: an origin (scheme and host), with
 * no path, query or fragment, because every page address is built on it.
 */
const siteOrigin = webAddress.refine(
  (v) => URL.canParse(v) && `${new URL(v).origin}/` === new URL(v).href && !v.endsWith('/'),
  { message: 'site-origin' },
);

/** The government whose civil servants the site follows. */
const governmentSchema = z.strictObject({
  /** Full name, e.g. "Pemerintah Kota Contoh". */
  name: doc(
    localized,
    'Nama lengkap pemerintah, mis. Pemerintah Kota … (seperti ditulis dalam kalimat).',
    'Full name of the government, e.g. Pemerintah Kota … (as sentences write it).',
  ),
  /** Short name, e.g. "Pemkot Contoh". */
  short: doc(
    localized,
    'Nama singkat pemerintah, mis. Pemkot ….',
    'Short name of the government, e.g. Pemkot ….',
  ),
});

/** The city (or regency) the government serves. */
const citySchema = z.strictObject({
  /** Name as the site writes it, e.g. "Kota Contoh". */
  name: doc(
    localized,
    'Nama kota seperti ditulis situs, mis. Kota ….',
    'Name of the city as the site writes it, e.g. Kota ….',
  ),
  /** Locality of its postal address (structured data). */
  locality: doc(
    plainText,
    'Nama kota dalam alamat pos (data terstruktur).',
    'Locality of its postal address (structured data).',
  ),
  /** Province of its postal address (structured data). */
  region: doc(
    plainText,
    'Provinsi dalam alamat pos (data terstruktur).',
    'Province of its postal address (structured data).',
  ),
  /** Country as an ISO 3166-1 code of two capital letters, e.g. ID. */
  country: doc(
    z.string().regex(/^[A-Z]{2}$/, { message: 'country-code' }),
    'Kode negara ISO 3166-1 dua huruf kapital, mis. ID.',
    'Country as an ISO 3166-1 code of two capital letters, e.g. ID.',
  ),
});

/** The programme the site follows. */
const programmeSchema = z.strictObject({
  /** Its key in content/vocabularies/programmes.yaml. */
  key: doc(
    slug,
    'Kuncinya di content/vocabularies/programmes.yaml; juga program bawaan angkatan baru.',
    'Its key in content/vocabularies/programmes.yaml; also the default programme of a new cohort.',
  ),
  /** Its name as sentences write it, without abbreviation. */
  name: doc(
    localized,
    'Nama program dalam kalimat, tanpa singkatan.',
    'Name of the programme in sentences, without its abbreviation.',
  ),
  /** Its abbreviation, e.g. "SCP". */
  short: doc(plainText, 'Singkatan program, mis. SCP.', 'Abbreviation of the programme, e.g. SCP.'),
});

/** Where the trainings take place. */
const destinationSchema = z.strictObject({
  /** Its key in content/vocabularies/places.yaml. */
  key: doc(
    slug,
    'Kuncinya di content/vocabularies/places.yaml; juga tempat bawaan angkatan baru.',
    'Its key in content/vocabularies/places.yaml; also the default place of a new cohort.',
  ),
  /** Its name in sentences, e.g. "Singapura" / "Singapore". */
  name: doc(localized, 'Nama tempat dalam kalimat.', 'Name of the place in sentences.'),
});

/** Words from the site's own content that the interface quotes as examples. */
const examplesSchema = z.strictObject({
  /** Participant groups, for the description of the participants table. */
  participant_groups: doc(
    localized,
    'Contoh kelompok peserta, untuk keterangan tabel participants.',
    'Example participant groups, for the description of the participants table.',
  ),
  /** A context event, for the note on what the home page does not count. */
  context_event: doc(
    localized,
    'Contoh peristiwa konteks, untuk catatan "yang tidak dihitung" di beranda.',
    'An example context event, for the home page note on what is not counted.',
  ),
  /** Words of a cumulative claim, for the same note. */
  claim: doc(
    localized,
    'Contoh kata-kata klaim kumulatif, untuk catatan yang sama.',
    'Example words of a cumulative claim, for the same note.',
  ),
  /** Search words, for the hint under the search box. */
  search: doc(
    localized,
    'Contoh kata pencarian, untuk petunjuk di bawah kotak pencarian.',
    'Example search words, for the hint under the search box.',
  ),
});

/**
 * The site profile (content/site.yaml): who the site follows and under what
 * name it is published. Every word of the interface that names the site, the
 * government, the city or the programme comes from here.
 */
export const siteProfileSchema = z.strictObject({
  /** Name of the site, in its header, titles, feeds and share images. */
  name: doc(
    plainText.max(60),
    'Nama situs, di kepala halaman, judul, umpan RSS dan gambar berbagi.',
    'Name of the site, in its header, titles, feeds and share images.',
  ),
  /** Canonical address of the published site: https:// and the domain, no path. */
  url: doc(
    siteOrigin,
    'Alamat kanonik situs yang terbit: https:// dan domainnya, tanpa path atau garis miring di akhir.',
    'Canonical address of the published site: https:// and its domain, with no path or trailing slash.',
  ),
  /** The site's languages: Indonesian first (at the root), English second (under /en/). */
  languages: doc(
    z.tuple([z.literal('id'), z.literal('en')]),
    'Bahasa situs: [id, en]. Bahasa Indonesia di akar situs, bahasa Inggris di bawah /en/; antarmuka ditulis dalam kedua bahasa ini.',
    'Languages of the site: [id, en]. Indonesian at the root, English under /en/; the interface is written in these two.',
  ),
  /** Who publishes the data set: its author in the data package and in the citation. */
  publisher: doc(
    plainText,
    'Penerbit data: pengarangnya di paket data dan di cara mengutip.',
    'Publisher of the data: its author in the data package and in the citation.',
  ),
  /** Title of the open data set. */
  dataset_title: doc(localized, 'Judul set data terbuka.', 'Title of the open data set.'),
  /** The government whose civil servants the site follows. */
  government: doc(
    governmentSchema,
    'Pemerintah yang ASN-nya dicatat situs.',
    'The government whose civil servants the site follows.',
  ),
  /** The city of that government. */
  city: doc(citySchema, 'Kota pemerintah itu.', 'The city of that government.'),
  /** Its key in participant-groups.yaml: the government's own civil servants. */
  staff_group: doc(
    slug,
    'Kunci kelompok ASN pemerintah itu sendiri di content/vocabularies/participant-groups.yaml.',
    "Key of the government's own civil servants in content/vocabularies/participant-groups.yaml.",
  ),
  /** The programme the site follows. */
  programme: doc(programmeSchema, 'Program yang dicatat situs.', 'The programme the site follows.'),
  /** Where the trainings the site follows take place. */
  destination: doc(
    destinationSchema,
    'Tempat pelatihan yang dicatat situs.',
    'Where the trainings the site follows take place.',
  ),
  /** Further keywords of the data set, after the city, ASN and the programme. */
  keywords: doc(
    z.array(plainText),
    'Kata kunci tambahan set data, setelah kota, ASN dan program.',
    'Further keywords of the data set, after the city, ASN and the programme.',
  ),
  /** Examples from the site's own content that the interface quotes. */
  examples: doc(
    examplesSchema,
    'Contoh dari konten situs sendiri yang dikutip antarmuka.',
    "Examples from the site's own content that the interface quotes.",
  ),
  /** The git host the browser editor saves to on the real site; absent: local editing only. */
  editing: doc(
    editingSchema.optional(),
    'Repositori git tempat penyunting peramban (/admin/) menyimpan; tanpa ini hanya penyuntingan lokal.',
    'The git repository the browser editor (/admin/) saves to; without it, local editing only.',
  ),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
