/**
 * Property: whatever a careless editor does to one quote of the real content
 * — invisible characters slipped in, the quote cut short, or the end of the
 * headline joined to the start of the body — the check names that quote's
 * field with the right problem, names every invisible character it holds,
 * and prints none of them raw in a quote message. A failure prints
 * fast-check's seed and path; pass them back to reproduce it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isSeq, parseDocument, Scalar } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { fieldPath, type Problem } from '../../src/lib/check/problem.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { articlePlainText } from '../../src/lib/content/markdown.ts';
import { codePointLabel, visibleLength } from '../../src/lib/text/invisible.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { copyRealContent } from './mutations.ts';

const copy = copyRealContent();
afterAll(() => copy.cleanup());

/** One quote of the content: its file, its path in the YAML, the article it cites. */
interface Site {
  file: string;
  path: (string | number)[];
  article: string;
  quote: string;
}

function sitesOf(file: string): Site[] {
  const doc = parseDocument(readFileSync(join(copy.content, file), 'utf8'));
  const sites: Site[] = [];
  const add = (path: (string | number)[]): void => {
    const quote = doc.getIn([...path, 'quote']);
    const article = doc.getIn([...path, 'article']);
    if (typeof quote === 'string' && typeof article === 'string')
      sites.push({ file, path: [...path, 'quote'], article, quote });
  };
  for (const list of ['sources', 'variants', 'corrections']) {
    const seq = doc.get(list);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      if (list === 'corrections' && isMap(item)) add([list, i, 'source']);
      else add([list, i]);
    });
  }
  return sites;
}

const SITES = copy.files
  .filter((f) => /^(cohorts|claims|context)\/.*\.yaml$/.test(f))
  .flatMap(sitesOf);
const ARTICLES = new Map(loadContent(copy.root).articles.map((a) => [a.id, a]));

/** Invisible characters an editor's copy can carry; the first three the matcher reads as spaces. */
const AS_SPACE = ['\u200b', '\u2060', '\ufeff'];
const INVISIBLE = [...AS_SPACE, '\u00ad', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e'];

/** `site` with its quote replaced by `quote` (written double-quoted); returns the restore. */
function rewrite(site: Site, quote: string): () => void {
  const path = join(copy.content, site.file);
  const original = readFileSync(path, 'utf8');
  const doc = parseDocument(original);
  const node = new Scalar(quote);
  node.type = Scalar.QUOTE_DOUBLE;
  doc.setIn(site.path, node);
  writeFileSync(path, String(doc));
  return () => writeFileSync(path, original);
}

/** The problems of the check with `quote` in `site`, and those at that quote's field. */
function checkWith(site: Site, quote: string): { all: Problem[]; here: Problem[] } {
  const restore = rewrite(site, quote);
  try {
    const all = runCheck(copy.root).problems;
    const field = fieldPath(site.path);
    const file = `content/${site.file}`;
    return { all, here: all.filter((p) => p.file.endsWith(file) && p.field === field) };
  } finally {
    restore();
  }
}

/** No message or fix of a quote problem prints an invisible character raw. */
function showsNothingRaw(problems: readonly Problem[]): void {
  for (const p of problems.filter((x) => x.code.startsWith('quote-')))
    for (const text of [p.message.id, p.message.en, p.fix.id, p.fix.en])
      expect(text).not.toMatch(/\p{Default_Ignorable_Code_Point}/u);
}

const site = fc.integer({ min: 0, max: SITES.length - 1 }).map((i) => SITES[i] as Site);
const RUNS = 100;

describe('the check on one quote of the real content, changed', () => {
  it('starts from quotes with no invisible characters, each of more than 20 letters', () => {
    expect(SITES.length).toBeGreaterThan(20);
    for (const s of SITES) expect(visibleLength(s.quote)).toBeGreaterThan(20);
    for (const s of SITES) expect(s.quote).not.toMatch(/\p{Default_Ignorable_Code_Point}/u);
  });

  it('names every invisible character slipped into a quote, or finds the quote still', () => {
    let named = 0;
    fc.assert(
      fc.property(
        site,
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...INVISIBLE)),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (s, inserts) => {
          const chars = Array.from(s.quote);
          for (const [at, c] of inserts) chars.splice(Math.floor(at * chars.length), 0, c);
          const changed = chars.join('');
          // The schema trims the quote, and a BOM is whitespace to it: one at an end is gone.
          const kept = Array.from(changed.trim()).filter((c) => INVISIBLE.includes(c));
          const { all, here } = checkWith(s, changed);
          showsNothingRaw(all);
          const quoteProblems = here.filter((p) => p.code.startsWith('quote-'));
          if (quoteProblems.length === 0) {
            // Only characters read as spaces, each where a space already stands or at an end.
            for (const c of kept) expect(AS_SPACE).toContain(c);
            return;
          }
          named += 1;
          expect(quoteProblems.map((p) => p.code)).toEqual(['quote-not-found']);
          const message = quoteProblems[0]?.message.id ?? '';
          expect(message).toContain('hanya berbeda dari teks artikel karena karakter tak terlihat');
          for (const c of kept) expect(message).toContain(codePointLabel(c.codePointAt(0) ?? 0));
        },
      ),
      { numRuns: RUNS },
    );
    expect(named).toBeGreaterThan(RUNS / 2);
  }, 120_000);

  it('refuses a quote cut under the minimum of letters and digits, and only such a quote', () => {
    fc.assert(
      fc.property(site, fc.integer({ min: 0, max: 40 }), (s, letters) => {
        // The quote up to its `letters`-th letter or digit.
        let seen = 0;
        let end = 0;
        for (const c of s.quote) {
          if (seen === letters) break;
          end += c.length;
          if (/[\p{L}\p{N}]/u.test(c)) seen += 1;
        }
        const cut = s.quote.slice(0, end);
        const { all, here } = checkWith(s, cut);
        showsNothingRaw(all);
        const short = here.filter((p) => p.code === 'quote-too-short');
        if (letters >= 20) expect(short).toEqual([]);
        else if (cut.trim().length >= 12 || s.path[0] === 'sources') {
          expect(short).toHaveLength(1);
          expect(short[0]?.message.id).toContain(
            `: ${letters} huruf dan angka, padahal minimal 20`,
          );
        } else expect(here.map((p) => p.code)).toContain('schema-too-small');
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('refuses a quote that joins the end of the headline to the start of the body', () => {
    const headlined = SITES.filter((s) => ARTICLES.get(s.article)?.data.title_basis === 'headline');
    expect(headlined.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.constantFrom(...headlined),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        (s, fromHead, fromBody) => {
          const article = ARTICLES.get(s.article);
          if (!article) throw new Error(s.article);
          const head = normalizeText(article.data.title).split(' ').slice(-fromHead);
          const body = normalizeText(articlePlainText(article.body)).split(' ').slice(0, fromBody);
          const quote = [...head, ...body].join(' ');
          const { all, here } = checkWith(s, quote);
          showsNothingRaw(all);
          const codes = here.filter((p) => p.code.startsWith('quote-')).map((p) => p.code);
          expect(codes).toEqual([
            visibleLength(quote) < 20 ? 'quote-too-short' : 'quote-spans-headline',
          ]);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
