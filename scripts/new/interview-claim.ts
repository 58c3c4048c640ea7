/**
 * The interview's questions about a claim: an aggregate figure the article
 * states ("lebih dari 350 ASN sejak 2016"), what it counts, the word before
 * the number, its scope (programme, place — either may be new — a window or
 * a start), who says it, our statement of it, then a quote for each value.
 * `prev` holds the answers of an earlier round, offered as defaults.
 */
import { qualifierLabels } from '../../src/i18n/labels.ts';
import { ABROAD, claimMetrics, claimQualifiers } from '../../src/schemas/claim.ts';
import { claimFacts } from '../../src/lib/check/facts.ts';
import { isDated } from '../../src/lib/dates/publication.ts';
import { publicationLabel } from '../../src/lib/site/publication.ts';
import type { ArticleSource } from './article-source.ts';
import { askChoice, askDate, askText, type Option } from './ask.ts';
import { citeQuotes } from './citations.ts';
import { envOf, type Interview } from './interview-context.ts';
import { chooseQuotesPerFact } from './interview-quotes.ts';
import { askTerm } from './interview-terms.ts';
import { dropUnquoted } from './interview-unquoted.ts';
import type { Answers } from './options.ts';
import { draftClaim } from './plan-claim.ts';
import { citationInput } from './plan-cohort.ts';
import { emptyPlan } from './plan.ts';
import { readWindow } from './scope-answers.ts';
import { checkInt, checkText } from './validate.ts';

const METRIC_OPTIONS: Option[] = claimMetrics.map((m) => ({
  value: m,
  label: {
    participants: 'participants — jumlah peserta ("150 ASN")',
    cohorts: 'cohorts — jumlah angkatan ("6 angkatan")',
    'participants-per-year': 'participants-per-year — peserta per tahun ("50 orang per tahun")',
    'cohorts-in-year': 'cohorts-in-year — angkatan dalam satu tahun ("kali kedua pada 2023")',
    'partnership-years': 'partnership-years — lama kemitraan ("10 tahun")',
    'programme-start-year': 'programme-start-year — tahun mulai program ("sejak 2016")',
  }[m],
}));

const QUALIFIER_OPTIONS: Option[] = claimQualifiers.map((q) => ({
  value: q,
  label: `${q} — ${qualifierLabels[q].id}`,
}));

const NONE: Option = { value: '-', label: '- (tidak dibatasi / not limited)' };
/** Every place outside the site's country: "dikirim ke luar negeri", "mancanegara". */
const ABROAD_OPTION: Option = {
  value: ABROAD,
  label: `${ABROAD} — luar negeri: setiap tempat di luar negeri ("dikirim ke luar negeri")`,
};
const text = (label: string) => (a: string) => checkText(a, label);

/** A scope term (programme or place; a place may be `abroad`), "-" for none; "" when none. */
async function scopeTerm(
  it: Interview,
  question: string,
  vocabulary: 'programmes' | 'places',
  given: string | undefined,
  prev: string | undefined,
): Promise<string> {
  const chosen = await askTerm(it, question, vocabulary, {
    given,
    fallback: prev || '-',
    extra: vocabulary === 'places' ? [ABROAD_OPTION, NONE] : [NONE],
  });
  return chosen === undefined || chosen === '-' ? '' : chosen;
}

/** The window in years ("dua dekade" → "20"), said back as read; "" when none. */
async function askWindow(
  io: Interview['io'],
  given: string | undefined,
  fallback: string | undefined,
): Promise<string> {
  const answer = await askText(
    io,
    '"… tahun terakhir": berapa tahun? mis. 5 atau "dua dekade" (Enter = tidak disebut)',
    { given, check: readWindow, fallback },
  );
  if (answer === undefined) return '';
  const r = readWindow(answer);
  if (!r.ok) return '';
  if (given === undefined && answer !== fallback) io.say(`  Dibaca sebagai: ${r.value.shown}`);
  return String(r.value.years);
}

/** Questions for one claim; fills `a` in place. */
export async function askClaim(
  it: Interview,
  a: Answers,
  article: ArticleSource | undefined,
  prev: Answers = {},
): Promise<void> {
  const { io } = it;
  io.say(
    `\n— Klaim (claim)${article ? `, dibuat pada ${publicationLabel(article.publication, 'id')}` : ''} —`,
  );
  a['claim-metric'] = await askChoice(io, 'Yang dihitung:', METRIC_OPTIONS, {
    given: a['claim-metric'],
    fallback: prev['claim-metric'],
  });
  a['claim-value'] = await askText(io, 'Angkanya', {
    given: a['claim-value'],
    required: true,
    check: (x) => checkInt(x, 0, 1_000_000, 'Angka'),
    fallback: prev['claim-value'],
  });
  a['claim-qualifier'] = await askChoice(io, 'Kata di depan angka:', QUALIFIER_OPTIONS, {
    given: a['claim-qualifier'],
    fallback: prev['claim-qualifier'] ?? 'exact',
  });
  a['claim-programme'] = await scopeTerm(
    it,
    'Program yang dicakup:',
    'programmes',
    a['claim-programme'],
    prev['claim-programme'],
  );
  a['claim-place'] = await scopeTerm(
    it,
    'Tempat yang dicakup:',
    'places',
    a['claim-place'],
    prev['claim-place'],
  );
  a['claim-window'] = await askWindow(io, a['claim-window'], prev['claim-window']);
  const since = await askDate(
    io,
    '"Sejak …": tahun atau tanggal, mis. 2016 atau "sejak Maret 2024" (Enter = tidak disebut)',
    { given: a['claim-since'], fallback: prev['claim-since'], since: true },
  );
  a['claim-since'] = since?.start ?? '';
  if (article && !isDated(article.publication)) {
    const made = await askDate(
      io,
      'Tanggal pernyataan dibuat (tanggal terbit artikel tidak diketahui; sejauh diketahui, mis. Juni 2024)',
      { given: a['claim-made-on'], required: true, fallback: prev['claim-made-on'] },
    );
    a['claim-made-on'] = made?.start ?? '';
  }
  a['claim-speaker'] =
    (await askText(io, 'Yang menyatakan, bila kutipan langsung seseorang (Enter = suara artikel)', {
      given: a['claim-speaker'],
      check: text('Yang menyatakan'),
      fallback: prev['claim-speaker'],
    })) ?? '';
  a['claim-statement-id'] =
    (await askText(io, 'Pernyataan dengan kata-kata kita, bahasa Indonesia (Enter = isi nanti)', {
      given: a['claim-statement-id'],
      check: text('Pernyataan'),
      fallback: prev['claim-statement-id'],
    })) ?? '';
  a['claim-statement-en'] =
    (await askText(io, 'Pernyataan, bahasa Inggris (Enter = isi nanti)', {
      given: a['claim-statement-en'],
      check: text('Statement'),
      fallback: prev['claim-statement-en'],
    })) ?? '';
  const draft = article ? draftClaim(a, envOf(it), emptyPlan(), article) : undefined;
  if (!article || !draft || a['auto-quotes']) return;
  io.say('\n— Kutipan (quotes): pilih kalimat yang menyebut angka dan cakupannya —');
  const input = citationInput(article, claimFacts({ ...draft, sources: [] }), envOf(it).content);
  const kept = citeQuotes(prev['claim-quote'] ?? [], input).citations.map((c) => c.quote);
  a['claim-quote'] ??= kept;
  await chooseQuotesPerFact(io, a['claim-quote'], input);
  await dropUnquoted(io, a, input, a['claim-quote']);
}
