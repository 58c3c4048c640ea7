/**
 * The cohort part of a plan: a new cohort file (drafted by draft-cohort.ts,
 * with its quotes cited), or more sources appended to an existing cohort —
 * validated with the checker's own reader and schema before any byte is
 * written — and what is left for the editor to fill in.
 */
import { cohortSchema, type Cohort } from '../../src/schemas/cohort.ts';
import { cohortFacts, type Fact } from '../../src/lib/check/facts.ts';
import { unsupportedFix } from '../../src/lib/check/unsupported-fix.ts';
import { validateEntry } from '../../src/lib/check/schema-issues.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import { parseYaml } from '../../src/lib/content/yaml.ts';
import { precisionOf } from '../../src/lib/dates/partial-date.ts';
import { publishedBefore } from '../../src/lib/dates/publication.ts';
import { knownPeriod } from '../../src/lib/data/cohort-dates.ts';
import { nearest } from '../../src/lib/text/suggest.ts';
import { appendToList } from './append.ts';
import { autoQuotes, citeQuotes, type CitationInput } from './citations.ts';
import { draftCohort } from './draft-cohort.ts';
import type { Answers } from './options.ts';
import type { ArticleSource } from './article-source.ts';
import { checkNew, entryPath, schemaRef, type Plan, type ScaffoldEnv } from './plan.ts';
import { modeline, renderYaml } from './render.ts';

/** Citation input for quotes from `article` about a record with `facts` (and a cohort's `status`). */
export function citationInput(
  article: ArticleSource,
  facts: Fact[],
  content: LoadedContent,
  status?: Cohort['status'],
): CitationInput {
  return {
    article: article.id,
    text: article.text,
    ctx: article.ctx,
    ...(article.unquotedTitle ? { unquotedTitle: article.unquotedTitle } : {}),
    facts,
    content,
    ...(status ? { status } : {}),
  };
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
  const input = citationInput(article, draft.facts, draft.content, draft.data.status);
  const cited = citeQuotes(quotesFor(answers, input), input);
  plan.errors.push(...cited.problems);
  const cohort = { ...draft.data, sources: cited.citations };
  plan.changes.push({
    path,
    kind: 'create',
    what: 'cohort',
    text: renderYaml(cohort, modeline(schemaRef(env, path, 'cohort.schema.json'))),
    data: cohort,
  });

  const todo = (id: string, en: string) => plan.todo.push({ path, item: { id, en } });
  for (const path of cited.unsupported) {
    const fix = unsupportedFix(path, draft.data);
    todo(`Kolom tanpa kutipan: ${path} — ${fix.id}`, `Field without a quote: ${path} — ${fix.en}`);
  }
  for (const p of draft.data.participants.filter((x) => x.count === 'unknown'))
    todo(
      `participants: jumlah ${p.group} tidak diketahui (unknown) — isi angkanya bila ada sumber yang menyebutnya.`,
      `participants: the number of ${p.group} is unknown — fill it in when a source gives it.`,
    );
  const period = knownPeriod(draft.data);
  if (!period)
    todo(
      'period: unknown — tulis start (dan end) bila kemudian ada sumber yang menyebut tanggal pelatihannya.',
      'period: unknown — write start (and end) when a source later gives the training dates.',
    );
  else if (precisionOf(period.start) !== 'day')
    todo(
      `period.start: ${period.start} — tambahkan tanggalnya bila diketahui.`,
      `period.start: ${period.start} — add the day when known.`,
    );
  if (period && !period.end)
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
  const input = citationInput(article, cohortFacts(entry.data), env.content, entry.data.status);
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
  plan.changes.push({
    path,
    kind: 'append',
    what: 'cohort',
    text: appended.text,
    before,
    data: { id: entry.id, sources: cited.citations },
  });
  const start = knownPeriod(entry.data)?.start;
  if (
    entry.data.status !== 'held' &&
    (start === undefined || !publishedBefore(article.publication, start))
  )
    plan.todo.push({
      path,
      item: {
        id: `status: ${entry.data.status} — bila artikel ${article.id} melaporkan pelatihan sudah berlangsung, ubah status menjadi held.`,
        en: `status: ${entry.data.status} — if article ${article.id} reports that the training took place, change the status to held.`,
      },
    });
}
