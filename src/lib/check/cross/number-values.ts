/**
 * Whether a quote states a number fact as what it measures (a head-count,
 * a number of cohorts, a length in years, a calendar year), and, when it
 * does not, what the same number in the quote is instead, for the message.
 */
import type { LoadedContent } from '../../content/load.ts';
import type { DateMention } from '../../text/indonesian/dates.ts';
import {
  countedPhrase,
  findGovernments,
  sameGovernment,
  type Government,
} from '../../text/indonesian/governments.ts';
import {
  readNumbers,
  readsAs,
  type Measure,
  type NumberReading,
} from '../../text/indonesian/quantities.ts';
import { findSince } from '../../text/indonesian/since.ts';
import type { FactCheck } from '../facts.ts';
import type { Bilingual } from '../problem.ts';

type NumberCheck = Extract<FactCheck, { kind: 'number' }>;

/**
 * How the check reads a number fact against a quote: stated; there, but
 * counting the staff of `other` rather than of the group (its label in
 * `group`); there as something else (`reading`: for a length in years, a
 * length of another number of years, such as "dua dekade" for 2); or not
 * there at all, when a length in years may be a start instead (`since`:
 * "sejak 2016").
 */
export type NumberVerdict =
  | { stated: true }
  | { stated: false; reading: NumberReading; other: Government; group: string }
  | { stated: false; reading?: NumberReading; other?: undefined; since?: DateMention };

/**
 * The government whose staff a participant group is, named in its label
 * ("ASN Pemkot Contoh" → the city of Contoh). The vocabulary's `terms` only say
 * what the staff are called ("ASN"), which every government's staff share, so
 * the label is the one place that binds a group to a government; a group
 * whose label names none (a company's managers) is bound to none.
 */
function groupGovernment(
  group: string | undefined,
  content: LoadedContent,
): Government | undefined {
  if (group === undefined) return undefined;
  return findGovernments(content.vocabularies['participant-groups'].get(group)?.label.id ?? '')[0];
}

/**
 * A head-count of a group bound to a government must not count another
 * government's staff: the first government named in the counted noun phrase
 * ("25 ASN Pemprov Contoh", "25 orang ASN Kemnaker") must be the group's own.
 * A phrase that names no government ("mengirim 25 ASN") is the group's.
 */
function otherGovernment(
  quote: string,
  r: NumberReading,
  own: Government | undefined,
): Government | undefined {
  if (own === undefined) return undefined;
  const named = findGovernments(countedPhrase(quote, r.index + r.text.length))[0];
  return named === undefined || sameGovernment(named, own) ? undefined : named;
}

/** Whether the quote states the number as what it measures, or else what the number in it is. */
export function readNumberFact(
  check: NumberCheck,
  quote: string,
  content: LoadedContent,
): NumberVerdict {
  const own = groupGovernment(check.group, content);
  const readings = readNumbers(quote);
  let other: { reading: NumberReading; government: Government } | undefined;
  for (const r of readings.filter((x) => readsAs(x, check.value, check.measure))) {
    const government = otherGovernment(quote, r, own);
    if (government === undefined) return { stated: true };
    other ??= { reading: r, government };
  }
  if (other) {
    const group = check.group ?? '';
    const label = content.vocabularies['participant-groups'].get(group)?.label.id ?? group;
    return { stated: false, reading: other.reading, other: other.government, group: label };
  }
  if (check.measure === 'years') {
    const length = readings.find((r) => r.role === 'duration' && r.years !== undefined);
    if (length) return { stated: false, reading: length };
    const since = findSince(quote)[0];
    if (since) return { stated: false, since };
  }
  const reading = readings.find((r) => r.value === check.value);
  return reading ? { stated: false, reading } : { stated: false };
}

/** A duration as written, with its unit: "dua dekade", "10 tahun". */
function durationText(r: NumberReading): string {
  const unit = r.unit ?? '';
  return r.text.endsWith(unit) ? r.text : `${r.text} ${unit}`;
}

/** The message and fix for a length in years that the quote gives as another length, or as a start. */
function yearsMisread(
  n: number,
  verdict: Extract<NumberVerdict, { stated: false; other?: undefined }>,
  path: string,
): { message: Bilingual; fix: Bilingual } | undefined {
  const r = verdict.reading;
  if (r?.role === 'duration' && r.years !== undefined) {
    const written = durationText(r);
    const inYears =
      r.value === r.years
        ? { id: '', en: '' }
        : { id: `, yaitu ${r.years} tahun`, en: `, which is ${r.years} years` };
    return {
      message: {
        id: `Kutipan menyebut lama "${written}"${inYears.id}, bukan ${n} tahun, untuk kolom ${path}.`,
        en: `The quote gives the length "${written}"${inYears.en}, not ${n} ${n === 1 ? 'year' : 'years'}, for field ${path}.`,
      },
      fix: {
        id: `Tulis ${path}: ${r.years} bila itu yang dimaksud, pilih kutipan yang menyebut ${n} tahun, atau hapus "${path}" dari supports kutipan ini.`,
        en: `Write ${path}: ${r.years} if that is what is meant, choose a passage that gives ${n} years, or remove "${path}" from this citation's supports.`,
      },
    };
  }
  const since = verdict.since;
  if (since === undefined || path !== 'scope.window_years') return undefined;
  const start = since.start.slice(0, 4);
  return {
    message: {
      id: `Kutipan tidak menyebut lama dalam tahun; ia menghitung sejak ${start} ("${since.text}").`,
      en: `The quote gives no length in years; it counts from a start ("${since.text}", since ${start}).`,
    },
    fix: {
      id: `Pakai scope.since: ${start} sebagai ganti scope.window_years, dan tulis "scope.since" di supports kutipan ini.`,
      en: `Use scope.since: ${start} instead of scope.window_years, and write "scope.since" in this citation's supports.`,
    },
  };
}

const MEASURE_NAMES: Record<Measure, Bilingual> = {
  people: { id: 'jumlah orang', en: 'a number of people' },
  cohorts: { id: 'jumlah angkatan', en: 'a number of cohorts' },
  years: { id: 'lama dalam tahun', en: 'a length in years' },
  year: { id: 'tahun', en: 'a year' },
};

const MEASURE_EXAMPLES: Record<Measure, string> = {
  people: '"25 orang", "25 ASN", "sebanyak 25 peserta"',
  cohorts: '"6 angkatan", "enam angkatan", "angkatan ke-6"',
  years: '"10 tahun", "satu dasawarsa"',
  year: '"tahun 2016", "sejak 2016"',
};

/** What a number in a quote is, in words: "a year", "a duration (10 tahun)". */
export function describeReading(r: NumberReading): Bilingual {
  const unit = r.unit ?? '';
  switch (r.role) {
    case 'people':
      return MEASURE_NAMES.people;
    case 'cohorts':
      return MEASURE_NAMES.cohorts;
    case 'duration': {
      const written = durationText(r);
      return { id: `lama waktu ("${written}")`, en: `a duration ("${written}")` };
    }
    case 'year':
      return { id: 'tahun', en: 'a year' };
    case 'date':
      return { id: 'bagian dari tanggal', en: 'part of a date' };
    case 'time':
      return { id: 'jam', en: 'a time of day' };
    case 'ordinal':
      return { id: `bilangan urutan ("${r.text}")`, en: `an ordinal ("${r.text}")` };
    case 'money':
      return { id: 'jumlah uang', en: 'an amount of money' };
    case 'percent':
      return { id: 'persentase', en: 'a percentage' };
    case 'part':
      return {
        id: `bagian dari bilangan yang lebih besar ("${r.text}")`,
        en: `part of a larger number ("${r.text}")`,
      };
    case 'thing':
      return { id: `jumlah "${unit}"`, en: `a count of "${unit}"` };
    case 'bare':
      return { id: 'angka tanpa satuan', en: 'a number without a unit' };
  }
}

/** The message and fix for a number fact the quote does not state as what it measures, when the number is there as something else. */
export function numberMisread(
  check: NumberCheck,
  verdict: NumberVerdict,
  path: string,
): { message: Bilingual; fix: Bilingual } | undefined {
  if (verdict.stated) return undefined;
  const n = check.value;
  if (check.measure === 'years' && verdict.other === undefined) {
    const years = yearsMisread(n, verdict, path);
    if (years) return years;
  }
  if (verdict.reading === undefined) return undefined;
  const fixEnd = {
    id: `perbaiki nilai ${path}, atau hapus "${path}" dari supports kutipan ini.`,
    en: `correct ${path}, or remove "${path}" from this citation's supports.`,
  };
  if (verdict.other) {
    const own = verdict.group;
    return {
      message: {
        id: `Angka ${n} dalam kutipan menghitung staf ${verdict.other.text}, bukan ${own}, untuk kolom ${path}.`,
        en: `The number ${n} in the quote counts staff of ${verdict.other.text}, not ${own}, for field ${path}.`,
      },
      fix: {
        id: `Pilih kutipan yang menyebut jumlah ${own}, catat angka itu pada kelompok peserta yang sesuai, atau hapus "${path}" dari supports kutipan ini.`,
        en: `Choose a passage that gives the number of ${own}, record the number under the participant group it counts, or remove "${path}" from this citation's supports.`,
      },
    };
  }
  const is = describeReading(verdict.reading);
  const want = MEASURE_NAMES[check.measure];
  const examples = MEASURE_EXAMPLES[check.measure];
  return {
    message: {
      id: `Angka ${n} dalam kutipan adalah ${is.id}, bukan ${want.id}, untuk kolom ${path}.`,
      en: `The number ${n} in the quote is ${is.en}, not ${want.en}, for field ${path}.`,
    },
    fix: {
      id: `Pilih kutipan yang menyebut ${want.id} (mis. ${examples}), ${fixEnd.id}`,
      en: `Choose a passage that states ${want.en} (e.g. ${examples}), ${fixEnd.en}`,
    },
  };
}
