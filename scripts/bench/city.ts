/**
 * The fictional city of the synthetic corpus: its names as the stories write
 * them, the keys of its own vocabulary terms, and the site profile the
 * corpus carries (content/site.yaml). No real city, government or outlet is
 * named; the programme and destination are the real site's kind (SCP in
 * Singapore), so the corpus reads like the real sources.
 */
import type { SiteProfile } from '../../src/schemas/site-profile.ts';

/** How the stories name the city and its government. */
export const CITY = {
  /** "Kota …", as releases write it. */
  name: 'Kota Bandar Lembayung',
  /** The name alone, after "Wali Kota", "Balai Kota". */
  short: 'Bandar Lembayung',
  government: 'Pemerintah Kota Bandar Lembayung',
  governmentShort: 'Pemkot Bandar Lembayung',
  /** The city's river, in filler sentences. */
  river: 'Lembayung',
  /** The city-owned water utility, a second participant group. */
  utility: 'Perumdam Tirta Lembayung',
} as const;

/** Keys of the city's own vocabulary terms. */
export const KEYS = {
  staff: 'asn-kota-bandar-lembayung',
  utility: 'perumdam-tirta-lembayung',
  place: 'bandar-lembayung',
  pressOffice: 'diskominfo-kota-bandar-lembayung',
  localNews: 'lembayung-update',
} as const;

/** The site profile of the synthetic corpus. */
export const BENCH_PROFILE: SiteProfile = {
  name: 'Jejak Lembayung',
  url: 'https://jejak.bandar-lembayung.example',
  languages: ['id', 'en'],
  publisher: 'Jejak Lembayung',
  dataset_title: {
    id: `Jejak Lembayung: angkatan ASN ${CITY.name} di Singapore Cooperation Programme`,
    en: `Jejak Lembayung: ${CITY.name} civil-servant cohorts at the Singapore Cooperation Programme`,
  },
  government: {
    name: { id: CITY.government, en: `${CITY.short} city government` },
    short: { id: CITY.governmentShort, en: `${CITY.short} city government` },
  },
  city: {
    name: { id: CITY.name, en: CITY.name },
    locality: CITY.short,
    region: 'Provinsi Lembayung',
    country: 'ID',
  },
  staff_group: KEYS.staff,
  programme: {
    key: 'scp',
    name: { id: 'Singapore Cooperation Programme', en: 'Singapore Cooperation Programme' },
    short: 'SCP',
  },
  destination: { key: 'singapore', name: { id: 'Singapura', en: 'Singapore' } },
  keywords: ['Temasek Foundation'],
  examples: {
    participant_groups: {
      id: `ASN ${CITY.governmentShort}, manajemen ${CITY.utility}`,
      en: `${CITY.name} civil servants, managers of the city water utility`,
    },
    context_event: { id: 'penghargaan Adipura', en: 'the Adipura award' },
    claim: { id: 'lebih dari 300 orang', en: 'more than 300 people' },
    search: { id: 'Water Management, pelayanan publik, 2019', en: 'Water Management, 2019' },
  },
};
