/**
 * The article part of a plan: a new article file from the answers and the
 * pasted press release (or an existing article to cite), with a new outlet
 * appended to the vocabulary when one is named.
 */
import { articleKinds } from '../../src/schemas/article.ts';
import { quotableText } from '../../src/lib/check/cross.ts';
import type { ArticleEntry } from '../../src/lib/content/load.ts';
import { precisionOf } from '../../src/lib/dates/partial-date.ts';
import type { DateContext } from '../../src/lib/text/indonesian.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { nearest } from '../../src/lib/text/suggest.ts';
import { appendToMap } from './append.ts';
import { stripFurniture, toMarkdownBody } from './body.ts';
import { articleId, termKey } from './ids.ts';
import type { Answers } from './options.ts';
import { checkNew, entryPath, missing, type Plan, type ScaffoldEnv, take } from './plan.ts';
import { dateContextOf } from './quotes.ts';
import { renderYaml } from './render.ts';
import { checkChoice, checkDate, checkId, checkTerm, checkText, checkUrl } from './validate.ts';

/** The article that the plan's quotes come from. */
export interface ArticleSource {
  id: string;
  published: string;
  /** The text quotes are matched against. */
  text: string;
  ctx: DateContext;
  /** Whether the plan creates it. */
  isNew: boolean;
}

/** An article already stored with the same headline or the same address (`unknown` matches none). */
export function findTwin(
  articles: readonly ArticleEntry[],
  title: string | undefined,
  url: string | undefined,
): ArticleEntry | undefined {
  const t = title === undefined ? undefined : normalizeText(title);
  return articles.find(
    (x) =>
      (t !== undefined && normalizeText(x.data.title) === t) ||
      (url !== undefined &&
        url !== 'unknown' &&
        (x.data.url === url || (x.data.also_at ?? []).includes(url))),
  );
}

/** An existing article, by id. */
function existing(answers: Answers, env: ScaffoldEnv, plan: Plan): ArticleSource | undefined {
  const id = answers.article ?? '';
  const entry = env.content.articles.find((a) => a.id === id);
  if (!entry) {
    const near = nearest(
      id,
      env.content.articles.map((a) => a.id),
    );
    plan.errors.push({
      id: `Artikel "${id}" tidak ada di content/articles. Mis. ${near.join(', ')}.`,
      en: `Article "${id}" is not in content/articles. E.g. ${near.join(', ')}.`,
    });
    return undefined;
  }
  return {
    id,
    published: entry.data.published,
    text: quotableText(entry),
    ctx: dateContextOf(entry.data.published),
    isNew: false,
  };
}

/** The outlet key, appending a new outlet to the vocabulary when asked. */
function outletKey(answers: Answers, env: ScaffoldEnv, plan: Plan): string | undefined {
  const answer = answers.outlet?.trim() || 'unknown';
  if (answer !== 'new') {
    return take(
      plan,
      checkTerm(answer, 'outlets', env.content.vocabularies, 'Media', ['unknown', 'new']),
    );
  }
  const name = answers['outlet-name']?.trim();
  if (!name) {
    missing(plan, 'outlet-name', 'Nama media baru', 'The name of the new outlet');
    return undefined;
  }
  const key = termKey(name);
  if (env.content.vocabularies.outlets.has(key)) return key;
  const website = answers['outlet-website']?.trim();
  if (website) take(plan, checkUrl(website, 'Situs media'));
  const path = entryPath(env, 'vocabularies', 'outlets', '.yaml');
  const before = env.readFile(path) ?? '';
  const appended = appendToMap(
    before,
    key,
    {
      label: { id: name, en: name },
      terms: [name],
      ...(website ? { website } : {}),
    },
    'content/vocabularies/outlets.yaml',
  );
  if (!appended.ok) {
    plan.errors.push(appended.problem);
    return undefined;
  }
  plan.changes.push({ path, kind: 'append', what: 'vocabulary', text: appended.text, before });
  plan.todo.push({
    path,
    item: {
      id: `Media baru "${key}": periksa label dan sebutan (terms) di outlets.yaml.`,
      en: `New outlet "${key}": check its label and terms in outlets.yaml.`,
    },
  });
  return key;
}

/**
 * The article the quotes come from: the existing one named by --article, or
 * a new one planned from the answers and the pasted text. `topic` (a theme
 * key) names the new file when there is one.
 */
export function planArticle(
  answers: Answers,
  pasted: string | undefined,
  env: ScaffoldEnv,
  plan: Plan,
  topic: string | undefined,
): ArticleSource | undefined {
  if (answers.article) return existing(answers, env, plan);

  const title = answers['article-title']?.trim();
  const published = answers.published?.trim();
  if (!title) missing(plan, 'article-title', 'Judul artikel', 'The headline');
  if (!published) missing(plan, 'published', 'Tanggal terbit', 'The publication date');
  const clean = stripFurniture(pasted ?? '', title);
  if (clean.text === '') {
    plan.errors.push({
      id: 'Teks siaran pers belum ada: tempel teksnya saat ditanya, atau pakai --body-file=berkas.txt.',
      en: 'The press release text is missing: paste it when asked, or use --body-file=file.txt.',
    });
  }
  const date = published ? take(plan, checkDate(published, 'Tanggal terbit')) : undefined;
  const validTitle = title ? take(plan, checkText(title, 'Judul')) : undefined;
  const outlet = outletKey(answers, env, plan);
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
    checkChoice(
      answers['title-basis']?.trim() || 'headline',
      ['headline', 'address', 'editorial'] as const,
      'Asal judul',
    ),
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
  if (!date || !validTitle || outlet === undefined || !url || !kind || !language || !basis)
    return undefined;
  if (clean.text === '') return undefined;

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
    : articleId({ published: date, outlet, topic, title: validTitle });
  if (!id) return undefined;
  const path = entryPath(env, 'articles', id, '.md');
  if (!checkNew(env, plan, path, id, 'article-id')) return undefined;

  const summary = {
    id: answers['summary-id']?.trim() ?? '',
    en: answers['summary-en']?.trim() ?? '',
  };
  const frontMatter = {
    title: validTitle,
    ...(basis === 'headline' ? {} : { title_basis: basis }),
    outlet,
    published: date,
    url,
    language,
    kind,
    ...(republishes ? { republishes: { outlet: republishes } } : {}),
    ...(clean.reporter ? { reporter: clean.reporter } : {}),
    ...(clean.editor ? { editor: clean.editor } : {}),
    summary,
  };
  const body = toMarkdownBody(clean.text);
  plan.changes.push({
    path,
    kind: 'create',
    what: 'article',
    text: `---\n${renderYaml(frontMatter)}---\n\n${body}`,
  });

  const todo = (id: string, en: string) => plan.todo.push({ path, item: { id, en } });
  if (!summary.id || !summary.en)
    todo(
      'summary: ringkasan dua-tiga kalimat (id dan en) belum diisi.',
      'summary: the two- or three-sentence summary (id and en) is not filled in.',
    );
  if (url === 'unknown')
    todo(
      'url: unknown — isi alamat web asli bila diketahui.',
      'url: unknown — fill in the original address when known.',
    );
  if (precisionOf(date) !== 'day')
    todo(
      `published: ${date} — tambahkan tanggalnya bila diketahui.`,
      `published: ${date} — add the day when known.`,
    );
  if (clean.removed.length > 0)
    todo(
      `Baris yang dibuang dari teks (bukan bagian artikel): ${clean.removed.map((l) => `"${l}"`).join('; ')} — periksa.`,
      `Lines removed from the text (not part of the article): ${clean.removed.map((l) => `"${l}"`).join('; ')} — check.`,
    );

  return {
    id,
    published: date,
    text: quotableText({ data: { title: validTitle, title_basis: basis }, body }),
    ctx: dateContextOf(date),
    isNew: true,
  };
}
