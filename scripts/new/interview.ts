/**
 * The interview of `npm run new`, in Indonesian: the press release first
 * (headline, outlet, date, address, text), then what it reports (a cohort,
 * a claim) and the quotes that back each value. Every question already
 * answered by a flag is skipped; the result is the same `Answers` a script
 * would pass as flags, so both paths build files the same way.
 */
import { articleKinds } from '../../src/schemas/article.ts';
import { askChoice, askText, askYesNo, type Option, type Prompter } from './ask.ts';
import { stripFurniture } from './body.ts';
import { askClaim, askCohort, termOptions } from './interview-records.ts';
import type { Answers } from './options.ts';
import { findTwin, planArticle, type ArticleSource } from './plan-article.ts';
import { emptyPlan, type ScaffoldEnv } from './plan.ts';
import { siteDefaults } from './site-defaults.ts';
import { checkDate, checkText, checkUrl } from './validate.ts';

export interface Interviewed {
  answers: Answers;
  /** The press release text as pasted (or read from --body-file). */
  pasted: string | undefined;
}

const KIND_OPTIONS: Option[] = articleKinds.map((k) => ({
  value: k,
  label: {
    'press-release': 'press-release — siaran pers Pemkot/Humas (juga bila dimuat media)',
    news: 'news — berita yang ditulis wartawan',
    republication: 'republication — tulisan ulang artikel media lain',
  }[k],
}));

/**
 * When the headline or address is one of an article already stored, say so at
 * once and offer to continue with that article (a new cohort or claim from
 * it) instead of asking everything and refusing at the end. True when taken.
 */
async function offerTwin(io: Prompter, a: Answers, env: ScaffoldEnv): Promise<boolean> {
  const twin = findTwin(env.content.articles, a['article-title'], a.url);
  if (!twin) return false;
  io.say(
    `  ! Artikel ini sudah ada di situs: ${twin.file} (judul atau alamat web sama). (This article is already on the site.)`,
  );
  if (
    !(await askYesNo(
      io,
      '  Lanjutkan dengan artikel itu (menambah angkatan atau klaim darinya)?',
      true,
    ))
  )
    return false;
  a.article = twin.id;
  delete a['article-title'];
  delete a.outlet;
  delete a['outlet-name'];
  delete a.published;
  delete a.url;
  return true;
}

/** Questions about a new article; fills `a` and returns the pasted text. */
async function newArticle(
  io: Prompter,
  a: Answers,
  env: ScaffoldEnv,
  pasted: string | undefined,
): Promise<string | undefined> {
  io.say('\n— Siaran pers (the press release) —');
  a['article-title'] = await askText(io, 'Judul, persis seperti diterbitkan', {
    given: a['article-title'],
    required: true,
    check: (x) => checkText(x, 'Judul'),
  });
  if (await offerTwin(io, a, env)) return pasted;
  const outlets = [
    ...termOptions(env, 'outlets'),
    { value: 'unknown', label: 'unknown — media tidak disebut' },
    { value: 'new', label: 'new — media baru (belum ada di daftar)' },
  ];
  a.outlet = await askChoice(io, 'Media penerbit:', outlets, {
    given: a.outlet,
    fallback: 'unknown',
  });
  if (a.outlet === 'new')
    a['outlet-name'] = await askText(io, 'Nama media', {
      given: a['outlet-name'],
      required: true,
      check: (x) => checkText(x, 'Nama media'),
    });
  a.published = await askText(
    io,
    'Tanggal terbit (2024-06-12; 2024-06 bila hanya bulannya diketahui)',
    {
      given: a.published,
      required: true,
      check: (x) => checkDate(x, 'Tanggal terbit'),
    },
  );
  a.url = await askText(io, 'Alamat web asli, https://… (Enter = tidak diketahui)', {
    given: a.url,
    check: (x) => checkUrl(x, 'Alamat web'),
  });
  if (await offerTwin(io, a, env)) return pasted;
  a.kind = await askChoice(io, 'Jenis artikel:', KIND_OPTIONS, {
    given: a.kind,
    fallback: 'press-release',
  });
  if (a.kind === 'republication') {
    const outlets2 = [
      ...termOptions(env, 'outlets'),
      { value: 'unknown', label: 'unknown — tidak disebut' },
    ];
    a['republishes-outlet'] = await askChoice(io, 'Media asal yang ditulis ulang:', outlets2, {
      given: a['republishes-outlet'],
      fallback: 'unknown',
    });
  }
  a['summary-id'] = await askText(
    io,
    'Ringkasan 1–2 kalimat, bahasa Indonesia (Enter = isi nanti)',
    { given: a['summary-id'], check: (x) => checkText(x, 'Ringkasan') },
  );
  a['summary-en'] = await askText(io, 'Ringkasan, bahasa Inggris (Enter = isi nanti)', {
    given: a['summary-en'],
    check: (x) => checkText(x, 'Summary'),
  });
  let text = pasted;
  while (text === undefined || text.trim() === '') {
    text = await io.askBlock(
      'Tempel teks lengkap siaran pers, lalu ketik satu titik (.) di baris sendiri dan Enter:',
    );
    if (text === undefined) return undefined;
  }
  const clean = stripFurniture(text, a['article-title']);
  if (clean.removed.length > 0) {
    io.say('Baris berikut dibuang karena bukan bagian artikel (removed as site furniture):');
    clean.removed.forEach((l) => io.say(`  - ${l}`));
  }
  return text;
}

/** The article as a quote source, when the answers so far make a valid one. */
function source(
  a: Answers,
  env: ScaffoldEnv,
  pasted: string | undefined,
): ArticleSource | undefined {
  const scratch = emptyPlan();
  return planArticle(
    { ...a, 'article-id': a['article-id'] ?? 'artikel-baru' },
    pasted,
    { ...env, readFile: () => undefined },
    scratch,
    undefined,
  );
}

/**
 * Ask every question not answered in `given`, then return the answers. At
 * the end of input the remaining questions take their defaults.
 */
export async function interview(
  io: Prompter,
  given: Answers,
  env: ScaffoldEnv,
  pasted: string | undefined,
): Promise<Interviewed> {
  const a: Answers = { ...given };
  const { siteName } = siteDefaults(env.content.profile?.data);
  io.say(
    `Menambah siaran pers ke ${siteName}. Enter = lewati pertanyaan opsional / pakai nilai [bawaan].`,
  );
  io.say('(Adding a press release. Enter skips an optional question or takes the [default].)');
  let text = pasted;
  if (a.article === undefined && a['article-title'] === undefined) {
    const which = await askChoice(
      io,
      '\nArtikelnya:',
      [
        { value: 'new', label: 'siaran pers baru (a new press release)' },
        {
          value: 'existing',
          label: 'artikel yang sudah ada di situs (an article already on the site)',
        },
      ],
      { fallback: 'new' },
    );
    if (which === 'existing') {
      const articles = env.content.articles.map((x) => ({
        value: x.id,
        label: `${x.id} — ${x.data.title}`,
      }));
      a.article = await askChoice(io, 'Artikel yang mana?', articles);
    }
  }
  if (a.article === undefined) text = await newArticle(io, a, env, text);
  const article = source(a, env, text);
  if (!article) return { answers: a, pasted: text };
  await askCohort(io, a, env, article);
  await askClaim(io, a, env, article);
  return { answers: a, pasted: text };
}
