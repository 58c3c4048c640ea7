import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { checkContent, indexArticles, quotableText } from '../../../src/lib/check/cross.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import {
  ARTICLE_FILE,
  ARTICLE_ID,
  ARTICLE_TEXT,
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_ID,
  COHORT_TEXT,
  CONTEXT_TEXT,
  articleText,
  makeCorpus,
  type Corpus,
  type FileText,
} from '../../helpers/corpus.ts';

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

function check(files: Record<string, FileText | null> = {}): Problem[] {
  const corpus = makeCorpus(files);
  corpora.push(corpus);
  return runCheck(corpus.root).problems;
}

/** The cohort with one passage of its text replaced. */
function cohortWith(from: string, to: string): Record<string, string> {
  expect(COHORT_TEXT).toContain(from);
  return { [COHORT_FILE]: COHORT_TEXT.replace(from, to) };
}

const lineIn = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The problems with one code, each checked for a complete message and fix. */
function withCode(problems: Problem[], code: string): Problem[] {
  const found = problems.filter((p) => p.code === code);
  expect(found, `no ${code} in ${JSON.stringify(problems, null, 1)}`).not.toHaveLength(0);
  for (const p of found) {
    expect(p.message.id).not.toBe('');
    expect(p.message.en).not.toBe('');
    expect(p.fix.id).not.toBe('');
    expect(p.fix.en).not.toBe('');
  }
  return found;
}

const COHORT_PATH = `content/${COHORT_FILE}`;

describe('runCheck', () => {
  it('finds no problem in the minimal corpus', () => {
    const corpus = makeCorpus();
    corpora.push(corpus);
    const r = runCheck(corpus.root);
    expect(r.problems).toEqual([]);
    expect(r.content.articles.map((a) => a.id)).toEqual([ARTICLE_ID]);
    expect(r.content.cohorts.map((c) => c.id)).toEqual([COHORT_ID]);
    expect(r.content.vocabularies.themes.has('smart-city-cybersecurity')).toBe(true);
  });

  it('finds no problem with a valid claim, context event and second article', () => {
    expect(
      check({
        'claims/c.yaml': CLAIM_TEXT,
        'context/e.yaml': CONTEXT_TEXT,
        'articles/own.md': articleText('Teks artikel uji.'),
      }),
    ).toEqual([]);
  });

  it('reads a content folder given apart from the root', () => {
    const corpus = makeCorpus(cohortWith('count: 25', 'count: 0'));
    corpora.push(corpus);
    const problems = runCheck('/', corpus.content).problems;
    expect(problems[0]?.file.endsWith(COHORT_FILE)).toBe(true);
  });

  it('returns problems sorted by file then line', () => {
    const problems = check({
      ...cohortWith('count: 25', 'count: 26'),
      'claims/c.yaml': CLAIM_TEXT.replace('made_on: 2019-02', 'made_on: 2020'),
    });
    const keys = problems.map((p) => [p.file, p.line ?? 0] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(new Set(problems.map((p) => p.file)).size).toBe(2);
  });
});

describe('checkContent', () => {
  it('is pure: the same content gives the same problems', () => {
    const corpus = makeCorpus(cohortWith('count: 25', 'count: 26'));
    corpora.push(corpus);
    const content = loadContent(corpus.root);
    expect(content.problems).toEqual([]);
    const first = checkContent(content);
    expect(first.length).toBeGreaterThan(0);
    expect(checkContent(content)).toEqual(first);
  });

  describe('references', () => {
    it('reports an unknown article and suggests the nearest id', () => {
      const problems = check(
        cohortWith(
          `- article: ${ARTICLE_ID}\n    quote: >-\n      Sebanyak`,
          `- article: 2019-02-diskominfo-smart-cty\n    quote: >-\n      Sebanyak`,
        ),
      );
      const [p] = withCode(problems, 'reference-unknown-article');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'sources[0].article' });
      expect(p?.line).toBe(lineIn(COHORT_TEXT, 'quote: >-') - 1);
      expect(p?.message.en).toContain('2019-02-diskominfo-smart-cty');
      expect(p?.fix.en).toContain(`e.g. ${ARTICLE_ID}`);
      expect(p?.fix.id).toContain(`mis. ${ARTICLE_ID}`);
    });

    it('reports an unknown vocabulary term and suggests the nearest', () => {
      const problems = check(
        cohortWith('theme: smart-city-cybersecurity', 'theme: smart-city-cybersecurty'),
      );
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'theme', line: 2 });
      expect(p?.fix.en).toMatch(/e\.g\. smart-city-cybersecurity/);
      expect(p?.fix.en).toContain('content/vocabularies/themes.yaml');
    });

    it('reports unknown place, programme and participant group terms', () => {
      const problems = check({
        [COHORT_FILE]: COHORT_TEXT.replace('programme: scp', 'programme: spc')
          .replace('place: singapore', 'place: singapur')
          .replace('group: asn-kota-jambi', 'group: asn-jambi'),
      });
      expect(withCode(problems, 'vocabulary-term-unknown').map((p) => p.field)).toEqual([
        'programme',
        'place',
        'participants[0].group',
      ]);
    });

    it('reports an unknown outlet on an article', () => {
      const problems = check({
        [ARTICLE_FILE]: ARTICLE_TEXT.replace(
          'outlet: diskominfo-kota-jambi',
          'outlet: diskominfo-kota-jamby',
        ),
      });
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: `content/${ARTICLE_FILE}`, field: 'outlet', line: 4 });
      expect(p?.fix.en).toContain('diskominfo-kota-jambi');
    });

    it('reports an unknown outlet of a republished article', () => {
      const problems = check({
        'articles/rep.md': articleText(
          'Teks.',
          { kind: 'republication' },
          'republishes:\n  outlet: antaraa\n',
        ),
      });
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: 'content/articles/rep.md', field: 'republishes.outlet' });
    });

    it('accepts unknown as an outlet', () => {
      expect(check({ 'articles/anon.md': articleText('Teks.', { outlet: 'unknown' }) })).toEqual(
        [],
      );
    });

    it('reports unknown scope terms on a claim', () => {
      const problems = check({
        'claims/c.yaml': CLAIM_TEXT.replace('programme: scp', 'programme: temasek'),
      });
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: 'content/claims/c.yaml', field: 'scope.programme' });
      expect(p?.fix.en).toContain('temasek-foundation');
    });
  });

  describe('quotes', () => {
    it('reports a quote that is not in the article', () => {
      const problems = check(cohortWith('Sebanyak 25 orang', 'Sebanyak 26 orang'));
      const [p] = withCode(problems, 'quote-not-found');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'sources[0].quote' });
      expect(p?.line).toBe(lineIn(COHORT_TEXT, 'Sebanyak 25 orang') - 1);
      expect(p?.fix.en).toContain(`content/${ARTICLE_FILE}`);
    });

    it('reports a quote that occurs twice as ambiguous', () => {
      const problems = check(
        cohortWith(
          'quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd',
          'quote: Wali Kota Fasha',
        ),
      );
      const [p] = withCode(problems, 'quote-ambiguous');
      expect(p).toMatchObject({ field: 'sources[4].quote' });
      expect(p?.message.en).toMatch(/occurs \d+ times/);
    });

    it('matches a quote with different spacing and no-break spaces', () => {
      expect(check(cohortWith('Sebanyak 25 orang', 'Sebanyak    25\u00a0orang'))).toEqual([]);
    });

    it('matches a quote written in decomposed Unicode (NFC)', () => {
      const body = 'Peserta mengunjungi Caf\u00e9 Merlion di Marina Bay pada hari kedua.';
      const event = CONTEXT_TEXT.replace(ARTICLE_ID, 'cafe').replace(
        'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
        'quote: mengunjungi Cafe\u0301 Merlion di Marina Bay',
      );
      expect(check({ 'articles/cafe.md': articleText(body), 'context/e.yaml': event })).toEqual([]);
    });

    it('does not match a quote after a change of case', () => {
      const problems = check(cohortWith('Sebanyak 25 orang', 'sebanyak 25 orang'));
      withCode(problems, 'quote-not-found');
    });

    it('does not match text removed from the body as HTML', () => {
      const body = 'Teks yang tampak di halaman.\n\n<div>Teks tersembunyi dalam HTML</div>';
      const event = CONTEXT_TEXT.replace(ARTICLE_ID, 'hidden').replace(
        'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
        'quote: Teks tersembunyi dalam HTML',
      );
      const problems = check({ 'articles/hidden.md': articleText(body), 'context/e.yaml': event });
      withCode(problems, 'quote-not-found');
      withCode(problems, 'body-raw-html');
    });

    it('matches the headline only when it is the published one', () => {
      const headline = 'Kutipan dari judul artikel uji';
      const event = (id: string) =>
        CONTEXT_TEXT.replace(ARTICLE_ID, id).replace(
          'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
          `quote: ${headline}`,
        );
      expect(
        check({
          'articles/h.md': articleText('Badan teks.', { title: headline, title_basis: 'headline' }),
          'context/e.yaml': event('h'),
        }),
      ).toEqual([]);
      withCode(
        check({
          'articles/h.md': articleText('Badan teks.', { title: headline }),
          'context/e.yaml': event('h'),
        }),
        'quote-not-found',
      );
    });
  });

  describe('supports and facts', () => {
    it('reports supports naming a field the record does not state', () => {
      const problems = check(cohortWith('supports: [host]', 'supports: [host, budget]'));
      const [p] = withCode(problems, 'supports-unknown-field');
      expect(p).toMatchObject({ field: 'sources[2].supports[1]' });
      expect(p?.line).toBe(lineIn(COHORT_TEXT, 'supports: [host]'));
      expect(p?.fix.en).toContain('Use one of: programme, theme');
    });

    it('reports a fact no source supports', () => {
      const problems = check(
        cohortWith('programme, theme, status, period, place]', 'programme, theme, status, period]'),
      );
      const [p] = withCode(problems, 'fact-without-source');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'place', line: 7 });
    });

    it('reports an expert no quote names', () => {
      const problems = check(
        cohortWith('  - name: Jamie Foo\n', '  - name: Jamie Foo\n  - name: John Doe\n'),
      );
      const [p] = withCode(problems, 'list-item-without-source');
      expect(p).toMatchObject({ field: 'experts' });
      expect(p?.message.en).toContain('"John Doe"');
    });

    it('reports a site visit no quote names', () => {
      const problems = check(
        cohortWith('  - Geoworks\n', '  - Geoworks\n  - Gardens by the Bay\n'),
      );
      const [p] = withCode(problems, 'list-item-without-source');
      expect(p).toMatchObject({ field: 'site_visits' });
      expect(p?.message.en).toContain('"Gardens by the Bay"');
    });

    it('reports a participant count the quote does not state', () => {
      const problems = check(cohortWith('count: 25', 'count: 26'));
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ field: 'sources[0].supports[0]' });
      expect(p?.message.en).toContain('the number 26');
      expect(p?.message.en).toContain('participants.asn-kota-jambi');
    });

    it('reports a period the quote does not state', () => {
      const problems = check(cohortWith('end: 2019-02-23', 'end: 2019-02-24'));
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ field: 'sources[0].supports[4]' });
      expect(p?.message.en).toContain('2019-02-17 – 2019-02-24');
    });

    it('reads a send-off date written as (15/2) and reports a different one', () => {
      expect(check()).toEqual([]);
      const problems = check(cohortWith('date: 2019-02-15', 'date: 2019-02-16'));
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ field: 'sources[1].supports[0]' });
      expect(p?.message.en).toContain('sendoff.date');
    });

    it('reports a theme none of whose terms is in the quote', () => {
      const problems = check(
        cohortWith('theme: smart-city-cybersecurity', 'theme: public-service'),
      );
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ field: 'sources[0].supports[2]' });
      expect(p?.message.en).toContain('Public Service');
    });

    it('reports a claim value the quote does not state', () => {
      const problems = check({ 'claims/c.yaml': CLAIM_TEXT.replace('value: 150', 'value: 160') });
      const [p] = withCode(problems, 'value-not-in-quote');
      expect(p).toMatchObject({ file: 'content/claims/c.yaml', field: 'sources[0].supports[0]' });
    });

    it('reports a claim qualifier the quote does not state', () => {
      const problems = check({
        'claims/c.yaml': CLAIM_TEXT.replace('qualifier: exact', 'qualifier: at-least'),
      });
      withCode(problems, 'fact-without-source');
    });
  });

  describe('dates', () => {
    it('reports a training that ends before it starts', () => {
      const problems = check(cohortWith('end: 2019-02-23', 'end: 2019-02-10'));
      const [p] = withCode(problems, 'date-end-before-start');
      expect(p).toMatchObject({ field: 'period.end', line: 6 });
    });

    it('does not compare an end month with a start day inside it', () => {
      const problems = check(cohortWith('end: 2019-02-23', 'end: 2019-02'));
      expect(problems.filter((p) => p.code === 'date-end-before-start')).toEqual([]);
    });

    it('reports a send-off after the training started', () => {
      const problems = check(cohortWith('date: 2019-02-15', 'date: 2019-02-20'));
      const [p] = withCode(problems, 'date-sendoff-after-start');
      expect(p).toMatchObject({ field: 'sendoff.date', line: 13 });
    });

    it('reports status held when every source predates the training', () => {
      const problems = check(
        cohortWith('start: 2019-02-17\n  end: 2019-02-23', 'start: 2019-03-17\n  end: 2019-03-23'),
      );
      const [p] = withCode(problems, 'status-held-unsupported');
      expect(p).toMatchObject({ field: 'status', line: 3 });
    });

    it('accepts status planned in the same case', () => {
      const problems = check({
        [COHORT_FILE]: COHORT_TEXT.replace('status: held', 'status: planned').replace(
          'start: 2019-02-17\n  end: 2019-02-23',
          'start: 2019-03-17\n  end: 2019-03-23',
        ),
      });
      expect(problems.filter((p) => p.code === 'status-held-unsupported')).toEqual([]);
    });

    it('reports a claim made_on that does not match the source publication', () => {
      const problems = check({
        'claims/c.yaml': CLAIM_TEXT.replace('made_on: 2019-02', 'made_on: 2020-01'),
      });
      const [p] = withCode(problems, 'date-claim-made-on');
      expect(p).toMatchObject({ file: 'content/claims/c.yaml', field: 'made_on', line: 4 });
      expect(p?.message.en).toContain('2019-02');
    });

    it('accepts a claim made_on inside the source publication month', () => {
      expect(
        check({ 'claims/c.yaml': CLAIM_TEXT.replace('made_on: 2019-02', 'made_on: 2019-02-20') }),
      ).toEqual([]);
    });

    it('reports a context date that differs from the source publication date', () => {
      const problems = check({
        'context/e.yaml': CONTEXT_TEXT.replace('date: 2019-02', 'date: 2019-02-20'),
      });
      const [p] = withCode(problems, 'date-not-publication');
      expect(p).toMatchObject({ file: 'content/context/e.yaml', field: 'date', line: 1 });
    });
  });

  describe('ids', () => {
    it('reports an id used in two collections', () => {
      const problems = check({ [`claims/${COHORT_ID}.yaml`]: CLAIM_TEXT });
      const [p] = withCode(problems, 'id-duplicate');
      expect(p?.file).toBe(`content/claims/${COHORT_ID}.yaml`);
      expect(p?.message.en).toContain(COHORT_PATH);
    });

    it('reports an id used twice in one collection (.yaml and .yml)', () => {
      const problems = check({ [`cohorts/${COHORT_ID}.yml`]: COHORT_TEXT });
      const [p] = withCode(problems, 'id-duplicate');
      expect(p?.file).toBe(`content/cohorts/${COHORT_ID}.yml`);
    });
  });

  describe('article bodies', () => {
    it('reports raw HTML and javascript: links at their file lines', () => {
      const text = `${ARTICLE_TEXT}\n<script>alert(1)</script>\n\nLihat [di sini](javascript:alert(1)).\n`;
      const problems = check({ [ARTICLE_FILE]: text });
      const [html] = withCode(problems, 'body-raw-html');
      const [link] = withCode(problems, 'body-link-scheme');
      expect(html).toMatchObject({ file: `content/${ARTICLE_FILE}`, field: '(body)' });
      expect(html?.line).toBe(lineIn(text, '<script>'));
      expect(link?.line).toBe(lineIn(text, 'javascript:'));
      expect(link?.message.en).toContain('javascript:alert(1)');
    });

    it('reports data: images and inline HTML', () => {
      const problems = check({
        'articles/x.md': articleText('Teks <b>tebal</b>.\n\n![foto](data:image/png;base64,AAAA)'),
      });
      expect(withCode(problems, 'body-raw-html')).toHaveLength(2);
      expect(withCode(problems, 'body-link-scheme')).toHaveLength(1);
    });

    it('accepts https and mailto links', () => {
      expect(
        check({
          'articles/x.md': articleText(
            'Lihat [situs](https://jambikota.go.id) atau [surel](mailto:humas@jambikota.go.id).',
          ),
        }),
      ).toEqual([]);
    });
  });
});

describe('quotableText', () => {
  it('puts the published headline before the body, not an editorial title', () => {
    const corpus = makeCorpus({
      'articles/h.md': articleText('Badan *teks*.', { title: 'Judul', title_basis: 'headline' }),
      'articles/e.md': articleText('Badan teks.', { title: 'Judul kami' }),
    });
    corpora.push(corpus);
    const { articles } = loadContent(corpus.root);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const h = byId.get('h');
    const e = byId.get('e');
    if (!h || !e) throw new Error('articles not loaded');
    expect(quotableText(h)).toBe('Judul\n\nBadan teks.');
    expect(quotableText(e)).toBe('Badan teks.');
    expect(indexArticles(articles).get('h')?.ctx).toEqual({ year: 2019, month: 2 });
  });
});
