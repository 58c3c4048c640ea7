/**
 * The cohort part of a plan: a new cohort file (and a new theme in the
 * vocabulary when one is named), or more sources appended to an existing
 * cohort — validated with the checker's own reader and schema before any
 * byte is written.
 */
import { cohortSchema, cohortStatuses, type Cohort } from '../../src/schemas/cohort.ts';
import type { Term } from '../../src/schemas/vocabulary.ts';
import { cohortFacts, type Fact } from '../../src/lib/check/facts.ts';
import { validateEntry } from '../../src/lib/check/schema-issues.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import { parseYaml } from '../../src/lib/content/yaml.ts';
import { isDefinitelyBefore, precisionOf } from '../../src/lib/dates/partial-date.ts';
import { nearest } from '../../src/lib/text/suggest.ts';
import { appendToList, appendToMap } from './append.ts';
import { autoQuotes, citeQuotes, type CitationInput } from './citations.ts';
import { cohortId, termKey } from './ids.ts';
import type { Answers } from './options.ts';
import type { ArticleSource } from './plan-article.ts';
import {
  checkNew,
  entryPath,
  missing,
  schemaRef,
  type Plan,
  type ScaffoldEnv,
  take,
} from './plan.ts';
import { modeline, renderYaml } from './render.ts';
import { checkChoice, checkCount, checkDate, checkId, checkTerm, checkText } from './validate.ts';

/** `content` with one more vocabulary term (a theme added in this run), for finding its words in quotes. */
export function withTerm(
  content: LoadedContent,
  vocabulary: 'themes',
  key: string,
  term: Term,
): LoadedContent {
  const vocabularies = {
    ...content.vocabularies,
    [vocabulary]: new Map([...content.vocabularies[vocabulary], [key, term]]),
  };
  return { ...content, vocabularies };
}

/** The theme key; a new theme is appended to themes.yaml and added to `content`. */
function theme(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
): { key?: string; content: LoadedContent } {
  const answer = answers.theme?.trim() ?? '';
  if (answer === '') {
    missing(plan, 'theme', 'Tema', 'The theme');
    return { content: env.content };
  }
  if (answer !== 'new') {
    const key = take(plan, checkTerm(answer, 'themes', env.content.vocabularies, 'Tema', ['new']));
    return { ...(key ? { key } : {}), content: env.content };
  }
  const labelId = answers['theme-label-id']?.trim() ?? '';
  const labelEn = answers['theme-label-en']?.trim() ?? '';
  if (!labelId)
    missing(
      plan,
      'theme-label-id',
      'Label tema baru (Indonesia)',
      'The new theme label (Indonesian)',
    );
  if (!labelEn)
    missing(plan, 'theme-label-en', 'Label tema baru (Inggris)', 'The new theme label (English)');
  if (!labelId || !labelEn) return { content: env.content };
  const key = termKey(labelEn);
  const existing = env.content.vocabularies.themes.get(key);
  if (existing) return { key, content: env.content };
  const given = (answers['theme-terms'] ?? '')
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);
  const terms = [...new Set(given.length > 0 ? given : [labelEn, labelId])];
  const term: Term = { label: { id: labelId, en: labelEn }, terms };
  const path = entryPath(env, 'vocabularies', 'themes', '.yaml');
  const before = env.readFile(path) ?? '';
  const appended = appendToMap(before, key, term, 'content/vocabularies/themes.yaml');
  if (!appended.ok) {
    plan.errors.push(appended.problem);
    return { content: env.content };
  }
  plan.changes.push({ path, kind: 'append', what: 'vocabulary', text: appended.text, before });
  plan.todo.push({
    path,
    item: {
      id: `Tema baru "${key}": periksa label dan sebutan (terms: ${terms.join('; ')}) — pemeriksa mencari salah satu sebutan itu di kutipan.`,
      en: `New theme "${key}": check its labels and terms (${terms.join('; ')}) — the checker looks for one of them in the quote.`,
    },
  });
  return { key, content: withTerm(env.content, 'themes', key, term) };
}

/** Participant groups: Kota Jambi ASN first, then each --group=key:count. */
function participants(answers: Answers, env: ScaffoldEnv, plan: Plan): Cohort['participants'] {
  const out: Cohort['participants'] = [];
  const asn = take(plan, checkCount(answers.participants ?? '', 'Jumlah ASN Kota Jambi'));
  if (asn !== undefined) out.push({ group: 'asn-kota-jambi', count: asn });
  for (const g of answers.group ?? []) {
    const [key = '', count = ''] = g.split(':');
    const group = take(
      plan,
      checkTerm(key, 'participant-groups', env.content.vocabularies, 'Kelompok peserta'),
    );
    const n = take(plan, checkCount(count, `Jumlah ${key}`));
    if (group && n !== undefined && !out.some((p) => p.group === group))
      out.push({ group, count: n });
  }
  return out;
}

/** Our note on a cohort: what the source leaves unknown, and why it is not (yet) counted as held. */
function note(c: Pick<Cohort, 'status' | 'participants'>, content: LoadedContent): Cohort['note'] {
  const id: string[] = [];
  const en: string[] = [];
  for (const p of c.participants.filter((x) => x.count === 'unknown')) {
    const label = content.vocabularies['participant-groups'].get(p.group)?.label;
    id.push(`Jumlah ${label?.id ?? p.group} tidak disebut dalam sumber.`);
    en.push(`The source does not give a count for the group “${label?.en ?? p.group}”.`);
  }
  if (c.status === 'planned') {
    id.push(
      'Sumber terbit sebelum pelatihan selesai; belum ada sumber yang melaporkan pelatihan ini berlangsung.',
    );
    en.push(
      'The source appeared before the training ended; no source yet reports that it took place.',
    );
  } else if (c.status === 'announced') {
    id.push(
      'Hanya diumumkan; belum ada sumber yang melaporkan pelatihan ini berlangsung, jadi tidak dihitung sebagai terlaksana.',
    );
    en.push('Only announced; no source reports that it took place, so it is not counted as held.');
  }
  return id.length > 0 ? { id: id.join(' '), en: en.join(' ') } : undefined;
}

/** The status a cohort takes when none is answered: planned when the source predates the start. */
export function defaultStatus(published: string, start: string): Cohort['status'] {
  return isDefinitelyBefore(published, start) ? 'planned' : 'held';
}

export interface CohortDraft {
  id: string;
  /** The cohort without sources. */
  data: Omit<Cohort, 'sources'>;
  facts: Fact[];
  /** Content including a theme added in this run. */
  content: LoadedContent;
}

/** A new cohort from the answers, without its sources; errors go to `plan`. */
export function draftCohort(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
  article: ArticleSource,
): CohortDraft | undefined {
  const { key: themeKey, content } = theme(answers, env, plan);
  const programme = take(
    plan,
    checkTerm(
      answers.programme?.trim() || 'scp',
      'programmes',
      env.content.vocabularies,
      'Program',
    ),
  );
  const place = take(
    plan,
    checkTerm(answers.place?.trim() || 'singapore', 'places', env.content.vocabularies, 'Tempat'),
  );
  const startAnswer = answers.start?.trim() ?? '';
  if (!startAnswer) missing(plan, 'start', 'Tanggal mulai pelatihan', 'The start of the training');
  const start = startAnswer ? take(plan, checkDate(startAnswer, 'Mulai')) : undefined;
  const end = answers.end?.trim() ? take(plan, checkDate(answers.end, 'Selesai')) : undefined;
  const status = start
    ? take(
        plan,
        checkChoice(
          answers.status?.trim() || defaultStatus(article.published, start),
          cohortStatuses,
          'Status',
        ),
      )
    : undefined;
  const host = answers.host?.trim()
    ? take(plan, checkText(answers.host, 'Penyelenggara'))
    : undefined;
  const courseName = answers['course-name']?.trim()
    ? take(plan, checkText(answers['course-name'], 'Nama pelatihan'))
    : undefined;
  const groups = participants(answers, env, plan);
  const sendoffDate = answers['sendoff-date']?.trim()
    ? take(plan, checkDate(answers['sendoff-date'], 'Tanggal pelepasan'))
    : undefined;
  const sendoffPlace = answers['sendoff-place']?.trim()
    ? take(plan, checkText(answers['sendoff-place'], 'Tempat pelepasan'))
    : undefined;
  const sendoffBy = answers['sendoff-by']?.trim()
    ? take(plan, checkText(answers['sendoff-by'], 'Dilepas oleh'))
    : undefined;
  if ((sendoffPlace || sendoffBy) && !answers['sendoff-date']?.trim())
    missing(
      plan,
      'sendoff-date',
      'Tanggal pelepasan (wajib bila tempat atau pelepas diisi)',
      'The send-off date (needed when its place or person is given)',
    );
  if (!themeKey || !programme || !place || !start || !status || groups.length === 0)
    return undefined;

  const data: Omit<Cohort, 'sources'> = {
    programme,
    theme: themeKey,
    ...(courseName ? { course_name: courseName } : {}),
    status,
    period: { start, ...(end ? { end } : {}) },
    place,
    ...(host ? { host } : {}),
    participants: groups,
    ...(sendoffDate
      ? {
          sendoff: {
            date: sendoffDate,
            ...(sendoffPlace ? { place: sendoffPlace } : {}),
            ...(sendoffBy ? { by: sendoffBy } : {}),
          },
        }
      : {}),
  };
  const n = note(data, content);
  if (n) data.note = n;
  const id = answers['cohort-id']
    ? take(plan, checkId(answers['cohort-id'], 'Id angkatan'))
    : cohortId({ start, theme: themeKey, programme });
  if (!id) return undefined;
  return { id, data, facts: cohortFacts({ ...data, sources: [] }), content };
}

/** Citation input for quotes from `article` about a record with `facts`. */
export function citationInput(
  article: ArticleSource,
  facts: Fact[],
  content: LoadedContent,
): CitationInput {
  return { article: article.id, text: article.text, ctx: article.ctx, facts, content };
}

/** Quotes given, plus automatic ones when asked. */
function quotesFor(answers: Answers, input: CitationInput): string[] {
  const given = answers.quote ?? [];
  return answers['auto-quotes'] ? autoQuotes(given, input) : given;
}

/** Plan a new cohort citing `article`. */
export function planNewCohort(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
  article: ArticleSource,
): void {
  const draft = draftCohort(answers, env, plan, article);
  if (!draft) return;
  const path = entryPath(env, 'cohorts', draft.id, '.yaml');
  if (!checkNew(env, plan, path, draft.id, 'cohort-id')) return;
  const input = citationInput(article, draft.facts, draft.content);
  const cited = citeQuotes(quotesFor(answers, input), input);
  plan.errors.push(...cited.problems);
  const cohort = { ...draft.data, sources: cited.citations };
  plan.changes.push({
    path,
    kind: 'create',
    what: 'cohort',
    text: renderYaml(cohort, modeline(schemaRef(env, path, 'cohort.schema.json'))),
  });

  const todo = (id: string, en: string) => plan.todo.push({ path, item: { id, en } });
  if (cited.unsupported.length > 0)
    todo(
      `Kolom tanpa kutipan: ${cited.unsupported.join(', ')} — tambahkan kutipan yang menyebutnya (lihat pesan pemeriksaan), atau hapus kolomnya bila siaran pers tidak menyebutnya.`,
      `Fields without a quote: ${cited.unsupported.join(', ')} — add a passage that states each (see the check's messages), or remove the field if the release does not state it.`,
    );
  for (const p of draft.data.participants.filter((x) => x.count === 'unknown'))
    todo(
      `participants: jumlah ${p.group} tidak diketahui (unknown) — isi angkanya bila ada sumber yang menyebutnya.`,
      `participants: the number of ${p.group} is unknown — fill it in when a source gives it.`,
    );
  const { period } = draft.data;
  if (precisionOf(period.start) !== 'day')
    todo(
      `period.start: ${period.start} — tambahkan tanggalnya bila diketahui.`,
      `period.start: ${period.start} — add the day when known.`,
    );
  if (!period.end)
    todo('period.end: tanggal selesai belum diisi.', 'period.end: the end date is not filled in.');
  if (draft.data.status !== 'held')
    todo(
      `status: ${draft.data.status} — ubah menjadi held bila nanti ada sumber yang melaporkan pelatihan sudah berlangsung (tambahkan sumber itu dengan npm run new).`,
      `status: ${draft.data.status} — change it to held when a source reports that the training took place (add that source with npm run new).`,
    );
  for (const [flag, field] of [
    ['programme', 'programme'],
    ['place', 'place'],
    ['status', 'status'],
  ] as const)
    if (!answers[flag]?.trim())
      todo(
        `${field}: nilai bawaan "${String(draft.data[field])}" dipakai — periksa.`,
        `${field}: the default "${String(draft.data[field])}" was used — check it.`,
      );
  if (!draft.data.host)
    todo(
      'host (opsional): lembaga penyelenggara, bila disebut.',
      'host (optional): the host institution, when named.',
    );
  if (!draft.data.sendoff)
    todo(
      'sendoff (opsional): tanggal, tempat dan pelepas, bila disebut.',
      'sendoff (optional): date, place and who, when stated.',
    );
  todo(
    'experts, site_visits (opsional): pakar dan kunjungan lapangan, bila disebut — lihat content/_templates/cohort.yaml.',
    'experts, site_visits (optional): experts and site visits, when named — see content/_templates/cohort.yaml.',
  );
}

/** Plan more sources, from `article`, for the existing cohort `id`. */
export function planCohortSources(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
  article: ArticleSource,
  id: string,
): void {
  const entry = env.content.cohorts.find((c) => c.id === id);
  if (!entry) {
    const near = nearest(
      id,
      env.content.cohorts.map((c) => c.id),
    );
    plan.errors.push({
      id: `Angkatan "${id}" tidak ada di content/cohorts. Mis. ${near.join(', ')} — atau --cohort=new untuk angkatan baru.`,
      en: `Cohort "${id}" is not in content/cohorts. E.g. ${near.join(', ')} — or --cohort=new for a new cohort.`,
    });
    return;
  }
  const path = `${env.root}/${entry.file}`;
  const before = env.readFile(path);
  if (before === undefined) return;
  const input = citationInput(article, cohortFacts(entry.data), env.content);
  const cited = citeQuotes(quotesFor(answers, input), input);
  plan.errors.push(...cited.problems);
  if (cited.citations.length === 0) {
    plan.errors.push({
      id: `Belum ada kutipan untuk menambah sumber pada ${entry.file}: berikan --quote=… (atau --auto-quotes).`,
      en: `No quote to add as a source to ${entry.file}: give --quote=… (or --auto-quotes).`,
    });
    return;
  }
  const appended = appendToList(before, 'sources', cited.citations, entry.file);
  if (!appended.ok) {
    plan.errors.push(appended.problem);
    return;
  }
  const parsed = parseYaml(appended.text, entry.file);
  const problems = [
    ...parsed.problems,
    ...(parsed.data === undefined
      ? []
      : validateEntry(cohortSchema, parsed.data, entry.file, parsed.lineOf).problems),
  ];
  if (problems.length > 0) {
    plan.errors.push(
      ...problems.map((p) => ({
        id: `${entry.file}: hasil penambahan tidak sah (${p.message.id}); berkas tidak diubah.`,
        en: `${entry.file}: the result would not be valid (${p.message.en}); the file was not changed.`,
      })),
    );
    return;
  }
  plan.changes.push({ path, kind: 'append', what: 'cohort', text: appended.text, before });
  if (
    entry.data.status !== 'held' &&
    !isDefinitelyBefore(article.published, entry.data.period.start)
  )
    plan.todo.push({
      path,
      item: {
        id: `status: ${entry.data.status} — bila artikel ${article.id} melaporkan pelatihan sudah berlangsung, ubah status menjadi held.`,
        en: `status: ${entry.data.status} — if article ${article.id} reports that the training took place, change the status to held.`,
      },
    });
}
