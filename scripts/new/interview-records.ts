/**
 * The interview's questions about what the press release reports: a new
 * cohort (or a source for an existing one) and an aggregate claim. Each
 * question is skipped when a flag already answered it.
 */
import { qualifierLabels } from '../../src/i18n/labels.ts';
import { claimMetrics, claimQualifiers } from '../../src/schemas/claim.ts';
import type { VocabularyName } from '../../src/schemas/vocabulary.ts';
import { claimFacts, cohortFacts } from '../../src/lib/check/facts.ts';
import { dateLabel, periodLabel, termLabel } from '../../src/lib/site/format.ts';
import { askChoice, askText, askYesNo, type Option, type Prompter } from './ask.ts';
import { chooseClaimQuote, chooseQuotes, chooseQuotesPerFact } from './interview-quotes.ts';
import type { Answers } from './options.ts';
import type { ArticleSource } from './plan-article.ts';
import { draftClaim } from './plan-claim.ts';
import { defaultStatus, draftCohort } from './draft-cohort.ts';
import { citationInput } from './plan-cohort.ts';
import { emptyPlan, type ScaffoldEnv } from './plan.ts';
import { siteDefaults } from './site-defaults.ts';
import { checkCount, checkDate, checkInt, checkText } from './validate.ts';

/** The terms of a vocabulary as numbered options ("key — label id / label en"). */
export function termOptions(env: ScaffoldEnv, vocabulary: VocabularyName): Option[] {
  return [...env.content.vocabularies[vocabulary]].map(([key, t]) => ({
    value: key,
    label:
      t.label.id === t.label.en
        ? `${key} — ${t.label.id}`
        : `${key} — ${t.label.id} / ${t.label.en}`,
  }));
}

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

const date = (label: string) => (a: string) => checkDate(a, label);
const text = (label: string) => (a: string) => checkText(a, label);

/** Questions for a new cohort; fills `a` in place. */
async function newCohort(
  io: Prompter,
  a: Answers,
  env: ScaffoldEnv,
  article: ArticleSource,
): Promise<void> {
  io.say('\n— Angkatan baru (new cohort) —');
  const defaults = siteDefaults(env.content.profile?.data);
  a.programme = await askChoice(io, 'Program:', termOptions(env, 'programmes'), {
    given: a.programme,
    ...(defaults.programme ? { fallback: defaults.programme } : {}),
  });
  const themes = [
    ...termOptions(env, 'themes'),
    { value: 'new', label: 'new — tema baru (belum ada di daftar)' },
  ];
  a.theme = await askChoice(io, 'Tema pelatihan:', themes, { given: a.theme });
  if (a.theme === 'new') {
    a['theme-label-id'] = await askText(io, 'Nama tema (bahasa Indonesia)', {
      given: a['theme-label-id'],
      required: true,
      check: text('Nama tema'),
    });
    a['theme-label-en'] = await askText(io, 'Nama tema (bahasa Inggris)', {
      given: a['theme-label-en'],
      required: true,
      check: text('Theme name'),
    });
    a['theme-terms'] = await askText(
      io,
      'Sebutan tema di teks siaran pers, pisahkan dengan ; (Enter = kedua nama di atas)',
      { given: a['theme-terms'] },
    );
  }
  a['course-name'] = await askText(
    io,
    'Nama resmi pelatihan, bila berbeda dari tema (Enter = lewati)',
    { given: a['course-name'], check: text('Nama pelatihan') },
  );
  a.start = await askText(
    io,
    'Tanggal mulai pelatihan (2024-06-10; bulan saja 2024-06 bila belum pasti)',
    { given: a.start, required: true, check: date('Mulai') },
  );
  a.end = await askText(io, 'Tanggal selesai (Enter = tidak disebut)', {
    given: a.end,
    check: date('Selesai'),
  });
  const suggested = a.start ? defaultStatus(article.published, a.start) : 'held';
  a.status = await askChoice(io, 'Status:', STATUS_OPTIONS, {
    given: a.status,
    fallback: suggested,
  });
  a.place = await askChoice(io, 'Tempat pelatihan:', termOptions(env, 'places'), {
    given: a.place,
    ...(defaults.place ? { fallback: defaults.place } : {}),
  });
  a.host = await askText(
    io,
    'Lembaga penyelenggara, seperti ditulis siaran pers (Enter = tidak disebut)',
    { given: a.host, check: text('Penyelenggara') },
  );
  a.participants = await askText(
    io,
    `Jumlah ${defaults.staffName.id} (angka; Enter atau unknown = tidak disebut)`,
    {
      given: a.participants,
      check: (x) => checkCount(x, 'Jumlah ASN'),
      fallback: 'unknown',
    },
  );
  if (a.group === undefined) {
    a.group = [];
    const others = termOptions(env, 'participant-groups').filter(
      (o) => o.value !== defaults.staffGroup,
    );
    while (
      others.length > 0 &&
      (await askYesNo(io, 'Ada kelompok peserta lain (mis. manajemen BUMD)?', false))
    ) {
      const group = await askChoice(io, 'Kelompok:', others);
      if (!group) break;
      const count = await askText(io, `Jumlah ${group} (angka; Enter = tidak disebut)`, {
        check: (x) => checkCount(x, 'Jumlah'),
        fallback: 'unknown',
      });
      a.group.push(`${group}:${count ?? 'unknown'}`);
    }
  }
  a['sendoff-date'] = await askText(io, 'Tanggal pelepasan peserta (Enter = tidak disebut)', {
    given: a['sendoff-date'],
    check: date('Pelepasan'),
  });
  if (a['sendoff-date']) {
    a['sendoff-place'] = await askText(io, 'Tempat pelepasan (Enter = tidak disebut)', {
      given: a['sendoff-place'],
      check: text('Tempat'),
    });
    a['sendoff-by'] = await askText(io, 'Dilepas oleh (Enter = tidak disebut)', {
      given: a['sendoff-by'],
      check: text('Pelepas'),
    });
  }
  const scratch = emptyPlan();
  const draft = draftCohort(a, env, scratch, article);
  if (!draft) {
    scratch.errors.forEach((e) => io.say(`  ✗ ${e.id}`));
    return;
  }
  io.say('\n— Kutipan (quotes): pilih kalimat yang menyebut setiap nilai —');
  a.quote = await chooseQuotesPerFact(
    io,
    a.quote ?? [],
    citationInput(article, draft.facts, draft.content),
  );
}

/** Which cohort the press release reports on, and its answers. */
export async function askCohort(
  io: Prompter,
  a: Answers,
  env: ScaffoldEnv,
  article: ArticleSource,
): Promise<void> {
  const existing = env.content.cohorts.map((c) => ({
    value: c.id,
    label: `${c.id} — ${termLabel(env.content.vocabularies.themes, c.data.theme, 'id')}, ${periodLabel(c.data.period, 'id')} (${c.data.status})`,
  }));
  const kinds: Option[] = [
    { value: 'new', label: 'angkatan baru (a new cohort)' },
    {
      value: 'existing',
      label:
        'sumber tambahan untuk angkatan yang sudah ada (another source for an existing cohort)',
    },
    { value: 'none', label: 'tidak ada angkatan (no cohort; e.g. only a claim)' },
  ];
  let cohort = a.cohort;
  if (cohort === undefined) {
    const kind = await askChoice(io, '\nSiaran pers ini melaporkan:', kinds, { fallback: 'new' });
    cohort = kind === 'existing' ? await askChoice(io, 'Angkatan yang mana?', existing) : kind;
  }
  a.cohort = cohort ?? 'none';
  if (a.cohort === 'new') await newCohort(io, a, env, article);
  else if (a.cohort !== 'none') {
    const entry = env.content.cohorts.find((c) => c.id === a.cohort);
    if (entry)
      a.quote = await chooseQuotes(
        io,
        a.quote ?? [],
        citationInput(article, cohortFacts(entry.data), env.content),
      );
  }
}

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

/** Questions for one aggregate claim, when the editor says there is one. */
export async function askClaim(
  io: Prompter,
  a: Answers,
  env: ScaffoldEnv,
  article: ArticleSource,
): Promise<void> {
  if (!a['claim-metric'] && !a['claim-value']) {
    if (
      !(await askYesNo(
        io,
        '\nApakah siaran pers menyebut angka kumulatif (mis. "150 ASN dalam 3 tahun terakhir")?',
        false,
      ))
    )
      return;
  }
  io.say(`— Klaim (claim), dibuat pada ${dateLabel(article.published, 'id')} —`);
  a['claim-metric'] = await askChoice(io, 'Yang dihitung:', METRIC_OPTIONS, {
    given: a['claim-metric'],
  });
  a['claim-value'] = await askText(io, 'Angkanya', {
    given: a['claim-value'],
    required: true,
    check: (x) => checkInt(x, 0, 1_000_000, 'Angka'),
  });
  a['claim-qualifier'] = await askChoice(io, 'Kata di depan angka:', QUALIFIER_OPTIONS, {
    given: a['claim-qualifier'],
    fallback: 'exact',
  });
  const none: Option = { value: '-', label: '- (tidak dibatasi / not limited)' };
  const programme = await askChoice(
    io,
    'Program yang dicakup:',
    [none, ...termOptions(env, 'programmes')],
    { given: a['claim-programme'], fallback: '-' },
  );
  a['claim-programme'] = programme === '-' ? undefined : programme;
  const place = await askChoice(io, 'Tempat yang dicakup:', [none, ...termOptions(env, 'places')], {
    given: a['claim-place'],
    fallback: '-',
  });
  a['claim-place'] = place === '-' ? undefined : place;
  a['claim-window'] = await askText(
    io,
    '"… tahun terakhir": berapa tahun? (Enter = tidak disebut)',
    { given: a['claim-window'], check: (x) => checkInt(x, 1, 100, 'Tahun') },
  );
  a['claim-since'] = await askText(io, '"Sejak …": tahun atau tanggal (Enter = tidak disebut)', {
    given: a['claim-since'],
    check: date('Sejak'),
  });
  a['claim-speaker'] = await askText(
    io,
    'Yang menyatakan, bila kutipan langsung seseorang (Enter = suara artikel)',
    { given: a['claim-speaker'], check: text('Yang menyatakan') },
  );
  a['claim-statement-id'] = await askText(
    io,
    'Pernyataan dengan kata-kata kita, bahasa Indonesia (Enter = isi nanti)',
    { given: a['claim-statement-id'], check: text('Pernyataan') },
  );
  a['claim-statement-en'] = await askText(io, 'Pernyataan, bahasa Inggris (Enter = isi nanti)', {
    given: a['claim-statement-en'],
    check: text('Statement'),
  });
  const scratch = emptyPlan();
  const draft = draftClaim(a, env, scratch, article);
  if (!draft || a['claim-quote']) return;
  const quote = await chooseClaimQuote(
    io,
    citationInput(article, claimFacts({ ...draft, sources: [] }), env.content),
  );
  if (quote !== undefined) a['claim-quote'] = quote;
}
