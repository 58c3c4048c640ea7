/**
 * A claim's scope as its quotes write it, beyond the words the source check
 * finds: "abroad" must limit the count ("dikirim ke luar negeri"), not only
 * stand in "di dalam maupun luar negeri" or a ministry's name, and must be
 * countable (every place a cohort is held at names its country, and no place
 * is keyed `abroad`); a start date must be written as one ("sejak 2016"),
 * not as a year the count only mentions ("pada 2016").
 */
import { ABROAD, type Claim } from '../../../schemas/claim.ts';
import type { Entry, LoadedContent } from '../../content/load.ts';
import { ABROAD_WORDS, mentionsAbroad } from '../../text/indonesian/abroad.ts';
import { findDates } from '../../text/indonesian/dates.ts';
import { statesSince } from '../../text/indonesian/since.ts';
import { containsTerm } from '../../text/normalize.ts';
import { problemAt, type Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { claimQuotes } from './claim-quotes.ts';

const PLACES_FILE = 'content/vocabularies/places.yaml';

/** Quotes tagged `scope.place` that name "luar negeri" only where it limits nothing. */
function abroadInName(c: Entry<Claim>, articles: ArticleIndex): Problem[] {
  return claimQuotes(c, articles, ['scope.place']).flatMap((q) => {
    const word = ABROAD_WORDS.find((w) => containsTerm(q.quote, w));
    if (word === undefined || mentionsAbroad(q.quote)) return [];
    return [
      problemAt(
        c,
        ['sources', q.index, 'supports', q.supports.indexOf('scope.place')],
        'abroad-not-a-limit',
        {
          id: `Kutipan menyebut "${word}" hanya sebagai nama (Kementerian Luar Negeri) atau dalam "di dalam maupun luar negeri"; itu tidak membatasi hitungan pada luar negeri.`,
          en: `The quote names "${word}" only in a name (the foreign ministry) or in "at home and abroad"; that does not limit the count to places abroad.`,
        },
        {
          id: 'Pilih kutipan yang menyebut pengiriman ke luar negeri, atau hapus scope.place bila pernyataan tidak membatasi tempat.',
          en: 'Choose a passage that says the people were sent abroad, or remove scope.place if the statement sets no place.',
        },
      ),
    ];
  });
}

/** Places a claim scoped abroad cannot place: no country, or a term keyed `abroad` itself. */
function abroadUncountable(c: Entry<Claim>, content: LoadedContent): Problem[] {
  const places = content.vocabularies.places;
  const problems: Problem[] = [];
  if (places.has(ABROAD))
    problems.push(
      problemAt(
        c,
        ['scope', 'place'],
        'place-key-reserved',
        {
          id: `Kunci tempat "${ABROAD}" di ${PLACES_FILE} bentrok dengan scope.place: ${ABROAD} (semua tempat di luar negeri).`,
          en: `The place key "${ABROAD}" in ${PLACES_FILE} clashes with scope.place: ${ABROAD} (every place abroad).`,
        },
        {
          id: `Ganti kunci tempat itu di ${PLACES_FILE} (dan di angkatan yang memakainya).`,
          en: `Rename that place key in ${PLACES_FILE} (and in the cohorts that use it).`,
        },
      ),
    );
  const used = new Set(content.cohorts.map((x) => x.data.place));
  for (const key of [...used].sort()) {
    const term = places.get(key);
    if (!term || term.country !== undefined) continue;
    problems.push(
      problemAt(
        c,
        ['scope', 'place'],
        'place-country-missing',
        {
          id: `Tempat "${key}" di ${PLACES_FILE} tidak menyebut negaranya (country), jadi tidak diketahui apakah di luar negeri; angkatan di sana tidak dihitung untuk klaim ini.`,
          en: `Place "${key}" in ${PLACES_FILE} names no country, so whether it is abroad is unknown; its cohorts are not counted for this claim.`,
        },
        {
          id: `Tambahkan country: <kode ISO dua huruf, mis. SG> pada "${key}" di ${PLACES_FILE}.`,
          en: `Add country: <two-letter ISO code, e.g. SG> to "${key}" in ${PLACES_FILE}.`,
        },
      ),
    );
  }
  return problems;
}

/** Quotes tagged `scope.since` that name the date but not as the start of the count. */
function sinceNotAStart(c: Entry<Claim>, articles: ArticleIndex): Problem[] {
  const since = c.data.scope.since;
  if (since === undefined) return [];
  return claimQuotes(c, articles, ['scope.since']).flatMap((q) => {
    const named = findDates(q.quote, q.ctx).some((m) => m.start.startsWith(since));
    if (!named || statesSince(q.quote, since, q.ctx)) return [];
    return [
      problemAt(
        c,
        ['scope', 'since'],
        'since-not-a-start',
        {
          id: `Kutipan di sources[${q.index}] menyebut ${since}, tetapi bukan sebagai awal periode yang dihitung (mis. "sejak ${since}").`,
          en: `The quote in sources[${q.index}] names ${since}, but not as the start of the counted period (e.g. "sejak ${since}", since ${since}).`,
        },
        {
          id: 'Pilih kutipan yang menulis awal periode ("sejak …", "mulai …"); bila pernyataan hanya menghitung satu tahun, pakai scope.year, bukan scope.since.',
          en: 'Choose a passage that writes the start of the period ("sejak …", "mulai …"); if the statement counts a single year, use scope.year, not scope.since.',
        },
      ),
    ];
  });
}

/** Every problem of the claim's scope as its quotes write it. */
export function checkScopeWording(
  c: Entry<Claim>,
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  const abroad = c.data.scope.place === ABROAD;
  return [
    ...(abroad ? abroadInName(c, articles) : []),
    ...(abroad ? abroadUncountable(c, content) : []),
    ...sinceNotAStart(c, articles),
  ];
}
