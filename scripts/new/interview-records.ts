/**
 * The parts of the interview that follow one another: which article, the
 * records it reports (new cohorts, sources for stored cohorts, claims — as
 * many as there are), and asking a part again with its earlier answers as
 * defaults (the review's "change").
 */
import { askChoice, type Option } from './ask.ts';
import { askNewArticle } from './interview-article.ts';
import { askClaim } from './interview-claim.ts';
import { sourceOf, type Interview } from './interview-context.ts';
import { askCohort } from './interview-cohort.ts';
import type { Answers } from './options.ts';
import type { RecordAnswers } from './session.ts';

/** Flags about the run itself, kept when the article is asked again. */
export const RUN_FLAGS = ['content', 'dry-run', 'yes', 'help', 'body-file', 'auto-quotes'] as const;

/** Which article: a new press release, or one already on the site. */
export async function askArticle(it: Interview, prev: Answers = {}): Promise<void> {
  const a = it.session.article;
  if (a.article === undefined && a['article-title'] === undefined) {
    const which = await askChoice(
      it.io,
      '\nArtikelnya:',
      [
        { value: 'new', label: 'siaran pers baru (a new press release)' },
        {
          value: 'existing',
          label: 'artikel yang sudah ada di situs (an article already on the site)',
        },
      ],
      { fallback: prev.article ? 'existing' : 'new' },
    );
    if (which === 'existing') {
      const articles = it.env.content.articles.map((x) => ({
        value: x.id,
        label: `${x.id} — ${x.data.title}`,
      }));
      a.article = await askChoice(it.io, 'Artikel yang mana?', articles, {
        fallback: prev.article,
      });
    }
  }
  if (a.article === undefined) await askNewArticle(it, prev);
  it.session.articleDone = true;
}

/** Ask the questions of one record (again, with `prev` as defaults). */
export async function askRecord(
  it: Interview,
  record: RecordAnswers,
  prev: Answers = {},
): Promise<void> {
  const article = sourceOf(it);
  if (record.kind === 'claim') await askClaim(it, record.answers, article, prev);
  else await askCohort(it, record.answers, article, prev);
  record.done = true;
}

const NEXT: Option[] = [
  { value: 'new', label: 'angkatan baru (a new cohort)' },
  {
    value: 'existing',
    label: 'sumber tambahan untuk angkatan yang sudah ada (another source for a stored cohort)',
  },
  { value: 'claim', label: 'klaim: angka kumulatif, mis. "150 ASN dalam 3 tahun terakhir"' },
  {
    value: 'done',
    label: 'tidak ada (lagi): tinjau lalu tulis (nothing more: review, then write)',
  },
];

/** Records, one after the other, until the editor says there is nothing more. */
export async function addRecords(it: Interview): Promise<void> {
  for (;;) {
    const first = it.session.records.length === 0;
    const kind = await askChoice(
      it.io,
      first ? '\nSiaran pers ini melaporkan:' : '\nAda lagi yang dilaporkan siaran pers ini?',
      NEXT,
      { fallback: first ? 'new' : 'done' },
    );
    if (kind === undefined || kind === 'done') return;
    const record: RecordAnswers = {
      kind: kind === 'claim' ? 'claim' : 'cohort',
      done: false,
      answers: kind === 'new' ? { cohort: 'new' } : {},
    };
    it.session.records.push(record);
    await askRecord(it, record);
  }
}

/** Ask the article again, each earlier answer its default. */
export async function redoArticle(it: Interview): Promise<void> {
  const prev = it.session.article;
  const kept: Answers = {};
  for (const k of RUN_FLAGS) if (prev[k] !== undefined) Object.assign(kept, { [k]: prev[k] });
  it.session.article = kept;
  it.session.articleDone = false;
  await askArticle(it, prev);
}
