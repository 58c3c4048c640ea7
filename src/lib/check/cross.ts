/**
 * Checks across entries: references resolve, quotes occur exactly once in the
 * cited article, cited values appear in their quotes, every fact has a
 * source, dates are coherent. Pure: takes loaded content, returns problems.
 */
import type { Citation } from '../../schemas/citation.ts';
import type { VocabularyName } from '../../schemas/vocabulary.ts';
import type { ArticleEntry, Entry, LoadedContent, RejectedEntry } from '../content/load.ts';
import { articlePlainText, readArticleBody, type UnsafeMarkup } from '../content/markdown.ts';
import {
  earliestDay,
  isDefinitelyBefore,
  isValidPartialDate,
  latestDay,
  precisionOf,
} from '../dates/partial-date.ts';
import {
  formatDateId,
  mentionsDate,
  mentionsNumber,
  mentionsOrdinal,
  mentionsPeriod,
  type DateContext,
} from '../text/indonesian.ts';
import { containsTerm, findQuote, normalizeText } from '../text/normalize.ts';
import { isFurniture } from '../text/furniture.ts';
import { nearest, suggestTerms } from '../text/suggest.ts';
import { claimFacts, cohortFacts, contextFacts, type Fact } from './facts.ts';
import { notAFactField, problemAt, type Bilingual, type Problem } from './problem.ts';
import { quoteHint } from './quote-hint.ts';
import { checkCorrections } from './corrections.ts';

interface ArticleIndexEntry {
  entry: ArticleEntry;
  text: string;
  ctx: DateContext;
  /** Raw HTML and unsafe links in the body (found in the same parse as `text`). */
  unsafe: UnsafeMarkup[];
}

type Path = readonly PropertyKey[];

function dateContext(published: string): DateContext {
  const [y, m] = published.split('-');
  return { year: Number(y), ...(m ? { month: Number(m) } : {}) };
}

/**
 * The text quotes are matched against: the headline (when it is the
 * published one) and the body, as a reader sees them.
 */
export function quotableText(entry: {
  data: Pick<ArticleEntry['data'], 'title' | 'title_basis'>;
  body: string;
}): string {
  return withHeadline(entry.data, articlePlainText(entry.body));
}

function withHeadline(
  data: Pick<ArticleEntry['data'], 'title' | 'title_basis'>,
  bodyText: string,
): string {
  return data.title_basis === 'headline' ? `${data.title}\n\n${bodyText}` : bodyText;
}

/** Index of articles by id, with the plain text quotes are matched against. */
export function indexArticles(articles: readonly ArticleEntry[]): Map<string, ArticleIndexEntry> {
  return new Map(
    articles.map((entry) => {
      const body = readArticleBody(entry.body);
      return [
        entry.id,
        {
          entry,
          text: withHeadline(entry.data, body.text),
          ctx: dateContext(entry.data.published),
          unsafe: body.unsafe,
        },
      ];
    }),
  );
}

function describe(fact: Fact, content: LoadedContent): Bilingual {
  const c = fact.check;
  switch (c.kind) {
    case 'number':
      return { id: `angka ${c.value}`, en: `the number ${c.value}` };
    case 'period':
      return {
        id: c.end
          ? `periode ${formatDateId(c.start)} – ${formatDateId(c.end)}`
          : `waktu ${formatDateId(c.start)}`,
        en: c.end ? `the period ${c.start} – ${c.end}` : `the date ${c.start}`,
      };
    case 'date':
      return { id: `tanggal ${formatDateId(c.value)}`, en: `the date ${c.value}` };
    case 'term': {
      const terms = content.vocabularies[c.vocabulary].get(c.key)?.terms ?? [c.key];
      return {
        id: `salah satu sebutan: ${terms.join(' / ')}`,
        en: `one of the names: ${terms.join(' / ')}`,
      };
    }
    case 'text':
      return { id: `teks "${c.value}"`, en: `the text "${c.value}"` };
    case 'list':
      return { id: `salah satu dari: ${c.items.join('; ')}`, en: `one of: ${c.items.join('; ')}` };
    case 'words':
      return {
        id: `kata ${c.words.map((w) => `"${w}"`).join(' / ')}`,
        en: `the words ${c.words.map((w) => `"${w}"`).join(' / ')}`,
      };
    case 'none':
      return { id: '-', en: '-' };
  }
}

/** Whether the quote states the fact, where that can be checked. */
export function quoteStates(
  fact: Fact,
  quote: string,
  ctx: DateContext,
  content: LoadedContent,
): boolean {
  const c = fact.check;
  switch (c.kind) {
    case 'number':
      return mentionsNumber(quote, c.value) || mentionsOrdinal(quote, c.value);
    case 'period':
      return mentionsPeriod(quote, c.start, c.end, ctx);
    case 'date':
      return precisionOf(c.value) === 'year'
        ? mentionsNumber(quote, Number(c.value))
        : mentionsDate(quote, c.value, ctx);
    case 'term': {
      const term = content.vocabularies[c.vocabulary].get(c.key);
      return term ? term.terms.some((t) => containsTerm(quote, t)) : true;
    }
    case 'text':
      return containsTerm(quote, c.value);
    case 'list':
      return c.items.some((item) => containsTerm(quote, item));
    case 'words':
      return c.words.some((w) => containsTerm(quote, w));
    case 'none':
      return true;
  }
}

function checkVocab(
  entry: Entry<unknown>,
  path: Path,
  vocabulary: VocabularyName,
  key: string | undefined,
  content: LoadedContent,
): Problem[] {
  if (key === undefined || content.vocabularies[vocabulary].has(key)) return [];
  const near = suggestTerms(key, content.vocabularies[vocabulary]);
  return [
    problemAt(
      entry,
      path,
      'vocabulary-term-unknown',
      {
        id: `"${key}" tidak ada di kosakata ${vocabulary}.`,
        en: `"${key}" is not in the ${vocabulary} vocabulary.`,
      },
      {
        id: `Pilih istilah yang ada${near.length ? `, mis. ${near.join(', ')}` : ''}, atau tambahkan istilah baru di content/vocabularies/${vocabulary}.yaml.`,
        en: `Choose an existing term${near.length ? `, e.g. ${near.join(', ')}` : ''}, or add a new one to content/vocabularies/${vocabulary}.yaml.`,
      },
    ),
  ];
}

/** A citation's article that is not among the readable articles: missing, or there but unreadable. */
function unknownArticle(
  entry: Entry<unknown>,
  path: Path,
  id: string,
  articles: Map<string, ArticleIndexEntry>,
  content: LoadedContent,
): Problem {
  const unreadable = content.unreadableArticles.get(id);
  if (unreadable !== undefined)
    return problemAt(
      entry,
      path,
      'reference-unreadable-article',
      {
        id: `Artikel "${id}" ada (${unreadable}) tetapi tidak dapat dibaca, jadi kutipannya belum dapat diperiksa.`,
        en: `Article "${id}" exists (${unreadable}) but cannot be read, so its quotes cannot be checked yet.`,
      },
      {
        id: `Perbaiki dulu masalah di ${unreadable} (lihat pesan untuk berkas itu); kutipan ini diperiksa lagi sesudahnya.`,
        en: `First fix the problems reported for ${unreadable}; this quote is checked again after that.`,
      },
    );
  const near = nearest(id, articles.keys());
  return problemAt(
    entry,
    path,
    'reference-unknown-article',
    {
      id: `Artikel "${id}" tidak ditemukan di content/articles.`,
      en: `Article "${id}" not found in content/articles.`,
    },
    {
      id: `Tulis id artikel yang ada (nama berkas tanpa .md)${near.length ? `, mis. ${near.join(', ')}` : ''}.`,
      en: `Use the id of an existing article (file name without .md)${near.length ? `, e.g. ${near.join(', ')}` : ''}.`,
    },
  );
}

/** The problem with where a quote occurs in its article (nowhere, or more than once), if any. */
function quoteProblem(
  entry: Entry<unknown>,
  path: Path,
  source: { article: string; quote: string },
  article: ArticleIndexEntry,
): Problem | undefined {
  const hits = findQuote(article.text, source.quote);
  if (hits.length === 0) {
    const hint = quoteHint(article.text, source.quote, source.article);
    return problemAt(
      entry,
      path,
      'quote-not-found',
      {
        id: `Kutipan tidak ditemukan di teks artikel ${source.article}.${hint.id}`,
        en: `Quote not found in the text of article ${source.article}.${hint.en}`,
      },
      {
        id: `Salin kutipan persis dari ${article.entry.file} (huruf besar/kecil dan tanda baca harus sama; spasi dan baris baru boleh berbeda), atau perbaiki kutipan di tempat yang berbeda itu.`,
        en: `Copy the words exactly from ${article.entry.file} (case and punctuation must match; spaces and line breaks may differ), or correct the quote where it differs.`,
      },
    );
  }
  if (hits.length > 1)
    return problemAt(
      entry,
      path,
      'quote-ambiguous',
      {
        id: `Kutipan muncul ${hits.length} kali di artikel ${source.article}, jadi tidak jelas bagian mana yang dimaksud.`,
        en: `Quote occurs ${hits.length} times in article ${source.article}, so the passage is ambiguous.`,
      },
      {
        id: 'Perpanjang kutipan dengan kata-kata di sekitarnya sampai hanya muncul satu kali.',
        en: 'Extend the quote with surrounding words until it occurs only once.',
      },
    );
  return undefined;
}

/** The problem of a training period that ends before it starts, if it does. */
function endBeforeStart(entry: Entry<unknown>, start: string, end: string | undefined): Problem[] {
  if (!end || !isDefinitelyBefore(end, start)) return [];
  return [
    problemAt(
      entry,
      ['period', 'end'],
      'date-end-before-start',
      {
        id: `Akhir pelatihan (${end}) sebelum awalnya (${start}).`,
        en: `Training ends (${end}) before it starts (${start}).`,
      },
      {
        id: 'Periksa urutan period.start dan period.end.',
        en: 'Check the order of period.start and period.end.',
      },
    ),
  ];
}

/** The value at `key` of raw data when it is a string. */
const stringAt = (data: unknown, key: string): string | undefined => {
  const v =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/**
 * What can still be checked in an entry that failed its schema: its
 * vocabulary terms and where its quotes occur. Whether a value is stated in
 * its quote waits until the entry is valid (the value may be the error).
 */
function checkRejected(
  entry: RejectedEntry,
  articles: Map<string, ArticleIndexEntry>,
  content: LoadedContent,
): Problem[] {
  const problems: Problem[] = [];
  const d = entry.data;
  const scope =
    typeof d === 'object' && d !== null ? (d as Record<string, unknown>)['scope'] : undefined;
  const terms: [Path, VocabularyName, string | undefined][] =
    entry.collection === 'cohorts'
      ? [
          [['programme'], 'programmes', stringAt(d, 'programme')],
          [['theme'], 'themes', stringAt(d, 'theme')],
          [['place'], 'places', stringAt(d, 'place')],
        ]
      : entry.collection === 'claims'
        ? [
            [['scope', 'programme'], 'programmes', stringAt(scope, 'programme')],
            [['scope', 'place'], 'places', stringAt(scope, 'place')],
          ]
        : [];
  if (entry.collection === 'cohorts') {
    const period =
      typeof d === 'object' && d !== null ? (d as Record<string, unknown>)['period'] : undefined;
    const start = stringAt(period, 'start');
    const end = stringAt(period, 'end');
    if (
      start !== undefined &&
      end !== undefined &&
      isValidPartialDate(start) &&
      isValidPartialDate(end)
    )
      problems.push(...endBeforeStart(entry, start, end));
  }
  for (const [path, vocabulary, key] of terms)
    if (key !== undefined) problems.push(...checkVocab(entry, path, vocabulary, key, content));
  const sources =
    typeof d === 'object' && d !== null ? (d as Record<string, unknown>)['sources'] : undefined;
  if (!Array.isArray(sources)) return problems;
  sources.forEach((source: unknown, i) => {
    const id = stringAt(source, 'article');
    const quote = stringAt(source, 'quote');
    if (id === undefined || quote === undefined) return;
    const article = articles.get(id);
    if (!article) {
      problems.push(unknownArticle(entry, ['sources', i, 'article'], id, articles, content));
      return;
    }
    const placed = quoteProblem(entry, ['sources', i, 'quote'], { article: id, quote }, article);
    if (placed) problems.push(placed);
  });
  return problems;
}

/** Check the sources of one record against its facts. */
function checkSources(
  entry: Entry<{ sources: Citation[] }>,
  facts: Fact[],
  articles: Map<string, ArticleIndexEntry>,
  content: LoadedContent,
): Problem[] {
  const problems: Problem[] = [];
  const factByPath = new Map(facts.map((f) => [f.path, f]));
  const supported = new Set<string>();
  const listHits = new Map<string, Set<string>>();

  entry.data.sources.forEach((source, i) => {
    const base = ['sources', i];
    const article = articles.get(source.article);
    if (!article)
      problems.push(unknownArticle(entry, [...base, 'article'], source.article, articles, content));
    source.supports.forEach((path, j) => {
      if (!factByPath.has(path)) {
        problems.push(
          notAFactField(entry, [...base, 'supports', j], 'supports-unknown-field', path, facts),
        );
      } else supported.add(path);
    });
    if (!article) return;
    const placed = quoteProblem(entry, [...base, 'quote'], source, article);
    if (placed) {
      problems.push(placed);
      return;
    }
    const quote = normalizeText(source.quote);
    source.supports.forEach((path, j) => {
      const fact = factByPath.get(path);
      if (!fact) return;
      if (fact.check.kind === 'list') {
        const seen = listHits.get(path) ?? new Set<string>();
        for (const item of fact.check.items) if (containsTerm(quote, item)) seen.add(item);
        listHits.set(path, seen);
      }
      if (!quoteStates(fact, quote, article.ctx, content)) {
        const what = describe(fact, content);
        problems.push(
          problemAt(
            entry,
            [...base, 'supports', j],
            'value-not-in-quote',
            {
              id: `Kutipan tidak menyebut ${what.id} untuk kolom ${path}.`,
              en: `The quote does not state ${what.en} for field ${path}.`,
            },
            {
              id: `Pilih kutipan yang memuat nilai itu, perbaiki nilai ${path}, atau hapus "${path}" dari supports kutipan ini.`,
              en: `Choose a passage that states the value, correct ${path}, or remove "${path}" from this citation's supports.`,
            },
          ),
        );
      }
    });
  });

  for (const fact of facts) {
    const path = fact.path.split('.');
    if (!supported.has(fact.path)) {
      problems.push(
        problemAt(
          entry,
          path,
          'fact-without-source',
          {
            id: `Kolom ${fact.path} tidak didukung oleh sumber mana pun.`,
            en: `Field ${fact.path} is not supported by any source.`,
          },
          {
            id: `Tambahkan "${fact.path}" ke supports pada kutipan yang menyebutnya, atau tambahkan sumber baru; bila sumber tidak menyebutnya, hapus kolom ini.`,
            en: `Add "${fact.path}" to the supports of a citation that states it, or add a new source; if no source states it, remove the field.`,
          },
        ),
      );
    } else if (fact.check.kind === 'list') {
      const seen = listHits.get(fact.path) ?? new Set<string>();
      for (const item of fact.check.items.filter((x) => !seen.has(x))) {
        problems.push(
          problemAt(
            entry,
            path,
            'list-item-without-source',
            {
              id: `"${item}" di ${fact.path} tidak disebut oleh kutipan mana pun.`,
              en: `"${item}" in ${fact.path} is not named by any quote.`,
            },
            {
              id: 'Tambahkan kutipan yang menyebutnya atau hapus butir ini.',
              en: 'Add a passage that names it or remove the item.',
            },
          ),
        );
      }
    }
  }
  return problems;
}

/** A variant names a fact field, quotes its article exactly once, and the quote states its value. */
function checkVariants(
  entry: Entry<{
    variants?: { field: string; value: string; article: string; quote: string }[] | undefined;
  }>,
  facts: Fact[],
  articles: Map<string, ArticleIndexEntry>,
  content: LoadedContent,
): Problem[] {
  const problems: Problem[] = [];
  (entry.data.variants ?? []).forEach((v, i) => {
    const base = ['variants', i];
    if (!facts.some((f) => f.path === v.field)) {
      problems.push(
        notAFactField(entry, [...base, 'field'], 'supports-unknown-field', v.field, facts),
      );
    }
    const article = articles.get(v.article);
    if (!article) {
      problems.push(unknownArticle(entry, [...base, 'article'], v.article, articles, content));
      return;
    }
    const hits = findQuote(article.text, v.quote).length;
    if (hits !== 1) {
      const hint = hits === 0 ? quoteHint(article.text, v.quote, v.article) : undefined;
      problems.push(
        problemAt(
          entry,
          [...base, 'quote'],
          hits === 0 ? 'quote-not-found' : 'quote-ambiguous',
          hint
            ? {
                id: `Kutipan tidak ditemukan di teks artikel ${v.article}.${hint.id}`,
                en: `Quote not found in the text of article ${v.article}.${hint.en}`,
              }
            : {
                id: `Kutipan muncul ${hits} kali di artikel ${v.article}.`,
                en: `Quote occurs ${hits} times in article ${v.article}.`,
              },
          hint
            ? {
                id: `Salin kutipan persis dari ${article.entry.file}, atau perbaiki kutipan di tempat yang berbeda itu.`,
                en: `Copy the words exactly from ${article.entry.file}, or correct the quote where it differs.`,
              }
            : {
                id: 'Perpanjang kutipan sampai hanya muncul satu kali.',
                en: 'Extend the quote until it occurs only once.',
              },
        ),
      );
      return;
    }
    const quote = normalizeText(v.quote);
    const states = /^\d+$/.test(v.value)
      ? mentionsNumber(quote, Number(v.value))
      : containsTerm(quote, v.value);
    if (!states) {
      problems.push(
        problemAt(
          entry,
          [...base, 'value'],
          'value-not-in-quote',
          {
            id: `Kutipan tidak menyebut "${v.value}".`,
            en: `The quote does not state "${v.value}".`,
          },
          {
            id: 'Tulis nilai dengan kata-kata yang ada di kutipan.',
            en: 'Write the value in words that occur in the quote.',
          },
        ),
      );
    }
  });
  return problems;
}

function sourcesPublished(
  entry: Entry<{ sources: Citation[] }>,
  articles: Map<string, ArticleIndexEntry>,
): string[] {
  return entry.data.sources.flatMap((s) => {
    const a = articles.get(s.article);
    return a ? [a.entry.data.published] : [];
  });
}

/** Every cross-entry problem in the loaded content. */
export function checkContent(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const articles = indexArticles(content.articles);

  for (const a of content.articles) {
    if (a.data.outlet !== 'unknown')
      problems.push(...checkVocab(a, ['outlet'], 'outlets', a.data.outlet, content));
    const rep = a.data.republishes?.outlet;
    if (rep && rep !== 'unknown')
      problems.push(...checkVocab(a, ['republishes', 'outlet'], 'outlets', rep, content));
    a.body.split('\n').forEach((line, i) => {
      if (!isFurniture(line)) return;
      problems.push({
        file: a.file,
        line: a.bodyLine + i,
        field: '(body)',
        code: 'body-furniture',
        message: {
          id: `Baris ini bagian dari halaman situs berita, bukan artikel: "${line.trim()}".`,
          en: `This line belongs to the news site's page, not to the article: "${line.trim()}".`,
        },
        fix: {
          id: 'Hapus baris ini dari teks artikel (teks tersimpan hanya berisi artikelnya).',
          en: 'Remove this line from the article text (the stored text holds only the article).',
        },
      });
    });
    for (const u of articles.get(a.id)?.unsafe ?? []) {
      problems.push({
        file: a.file,
        line: a.bodyLine + u.line - 1,
        field: '(body)',
        code: u.kind === 'html' ? 'body-raw-html' : 'body-link-scheme',
        message:
          u.kind === 'html'
            ? {
                id: `Teks artikel berisi HTML: ${u.excerpt}`,
                en: `The article text contains HTML: ${u.excerpt}`,
              }
            : {
                id: `Tautan dengan alamat tidak aman: ${u.excerpt}`,
                en: `Link with an unsafe address: ${u.excerpt}`,
              },
        fix:
          u.kind === 'html'
            ? {
                id: 'Hapus tag HTML; simpan hanya teks artikel.',
                en: 'Remove the HTML tags; keep only the article text.',
              }
            : {
                id: 'Gunakan alamat https:// atau hapus tautannya.',
                en: 'Use an https:// address or remove the link.',
              },
      });
    }
  }

  for (const c of content.cohorts) {
    const d = c.data;
    problems.push(...checkVocab(c, ['programme'], 'programmes', d.programme, content));
    problems.push(...checkVocab(c, ['theme'], 'themes', d.theme, content));
    problems.push(...checkVocab(c, ['place'], 'places', d.place, content));
    d.participants.forEach((p, i) =>
      problems.push(
        ...checkVocab(c, ['participants', i, 'group'], 'participant-groups', p.group, content),
      ),
    );
    problems.push(...endBeforeStart(c, d.period.start, d.period.end));
    if (d.sendoff && isDefinitelyBefore(d.period.start, d.sendoff.date)) {
      problems.push(
        problemAt(
          c,
          ['sendoff', 'date'],
          'date-sendoff-after-start',
          {
            id: `Pelepasan (${d.sendoff.date}) setelah pelatihan dimulai (${d.period.start}).`,
            en: `Send-off (${d.sendoff.date}) is after the training starts (${d.period.start}).`,
          },
          {
            id: 'Pelepasan terjadi sebelum berangkat: periksa sendoff.date dan period.start.',
            en: 'The send-off comes before departure: check sendoff.date and period.start.',
          },
        ),
      );
    }
    if (d.status === 'held') {
      const published = sourcesPublished(c, articles);
      if (published.length > 0 && published.every((p) => isDefinitelyBefore(p, d.period.start))) {
        problems.push(
          problemAt(
            c,
            ['status'],
            'status-held-unsupported',
            {
              id: 'Status held, tetapi semua sumber terbit sebelum pelatihan dimulai.',
              en: 'Status is held, but every source was published before the training started.',
            },
            {
              id: 'Gunakan status planned (atau announced) sampai ada sumber yang melaporkan pelatihan sudah berlangsung.',
              en: 'Use status planned (or announced) until a source reports that the training took place.',
            },
          ),
        );
      }
    }
    const facts = cohortFacts(d);
    problems.push(...checkSources(c, facts, articles, content));
    problems.push(...checkVariants(c, facts, articles, content));
    problems.push(
      ...checkCorrections(c, { kind: 'cohort', data: d }, facts, articles, content.vocabularies),
    );
  }

  for (const c of content.claims) {
    const d = c.data;
    problems.push(
      ...checkVocab(c, ['scope', 'programme'], 'programmes', d.scope.programme, content),
    );
    problems.push(...checkVocab(c, ['scope', 'place'], 'places', d.scope.place, content));
    const published = sourcesPublished(c, articles);
    const compatible = published.some(
      (p) => !(latestDay(p) < earliestDay(d.made_on) || latestDay(d.made_on) < earliestDay(p)),
    );
    if (published.length > 0 && !compatible) {
      problems.push(
        problemAt(
          c,
          ['made_on'],
          'date-claim-made-on',
          {
            id: `made_on (${d.made_on}) tidak cocok dengan tanggal terbit sumbernya (${published.join(', ')}).`,
            en: `made_on (${d.made_on}) does not match the publication date of its sources (${published.join(', ')}).`,
          },
          {
            id: 'Isi made_on dengan tanggal terbit artikel yang memuat pernyataan itu.',
            en: 'Set made_on to the publication date of the article that makes the statement.',
          },
        ),
      );
    }
    const claimFactList = claimFacts(d);
    problems.push(...checkSources(c, claimFactList, articles, content));
    problems.push(
      ...checkCorrections(
        c,
        { kind: 'claim', data: d },
        claimFactList,
        articles,
        content.vocabularies,
      ),
    );
  }

  for (const e of content.context) {
    if (e.data.date_basis === 'publication') {
      const published = sourcesPublished(e, articles);
      if (published.length > 0 && !published.includes(e.data.date)) {
        problems.push(
          problemAt(
            e,
            ['date'],
            'date-not-publication',
            {
              id: `date_basis: publication, tetapi date (${e.data.date}) berbeda dari tanggal terbit sumber (${published.join(', ')}).`,
              en: `date_basis is publication, but date (${e.data.date}) differs from the sources' publication date (${published.join(', ')}).`,
            },
            {
              id: 'Samakan date dengan tanggal terbit artikel, atau gunakan date_basis: stated dengan kutipan yang menyebut tanggal.',
              en: "Set date to the article's publication date, or use date_basis: stated with a quote that gives the date.",
            },
          ),
        );
      }
    }
    problems.push(...checkSources(e, contextFacts(e.data), articles, content));
  }

  for (const entry of content.rejected)
    if (entry.collection !== 'articles') problems.push(...checkRejected(entry, articles, content));

  const ids = new Map<string, string>();
  for (const entry of [...content.cohorts, ...content.claims, ...content.context]) {
    const earlier = ids.get(entry.id);
    if (earlier) {
      problems.push({
        file: entry.file,
        code: 'id-duplicate',
        message: {
          id: `Id "${entry.id}" sudah dipakai oleh ${earlier}.`,
          en: `Id "${entry.id}" is already used by ${earlier}.`,
        },
        fix: {
          id: 'Ganti nama salah satu berkas: id harus unik di seluruh situs.',
          en: 'Rename one of the files: ids must be unique across the site.',
        },
      });
    } else ids.set(entry.id, entry.file);
  }
  return problems;
}
