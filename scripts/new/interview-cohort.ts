/**
 * The interview's questions about a cohort the article reports: a new one
 * (programme, theme, course, dates, status, place, host, participant groups,
 * send-off — any vocabulary term may be new), then a quote for each of its
 * values; or a stored cohort to which the article adds a source. Dates are
 * typed as people write them and said back. `prev` holds the answers of an
 * earlier round (the review's "change"), offered as defaults.
 */
import { cohortFacts } from '../../src/lib/check/facts.ts';
import { periodLabel, termLabel } from '../../src/lib/site/format.ts';
import type { ArticleSource } from './article-source.ts';
import { askChoice, askDate, askText, askYesNo, type Option } from './ask.ts';
import { citeQuotes } from './citations.ts';
import { defaultStatus, draftCohort } from './draft-cohort.ts';
import { envOf, type Interview } from './interview-context.ts';
import { chooseQuotes, chooseQuotesPerFact } from './interview-quotes.ts';
import { askTerm } from './interview-terms.ts';
import { dropUnquoted } from './interview-unquoted.ts';
import type { Answers } from './options.ts';
import { citationInput } from './plan-cohort.ts';
import { termsFromFlags, withTerms } from './plan-terms.ts';
import { emptyPlan } from './plan.ts';
import { siteDefaults } from './site-defaults.ts';
import { checkCount, checkText } from './validate.ts';

const STATUS_OPTIONS: Option[] = [
  {
    value: 'held',
    label: 'held — sudah berlangsung (siaran pers melaporkan pelatihan telah dilaksanakan)',
  },
  {
    value: 'planned',
    label: 'planned — dijadwalkan (tanggal sudah ada, belum terbukti berlangsung)',
  },
  { value: 'announced', label: 'announced — baru diumumkan (mis. "bulan Juli mendatang")' },
];

const text = (label: string) => (a: string) => checkText(a, label);

/** An optional text answer: the flag's value, else the question; Enter leaves it empty. */
async function askOptional(
  it: Interview,
  a: Answers,
  prev: Answers,
  key: 'course-name' | 'host' | 'sendoff-place' | 'sendoff-by',
  q: { question: string; label: string },
): Promise<void> {
  a[key] =
    (await askText(it.io, q.question, {
      given: a[key],
      check: text(q.label),
      fallback: prev[key],
    })) ?? '';
}

/**
 * The training's dates: a start (or a whole range at once) and an end; or
 * "tidak tahu" when the release gives none (the send-off, asked later,
 * then places the cohort).
 */
async function askPeriod(
  it: Interview,
  a: Answers,
  prev: Answers,
  article: ArticleSource | undefined,
): Promise<void> {
  const ctx = article?.ctx;
  const start = await askDate(
    it.io,
    'Tanggal mulai pelatihan, atau rentangnya (mis. 10 Juni 2024, "10 hingga 14 Juni 2024", Juni 2024)',
    {
      given: a.start,
      required: true,
      fallback: prev.start,
      range: true,
      unknown: true,
      ...(ctx ? { ctx } : {}),
    },
  );
  a.start = start?.start;
  if (a.start === 'unknown') {
    it.io.say(
      '  Tanpa tanggal pelatihan, angkatan ini hanya dapat berstatus planned atau announced; bulan pelepasan (bila disebut) ditanyakan nanti.',
    );
    a.end = '';
    return;
  }
  if (start?.end) {
    a.end = start.end;
    return;
  }
  if (a.end !== undefined) return;
  const end = await askDate(it.io, 'Tanggal selesai (Enter = tidak disebut)', {
    fallback: prev.end,
    ...(ctx ? { ctx } : {}),
  });
  a.end = end?.start ?? '';
}

/** Participant groups besides the government's own staff, each with its count. */
async function askGroups(it: Interview, a: Answers, prev: Answers): Promise<void> {
  if (a.group !== undefined) return;
  const { staffGroup } = siteDefaults(it.env.content.profile?.data);
  a.group = [];
  const before = prev.group ?? [];
  while (
    await askYesNo(
      it.io,
      'Ada kelompok peserta lain (mis. manajemen BUMD, ASN pemerintah lain, dosen)?',
      before.length > a.group.length,
    )
  ) {
    const [prevKey, prevCount] = (before[a.group.length] ?? '').split(':');
    const group = await askTerm(it, 'Kelompok:', 'participant-groups', {
      exclude: staffGroup ? [staffGroup] : [],
      fallback: prevKey || undefined,
    });
    if (!group) break;
    const count = await askText(it.io, `Jumlah ${group} (angka; Enter = tidak disebut)`, {
      check: (x) => checkCount(x, 'Jumlah'),
      fallback: prevCount || 'unknown',
    });
    a.group.push(`${group}:${count ?? 'unknown'}`);
  }
}

/** Questions for a new cohort; fills `a` in place. */
async function newCohort(
  it: Interview,
  a: Answers,
  prev: Answers,
  article: ArticleSource | undefined,
): Promise<void> {
  const { io } = it;
  io.say('\n— Angkatan baru (new cohort) —');
  const defaults = siteDefaults(it.env.content.profile?.data);
  a.programme = await askTerm(it, 'Program:', 'programmes', {
    given: a.programme,
    fallback: prev.programme ?? defaults.programme,
  });
  a.theme = await askTerm(it, 'Tema pelatihan:', 'themes', {
    given: a.theme,
    fallback: prev.theme,
  });
  await askOptional(it, a, prev, 'course-name', {
    question: 'Nama resmi pelatihan, bila berbeda dari tema (Enter = lewati)',
    label: 'Nama pelatihan',
  });
  await askPeriod(it, a, prev, article);
  const undated = a.start === 'unknown';
  const suggested = undated
    ? 'announced'
    : a.start && article
      ? defaultStatus(article.publication, a.start)
      : 'held';
  const options = undated ? STATUS_OPTIONS.filter((o) => o.value !== 'held') : STATUS_OPTIONS;
  a.status = await askChoice(io, 'Status:', options, {
    given: a.status,
    fallback: prev.status ?? suggested,
  });
  a.place = await askTerm(it, 'Tempat pelatihan:', 'places', {
    given: a.place,
    fallback: prev.place ?? defaults.place,
  });
  await askOptional(it, a, prev, 'host', {
    question: 'Lembaga penyelenggara, seperti ditulis siaran pers (Enter = tidak disebut)',
    label: 'Penyelenggara',
  });
  a.participants = await askText(
    io,
    `Jumlah ${defaults.staffName.id} (angka; Enter atau unknown = tidak disebut)`,
    {
      given: a.participants,
      check: (x) => checkCount(x, 'Jumlah ASN'),
      fallback: prev.participants ?? 'unknown',
    },
  );
  await askGroups(it, a, prev);
  const sendoff = await askDate(io, 'Tanggal pelepasan peserta (Enter = tidak disebut)', {
    given: a['sendoff-date'],
    fallback: prev['sendoff-date'],
    ...(article ? { ctx: article.ctx } : {}),
  });
  a['sendoff-date'] = sendoff?.start ?? '';
  if (sendoff) {
    await askOptional(it, a, prev, 'sendoff-place', {
      question: 'Tempat pelepasan (Enter = tidak disebut)',
      label: 'Tempat',
    });
    await askOptional(it, a, prev, 'sendoff-by', {
      question: 'Dilepas oleh (Enter = tidak disebut)',
      label: 'Pelepas',
    });
  }
  await quoteCohort(it, a, prev, article);
}

/** A quote for each value of the new cohort; values left without one may be dropped. */
async function quoteCohort(
  it: Interview,
  a: Answers,
  prev: Answers,
  article: ArticleSource | undefined,
): Promise<void> {
  const { io } = it;
  const scratch = emptyPlan();
  const flags = termsFromFlags(a, envOf(it), scratch);
  const env = envOf(it);
  const ready = { ...env, content: withTerms(env.content, flags.terms) };
  const draft = article ? draftCohort(flags.answers, ready, scratch, article) : undefined;
  if (!article || !draft) {
    scratch.errors.forEach((e) => io.say(`  ✗ ${e.id}`));
    if (!article) io.say('  (Kutipan dipilih setelah teks artikel ada. Quotes need the text.)');
    return;
  }
  // With --auto-quotes the plan picks them: nothing to ask.
  if (a['auto-quotes']) return;
  io.say('\n— Kutipan (quotes): pilih kalimat yang menyebut setiap nilai —');
  const input = citationInput(article, draft.facts, draft.content, draft.data.status);
  const kept = citeQuotes(prev.quote ?? [], input).citations.map((c) => c.quote);
  a.quote ??= kept;
  await chooseQuotesPerFact(io, a.quote, input);
  await dropUnquoted(io, a, input);
}

/** Which cohort the article reports on (new, or a stored one it adds a source to), and its answers. */
export async function askCohort(
  it: Interview,
  a: Answers,
  article: ArticleSource | undefined,
  prev: Answers = {},
): Promise<void> {
  if (a.cohort === 'new') return newCohort(it, a, prev, article);
  const { content } = envOf(it);
  const stored = content.cohorts.map((c) => ({
    value: c.id,
    label: `${c.id} — ${termLabel(content.vocabularies.themes, c.data.theme, 'id')}, ${periodLabel(c.data.period, 'id')} (${c.data.status})`,
  }));
  a.cohort = await askChoice(it.io, 'Angkatan yang mana?', stored, {
    given: a.cohort,
    fallback: prev.cohort,
  });
  const entry = content.cohorts.find((c) => c.id === a.cohort);
  if (!entry || !article) return;
  const input = citationInput(article, cohortFacts(entry.data), content, entry.data.status);
  a.quote = await chooseQuotes(it.io, a.quote ?? [], input);
}
