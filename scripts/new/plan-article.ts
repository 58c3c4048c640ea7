/**
 * The article part of a plan: a new article file from the answers and the
 * pasted press release (or a stored article to cite) — its front matter with
 * every field the guide relies on (title basis, reporter and editor, whether
 * the capture is complete, how the publication date is known), its body
 * cleaned of the news site's furniture — and what is left to fill in.
 */
import { articleKinds } from '../../src/schemas/article.ts';
import { precisionOf } from '../../src/lib/dates/partial-date.ts';
import {
  findTwin,
  newSource,
  storedSource,
  titleBasis,
  type ArticleSource,
} from './article-source.ts';
import { bodySha256 } from '../../src/lib/content/body-hash.ts';
import { stripFurniture, toMarkdownBody } from './body.ts';
import { articleId } from './ids.ts';
import type { Answers } from './options.ts';
import { checkNew, entryPath, missing, type Plan, type ScaffoldEnv, take } from './plan.ts';
import { boundsOf } from './plan-publication.ts';
import { renderYaml } from './render.ts';
import {
  checkChoice,
  checkDateOrUnknown,
  checkDay,
  checkId,
  checkTerm,
  checkText,
  checkUrl,
} from './validate.ts';

export { findTwin, type ArticleSource } from './article-source.ts';

/** An optional line of text, checked; undefined when empty. */
function optionalText(plan: Plan, answer: string | undefined, label: string): string | undefined {
  return answer?.trim() ? take(plan, checkText(answer, label)) : undefined;
}

/** The front matter's optional fields about who wrote it and how it is known. */
function provenance(answers: Answers, plan: Plan, lifted: { reporter?: string; editor?: string }) {
  const reporter = optionalText(plan, answers.reporter ?? lifted.reporter, 'Wartawan');
  const editor = optionalText(plan, answers.editor ?? lifted.editor, 'Editor');
  const note = optionalText(plan, answers['published-note'], 'Catatan tanggal terbit');
  const capture = take(
    plan,
    checkChoice(answers.capture?.trim() || 'complete', ['complete', 'partial'] as const, 'Teks'),
  );
  const day = answers.captured?.trim() || 'unknown';
  const captured = take(
    plan,
    day === 'unknown' ? { ok: true, value: day } : checkDay(day, 'Tanggal salinan'),
  );
  return { reporter, editor, note, capture, captured };
}

/**
 * The article the quotes come from: the stored one named by --article, or a
 * new one planned from the answers and the pasted text. `topic` (a theme
 * key) names the new file when there is one. Outlets must already be terms
 * of `env.content` (a new one was added to it by ./plan-terms.ts).
 */
export function planArticle(
  answers: Answers,
  pasted: string | undefined,
  env: ScaffoldEnv,
  plan: Plan,
  topic: string | undefined,
): ArticleSource | undefined {
  if (answers.article) {
    const stored = storedSource(answers.article, env);
    if ('text' in stored) return stored;
    plan.errors.push(stored);
    return undefined;
  }

  const title = answers['article-title']?.trim();
  const published = answers.published?.trim();
  if (!title) missing(plan, 'article-title', 'Judul artikel', 'The headline');
  if (!published) missing(plan, 'published', 'Tanggal terbit', 'The publication date');
  const clean = stripFurniture(pasted ?? '', title, answers['keep-caption'] ?? []);
  if (clean.text === '') {
    plan.errors.push({
      id: 'Teks siaran pers belum ada: tempel teksnya saat ditanya, atau pakai --body-file=berkas.txt.',
      en: 'The press release text is missing: paste it when asked, or use --body-file=file.txt.',
    });
  }
  const date = published ? take(plan, checkDateOrUnknown(published, 'Tanggal terbit')) : undefined;
  const bounds = date ? boundsOf(answers, plan, date) : undefined;
  const validTitle = title ? take(plan, checkText(title, 'Judul')) : undefined;
  const outlet = take(
    plan,
    // `new` left here had no name: ./plan-terms.ts has reported that.
    checkTerm(answers.outlet?.trim() || 'unknown', 'outlets', env.content.vocabularies, 'Media', [
      'unknown',
      'new',
    ]),
  );
  const url = take(plan, checkUrl(answers.url ?? '', 'Alamat web'));
  const kind = take(
    plan,
    checkChoice(answers.kind?.trim() || 'press-release', articleKinds, 'Jenis'),
  );
  const language = take(
    plan,
    checkChoice(answers.language?.trim() || 'id', ['id', 'en'] as const, 'Bahasa'),
  );
  const basis = take(
    plan,
    checkChoice(titleBasis(answers), ['headline', 'address', 'editorial'] as const, 'Asal judul'),
  );
  const republishes =
    kind === 'republication'
      ? take(
          plan,
          checkTerm(
            answers['republishes-outlet']?.trim() || 'unknown',
            'outlets',
            env.content.vocabularies,
            'Media asal',
            ['unknown'],
          ),
        )
      : undefined;
  const more = provenance(answers, plan, clean);
  if (
    !date ||
    !bounds ||
    !validTitle ||
    outlet === undefined ||
    outlet === 'new' ||
    !url ||
    !kind ||
    !language ||
    !basis
  )
    return undefined;
  if (clean.text === '' || !more.capture) return undefined;

  const twin = findTwin(env.content.articles, validTitle, url);
  if (twin) {
    plan.errors.push({
      id: `Artikel ini tampaknya sudah ada: ${twin.file} (judul atau alamat web sama). Untuk menambah angkatan atau klaim dari artikel itu, pakai --article=${twin.id}.`,
      en: `This article seems to exist already: ${twin.file} (same headline or address). To add a cohort or claim from it, use --article=${twin.id}.`,
    });
    return undefined;
  }
  const id = answers['article-id']
    ? take(plan, checkId(answers['article-id'], 'Id artikel'))
    : articleId({
        published: bounds.published_after ?? date,
        outlet,
        topic,
        title: validTitle,
      });
  if (!id) return undefined;
  const path = entryPath(env, 'articles', id, '.md');
  if (!checkNew(env, plan, path, id, 'article-id')) return undefined;

  const summary = {
    id: answers['summary-id']?.trim() ?? '',
    en: answers['summary-en']?.trim() ?? '',
  };
  const body = toMarkdownBody(clean.text);
  const frontMatter = {
    title: validTitle,
    ...(basis === 'headline' ? {} : { title_basis: basis }),
    outlet,
    published: date,
    ...bounds,
    ...(more.note ? { published_note: more.note } : {}),
    url,
    language,
    kind,
    ...(republishes ? { republishes: { outlet: republishes } } : {}),
    ...(more.reporter ? { reporter: more.reporter } : {}),
    ...(more.editor ? { editor: more.editor } : {}),
    ...(more.capture === 'partial' ? { capture: 'partial' } : {}),
    ...(more.captured ? { captured: more.captured } : {}),
    sha256: bodySha256(body),
    summary,
  };
  plan.changes.push({
    path,
    kind: 'create',
    what: 'article',
    text: `---\n${renderYaml(frontMatter)}---\n\n${body}`,
    data: { ...frontMatter, paragraphs: body.split('\n\n').length, removed: clean.removed },
  });
  articleTodo(plan, path, { summary, url, date, removed: clean.removed });
  return newSource({ ...answers, published: date }, pasted, id);
}

/** What is left to fill in or check in a new article. */
function articleTodo(
  plan: Plan,
  path: string,
  a: { summary: { id: string; en: string }; url: string; date: string; removed: string[] },
): void {
  const todo = (id: string, en: string) => plan.todo.push({ path, item: { id, en } });
  if (!a.summary.id || !a.summary.en)
    todo(
      'summary: ringkasan dua-tiga kalimat (id dan en) belum diisi.',
      'summary: the two- or three-sentence summary (id and en) is not filled in.',
    );
  if (a.url === 'unknown')
    todo(
      'url: unknown — isi alamat web asli bila diketahui.',
      'url: unknown — fill in the original address when known.',
    );
  if (a.date === 'unknown')
    todo(
      'published: unknown — isi tanggal terbit bila kemudian diketahui (dan hapus published_after/published_before).',
      'published: unknown — fill in the publication date when it becomes known (and remove published_after/published_before).',
    );
  else if (precisionOf(a.date) !== 'day')
    todo(
      `published: ${a.date} — tambahkan tanggalnya bila diketahui.`,
      `published: ${a.date} — add the day when known.`,
    );
  if (a.removed.length > 0)
    todo(
      `Baris yang dibuang dari teks (bukan bagian artikel): ${a.removed.map((l) => `"${l}"`).join('; ')} — periksa.`,
      `Lines removed from the text (not part of the article): ${a.removed.map((l) => `"${l}"`).join('; ')} — check.`,
    );
}
