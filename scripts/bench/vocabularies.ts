/**
 * Controlled vocabularies of the synthetic corpus: the real site's kinds of
 * terms (its programmes and themes, and the fictional city's own outlets,
 * place and participant groups) plus more training themes, with the weights
 * the generator draws them by.
 */
import type { Term } from '../../src/schemas/vocabulary.ts';
import { CITY, KEYS } from './city.ts';

export interface WeightedTerm extends Term {
  key: string;
  /** Relative frequency in generated records. */
  weight: number;
}

const term = (
  key: string,
  weight: number,
  id: string,
  en: string,
  terms: string[],
  website?: string,
): WeightedTerm => ({ key, weight, label: { id, en }, terms, ...(website ? { website } : {}) });

export const THEMES: readonly WeightedTerm[] = [
  term('public-service', 10, 'Pelayanan Publik', 'Public Service', [
    'Public Service',
    'Pelayanan Publik',
  ]),
  term(
    'smart-city-cybersecurity',
    6,
    'Kota Cerdas dan Keamanan Siber',
    'Smart City and Cybersecurity',
    ['Smart City and Cybersecurity', 'Smart City'],
  ),
  term('water-management', 5, 'Pengelolaan Air', 'Water Management', [
    'Water Management',
    'air bersih',
  ]),
  term('digital-transformation', 6, 'Transformasi Digital', 'Digital Transformation', [
    'Digital Transformation',
    'transformasi digital',
  ]),
  term('urban-planning', 5, 'Perencanaan Kota', 'Urban Planning', [
    'Urban Planning',
    'perencanaan kota',
  ]),
  term('waste-management', 4, 'Pengelolaan Sampah', 'Waste Management', [
    'Waste Management',
    'pengelolaan sampah',
  ]),
  term('public-health', 3, 'Kesehatan Masyarakat', 'Public Health', [
    'Public Health',
    'kesehatan masyarakat',
  ]),
  term('leadership', 5, 'Kepemimpinan', 'Leadership', ['Leadership', 'kepemimpinan']),
  term('land-transport', 3, 'Transportasi Darat', 'Land Transport', [
    'Land Transport',
    'transportasi darat',
  ]),
  term('disaster-management', 2, 'Penanggulangan Bencana', 'Disaster Management', [
    'Disaster Management',
    'penanggulangan bencana',
  ]),
  term('tourism', 2, 'Pengembangan Pariwisata', 'Tourism Development', [
    'Tourism Development',
    'pariwisata',
  ]),
  term('public-finance', 3, 'Keuangan Daerah', 'Public Finance', [
    'Public Finance',
    'keuangan daerah',
  ]),
  term('green-city', 2, 'Kota Hijau', 'Green City', ['Green City', 'kota hijau']),
  term('education', 3, 'Pendidikan', 'Education Leadership', [
    'Education Leadership',
    'pendidikan',
  ]),
];

export const PROGRAMMES: readonly WeightedTerm[] = [
  term('scp', 8, 'Singapore Cooperation Programme (SCP)', 'Singapore Cooperation Programme (SCP)', [
    'Singapore Cooperation Programme',
    'SCP',
  ]),
  term('temasek-foundation', 2, 'Temasek Foundation', 'Temasek Foundation', ['Temasek Foundation']),
];

export const PLACES: readonly WeightedTerm[] = [
  term('singapore', 9, 'Singapura', 'Singapore', ['Singapura', 'Singapore']),
  term(KEYS.place, 1, CITY.name, `${CITY.short} City`, [CITY.name]),
];

export const OUTLETS: readonly WeightedTerm[] = [
  term(
    KEYS.pressOffice,
    5,
    `Diskominfo ${CITY.name}`,
    `${CITY.name} Communication and Informatics Office (Diskominfo)`,
    [`Diskominfo ${CITY.name}`],
    'https://diskominfo.bandar-lembayung.example/',
  ),
  term(
    KEYS.localNews,
    3,
    'Lembayung Update',
    'Lembayung Update',
    ['Lembayung Update'],
    'https://www.lembayung-update.example/',
  ),
  term(
    'warta-bandar',
    3,
    'Warta Bandar',
    'Warta Bandar',
    ['Warta Bandar'],
    'https://wartabandar.example/',
  ),
  term('antara', 2, 'Antara', 'Antara', ['Antara'], 'https://m.antaranews.com/'),
  term(
    'asncpns',
    1,
    'asncpns.com (blog)',
    'asncpns.com (blog)',
    ['asncpns.com'],
    'https://asncpns.com/',
  ),
];

export const PARTICIPANT_GROUPS: readonly WeightedTerm[] = [
  {
    ...term(KEYS.staff, 1, `ASN ${CITY.governmentShort}`, `${CITY.name} civil servants (ASN)`, [
      'ASN',
      'Aparatur Sipil Negara',
    ]),
    body: 'own',
  },
  {
    ...term(
      KEYS.utility,
      0,
      `Manajemen ${CITY.utility}`,
      `Management of ${CITY.utility} (city water utility)`,
      [CITY.utility],
    ),
    body: {
      id: `${CITY.utility}, perusahaan daerah milik ${CITY.governmentShort}`,
      en: `${CITY.utility}, a company owned by the city`,
    },
  },
];

/** Vocabulary files by name (content/vocabularies/<name>.yaml). */
export const VOCABULARIES = {
  themes: THEMES,
  programmes: PROGRAMMES,
  places: PLACES,
  outlets: OUTLETS,
  'participant-groups': PARTICIPANT_GROUPS,
} as const;

/** The weighted keys of a vocabulary, for `Random.weighted`. */
export function weights(terms: readonly WeightedTerm[]): [string, number][] {
  return terms.filter((t) => t.weight > 0).map((t) => [t.key, t.weight]);
}

/** A term by key (throws on a key the tables do not have). */
export function termOf(terms: readonly WeightedTerm[], key: string): WeightedTerm {
  const found = terms.find((t) => t.key === key);
  if (!found) throw new RangeError(`no term ${key}`);
  return found;
}
