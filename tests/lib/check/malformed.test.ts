/**
 * Malformed entries, hostile ones included: each must give at least one
 * problem that names its file, with the expected code, the field when one
 * applies, and a message and fix in both languages — and nothing may throw.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/content/read.ts';
import { MAX_DEPTH } from '../../../src/lib/content/yaml.ts';
import {
  ARTICLE_ID,
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  CONTEXT_TEXT,
  PROJECT_ROOT,
  articleText,
  makeCorpus,
  type Corpus,
  type FileText,
} from '../../helpers/corpus.ts';

interface Case {
  /** Path under content/. */
  file: string;
  text: FileText;
  /** A code that must be among the problems. */
  code: string;
  /** The field that problem must carry, when the problem is in one field. */
  field?: string;
}

function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
const cohort = (from: string, to: string) => replaced(COHORT_TEXT, from, to);
const claim = (from: string, to: string) => replaced(CLAIM_TEXT, from, to);
const context = (from: string, to: string) => replaced(CONTEXT_TEXT, from, to);

const TERM = 'label:\n    id: Warna\n    en: Colour\n  terms: [warna]\n';

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const next = String.fromCharCode(97 + i);
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

function deepYaml(levels: number): string {
  let text = '';
  for (let i = 0; i < levels; i++) text += `${'  '.repeat(i)}k${i}:\n`;
  return `${text}${'  '.repeat(levels)}value\n`;
}

const cases: Record<string, Case> = {
  // Articles: added beside the valid one, so the cohort's references still resolve.
  'article body with a <script> block': {
    file: 'articles/script-body.md',
    text: articleText('Teks.\n\n<script>alert(document.cookie)</script>'),
    code: 'body-raw-html',
    field: '(body)',
  },
  'article body with an inline <img onerror>': {
    file: 'articles/img-onerror.md',
    text: articleText('Teks <img src=x onerror=alert(1)> lanjut.'),
    code: 'body-raw-html',
    field: '(body)',
  },
  'article body with a javascript: link': {
    file: 'articles/js-link.md',
    text: articleText('Klik [di sini](javascript:alert(1)).'),
    code: 'body-link-scheme',
    field: '(body)',
  },
  'article body with a data: image': {
    file: 'articles/data-image.md',
    text: articleText('![foto](data:text/html;base64,PHNjcmlwdD4=)'),
    code: 'body-link-scheme',
    field: '(body)',
  },
  'article body with a vbscript: reference definition': {
    file: 'articles/vbscript-ref.md',
    text: articleText('Lihat [ini][r].\n\n[r]: vbscript:msgbox'),
    code: 'body-link-scheme',
    field: '(body)',
  },
  'article url with javascript:': {
    file: 'articles/js-url.md',
    text: articleText('Teks.', { url: 'javascript:alert(1)' }),
    code: 'schema-invalid-format',
    field: 'url',
  },
  'article also_at with data:': {
    file: 'articles/data-url.md',
    text: articleText('Teks.', {}, 'also_at:\n  - "data:text/html,<script>alert(1)</script>"\n'),
    code: 'schema-invalid-format',
    field: 'also_at[0]',
  },
  'article title with HTML': {
    file: 'articles/html-title.md',
    text: articleText('Teks.', { title: '"<script>alert(1)</script>"' }),
    code: 'schema-invalid-format',
    field: 'title',
  },
  'article without front matter': {
    file: 'articles/no-front-matter.md',
    text: 'Hanya teks artikel, tanpa data di atasnya.\n',
    code: 'front-matter-missing',
  },
  'article with unclosed front matter': {
    file: 'articles/unclosed.md',
    text: '---\ntitle: Judul\n\nTeks artikel.\n',
    code: 'front-matter-missing',
  },
  'article with an empty body': {
    file: 'articles/empty-body.md',
    text: articleText(''),
    code: 'body-empty',
  },
  'article saved as .mdx': {
    file: 'articles/editorial.mdx',
    text: articleText('Teks.'),
    code: 'file-extension',
  },
  'article with an upper-case file name': {
    file: 'articles/Berita_Baru.md',
    text: articleText('Teks.'),
    code: 'file-name',
  },
  'article in Latin-1, not UTF-8': {
    file: 'articles/latin1.md',
    text: new Uint8Array([...new TextEncoder().encode('---\ntitle: Caf'), 0xe9, 0x0a]),
    code: 'file-not-utf8',
  },
  'article over the size limit': {
    file: 'articles/huge.md',
    text: articleText('kata '.repeat(Math.ceil(MAX_FILE_BYTES / 5) + 10)),
    code: 'file-too-large',
  },
  'article with NUL bytes': {
    file: 'articles/binary.md',
    text: articleText('Teks\u0000biner.'),
    code: 'file-binary',
  },
  'article that is an empty file': {
    file: 'articles/empty.md',
    text: '',
    code: 'file-empty',
  },
  'article republication without republishes': {
    file: 'articles/republication.md',
    text: articleText('Teks.', { kind: 'republication' }),
    code: 'schema-custom',
    field: 'republishes',
  },
  'article with an unknown outlet': {
    file: 'articles/unknown-outlet.md',
    text: articleText('Teks.', { outlet: 'jambi-independen' }),
    code: 'vocabulary-term-unknown',
    field: 'outlet',
  },
  'article with an impossible date 2023-02-30': {
    file: 'articles/bad-date.md',
    text: articleText('Teks.', { published: '2023-02-30' }),
    code: 'schema-custom',
    field: 'published',
  },
  'article with a bad time': {
    file: 'articles/bad-time.md',
    text: articleText('Teks.', { published_time: '"25:61"' }),
    code: 'schema-invalid-format',
    field: 'published_time',
  },
  'article with an unknown key': {
    file: 'articles/unknown-key.md',
    text: articleText('Teks.', { author: 'Humas' }),
    code: 'schema-unrecognized-keys',
    field: 'author',
  },
  'article with __proto__ in the front matter': {
    file: 'articles/proto.md',
    text: articleText('Teks.', {}, '__proto__:\n  isAdmin: true\n'),
    code: 'yaml-forbidden-key',
  },

  // Cohorts: the valid cohort is replaced, or a broken one added beside it.
  'cohort with count 0': {
    file: COHORT_FILE,
    text: cohort('count: 25', 'count: 0'),
    code: 'schema-too-small',
    field: 'participants[0].count',
  },
  'cohort with a negative count': {
    file: 'cohorts/negative.yaml',
    text: cohort('count: 25', 'count: -25'),
    code: 'schema-too-small',
    field: 'participants[0].count',
  },
  'cohort with a count in words': {
    file: 'cohorts/count-words.yaml',
    text: cohort('count: 25', 'count: dua puluh lima'),
    code: 'schema-invalid-union',
    field: 'participants[0].count',
  },
  'cohort with participants as a number': {
    file: 'cohorts/wrong-type.yaml',
    text: cohort('participants:\n  - group: asn-kota-jambi\n    count: 25', 'participants: 25'),
    code: 'schema-invalid-type',
    field: 'participants',
  },
  'cohort with a date 2023-02-30': {
    file: 'cohorts/feb-30.yaml',
    text: cohort('start: 2019-02-17', 'start: 2023-02-30'),
    code: 'schema-custom',
    field: 'period.start',
  },
  'cohort with month 13': {
    file: 'cohorts/month-13.yaml',
    text: cohort('date: 2019-02-15', 'date: 2019-13'),
    code: 'schema-custom',
    field: 'sendoff.date',
  },
  'cohort with an unknown status': {
    file: 'cohorts/bad-status.yaml',
    text: cohort('status: held', 'status: selesai'),
    code: 'schema-invalid-value',
    field: 'status',
  },
  'cohort without a required field': {
    file: 'cohorts/no-place.yaml',
    text: cohort('place: singapore\n', ''),
    code: 'schema-invalid-type',
    field: 'place',
  },
  'cohort with an unknown key': {
    file: 'cohorts/unknown-key.yaml',
    text: cohort('place: singapore', 'place: singapore\nbudget: 1000000'),
    code: 'schema-unrecognized-keys',
    field: 'budget',
  },
  'cohort with a duplicate participant group': {
    file: 'cohorts/dup-group.yaml',
    text: cohort('    count: 25', '    count: 25\n  - group: asn-kota-jambi\n    count: 1'),
    code: 'schema-custom',
    field: 'participants[1].group',
  },
  'cohort host with <script>': {
    file: 'cohorts/html-host.yaml',
    text: cohort(
      'host: Centre of Liveable Cities (CLC) Singapore',
      'host: "<script>alert(1)</script>"',
    ),
    code: 'schema-invalid-format',
    field: 'host',
  },
  'cohort that is a billion-laughs alias bomb': {
    file: 'cohorts/alias-bomb.yaml',
    text: aliasBomb(),
    code: 'yaml-alias',
  },
  'cohort with a __proto__ key': {
    file: 'cohorts/proto.yaml',
    text: `__proto__:\n  polluted: true\n${COHORT_TEXT}`,
    code: 'yaml-forbidden-key',
  },
  'cohort with a nested constructor key': {
    file: 'cohorts/constructor.yaml',
    text: cohort(
      '  place: Griya Mayang',
      '  place: Griya Mayang\n  constructor:\n    prototype: x',
    ),
    code: 'yaml-forbidden-key',
  },
  'cohort nested deeper than the limit': {
    file: 'cohorts/deep.yaml',
    text: deepYaml(MAX_DEPTH + 5),
    code: 'yaml-too-deep',
  },
  'cohort with deep flow nesting': {
    file: 'cohorts/deep-flow.yaml',
    text: `programme: ${'['.repeat(2000)}${']'.repeat(2000)}\n`,
    code: 'yaml-too-deep',
  },
  'cohort with a !!js/function tag': {
    file: 'cohorts/js-function.yaml',
    text: cohort('programme: scp', 'programme: !!js/function "function () { return 1; }"'),
    code: 'yaml-tag',
  },
  'cohort with a duplicate key': {
    file: 'cohorts/dup-key.yaml',
    text: cohort('status: held', 'status: held\nstatus: planned'),
    code: 'yaml-duplicate-key',
  },
  'cohort with a YAML syntax error': {
    file: 'cohorts/syntax.yaml',
    text: cohort('supports: [host]', 'supports: [host'),
    code: 'yaml-syntax',
  },
  'cohort indented with tabs': {
    file: 'cohorts/tabs.yaml',
    text: cohort('period:\n  start: 2019-02-17', 'period:\n\tstart: 2019-02-17'),
    code: 'yaml-syntax',
  },
  'cohort that is a list': {
    file: 'cohorts/list.yaml',
    text: '- programme: scp\n- theme: public-service\n',
    code: 'schema-invalid-type',
    field: '(berkas)',
  },
  'cohort that is whitespace only': {
    file: 'cohorts/blank.yaml',
    text: '\n   \n\t\n',
    code: 'file-empty',
  },
  'cohort saved as .txt': {
    file: 'cohorts/notes.txt',
    text: COHORT_TEXT,
    code: 'file-extension',
  },
  'cohort that ends before it starts': {
    file: 'cohorts/end-before-start.yaml',
    text: cohort('end: 2019-02-23', 'end: 2019-02-10'),
    code: 'date-end-before-start',
    field: 'period.end',
  },
  'cohort citing an unknown article': {
    file: 'cohorts/unknown-article.yaml',
    text: COHORT_TEXT.replaceAll(`article: ${ARTICLE_ID}`, 'article: 2019-02-smart-city-release'),
    code: 'reference-unknown-article',
    field: 'sources[0].article',
  },
  'cohort with a quote not in the article': {
    file: 'cohorts/quote-missing.yaml',
    text: cohort(
      'quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd',
      'quote: Gardens by the Bay dan Sentosa',
    ),
    code: 'quote-not-found',
    field: 'sources[4].quote',
  },
  'cohort with an unknown theme': {
    file: 'cohorts/unknown-theme.yaml',
    text: cohort('theme: smart-city-cybersecurity', 'theme: smart-city'),
    code: 'vocabulary-term-unknown',
    field: 'theme',
  },

  // Claims.
  'claim with an unknown metric': {
    file: 'claims/bad-metric.yaml',
    text: claim('metric: participants', 'metric: budget'),
    code: 'schema-invalid-value',
    field: 'metric',
  },
  'claim with a negative value': {
    file: 'claims/negative.yaml',
    text: claim('value: 150', 'value: -150'),
    code: 'schema-too-small',
    field: 'value',
  },
  'claim with a fractional value': {
    file: 'claims/fraction.yaml',
    text: claim('value: 150', 'value: 150.5'),
    code: 'schema-invalid-type',
    field: 'value',
  },
  'claim with no sources': {
    file: 'claims/no-sources.yaml',
    text: `${CLAIM_TEXT.slice(0, CLAIM_TEXT.indexOf('sources:'))}sources: []\n`,
    code: 'schema-too-small',
    field: 'sources',
  },
  'claim with a made_on that is not its source date': {
    file: 'claims/made-on.yaml',
    text: claim('made_on: 2019-02', 'made_on: 2021'),
    code: 'date-claim-made-on',
    field: 'made_on',
  },
  'claim with window_years 0': {
    file: 'claims/window-zero.yaml',
    text: claim('window_years: 3', 'window_years: 0'),
    code: 'schema-too-small',
    field: 'scope.window_years',
  },

  // Context events.
  'context event with an unknown kind': {
    file: 'context/bad-kind.yaml',
    text: context('kind: other', 'kind: party'),
    code: 'schema-invalid-value',
    field: 'kind',
  },
  'context event dated apart from its source publication': {
    file: 'context/publication.yaml',
    text: context('date: 2019-02', 'date: 2019-03'),
    code: 'date-not-publication',
    field: 'date',
  },
  'context event with a title in one language': {
    file: 'context/one-language.yaml',
    text: context('  en: Press release on the Smart City course\n', ''),
    code: 'schema-invalid-type',
    field: 'title.en',
  },
  'context event with an alias': {
    file: 'context/alias.yaml',
    text: context('title:\n  id: Siaran', 'title: &t\n  id: Siaran'),
    code: 'yaml-alias',
  },

  // Vocabularies: added beside the real ones, which the corpus needs intact.
  'vocabulary file with an unknown name': {
    file: 'vocabularies/colours.yaml',
    text: `merah:\n  ${TERM}`,
    code: 'vocabulary-unknown',
  },
  'vocabulary file duplicating themes as .yml': {
    file: 'vocabularies/themes.yml',
    text: `public-service:\n  ${TERM}`,
    code: 'id-duplicate',
  },
  'vocabulary term with a javascript: website': {
    file: 'vocabularies/links.yaml',
    text: `merah:\n  ${TERM}  website: javascript:alert(1)\n`,
    code: 'schema-invalid-format',
    field: 'merah.website',
  },
  'vocabulary term with an invalid key': {
    file: 'vocabularies/keys.yaml',
    text: `Merah_Tua:\n  ${TERM}`,
    code: 'schema-invalid-key',
    field: 'Merah_Tua',
  },
  'vocabulary term without terms': {
    file: 'vocabularies/no-terms.yaml',
    text: 'merah:\n  label:\n    id: Merah\n    en: Red\n  terms: []\n',
    code: 'schema-too-small',
    field: 'merah.terms',
  },
  'vocabulary with a top-level __proto__ key': {
    file: 'vocabularies/proto.yaml',
    text: `__proto__:\n  ${TERM}`,
    code: 'yaml-forbidden-key',
  },
  'vocabulary with a custom tag': {
    file: 'vocabularies/tagged.yaml',
    text: `merah: !term\n  ${TERM}`,
    code: 'yaml-tag',
  },
};

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

function corpus(files: Record<string, FileText | null>): Corpus {
  const c = makeCorpus(files);
  corpora.push(c);
  return c;
}

describe('runCheck on malformed entries', () => {
  it('has at least 30 distinct cases', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(30);
    const keys = Object.values(cases).map(
      (c) =>
        `${c.file}\n${typeof c.text === 'string' ? c.text : Buffer.from(c.text).toString('hex')}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(Object.values(cases).map((c) => c.code)).size).toBeGreaterThanOrEqual(20);
  });

  it('starts from a corpus with no problems', () => {
    expect(runCheck(corpus({}).root).problems).toEqual([]);
  });

  it.each(Object.entries(cases))('%s', (_name, { file, text, code, field }) => {
    const c = corpus({ [file]: text });
    let problems: ReturnType<typeof runCheck>['problems'] = [];
    expect(() => {
      problems = runCheck(c.root).problems;
    }).not.toThrow();

    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.file.endsWith(file), `${p.file} (${p.code}) does not name ${file}`).toBe(true);
      expect(p.message.id.trim()).not.toBe('');
      expect(p.message.en.trim()).not.toBe('');
      expect(p.fix.id.trim()).not.toBe('');
      expect(p.fix.en.trim()).not.toBe('');
      if (p.line !== undefined) expect(p.line).toBeGreaterThan(0);
    }
    const withCode = problems.filter((p) => p.code === code);
    expect(withCode, `codes: ${problems.map((p) => p.code).join(', ')}`).not.toHaveLength(0);
    if (field !== undefined) expect(withCode.map((p) => p.field)).toContain(field);
  });

  it('reports every broken file in one run', () => {
    const broken = [
      'articles/script-body.md',
      'articles/latin1.md',
      'articles/no-front-matter.md',
      'cohorts/alias-bomb.yaml',
      'cohorts/negative.yaml',
      'cohorts/unknown-article.yaml',
      'claims/made-on.yaml',
      'context/bad-kind.yaml',
      'vocabularies/colours.yaml',
    ];
    const files: Record<string, FileText> = {};
    for (const [, c] of Object.entries(cases)) if (broken.includes(c.file)) files[c.file] = c.text;
    expect(Object.keys(files).sort()).toEqual([...broken].sort());

    const { problems } = runCheck(corpus(files).root);
    const named = new Set(problems.map((p) => p.file.replace(/^content\//, '')));
    expect([...named].sort()).toEqual([...broken].sort());
  });
});

describe('scripts/check.ts', () => {
  const script = join(PROJECT_ROOT, 'scripts', 'check.ts');
  interface Run {
    status: number;
    stdout: string;
    stderr: string;
  }

  /** Run the check script with Node (process.execPath: the Node running vitest). */
  function run(args: string[]): Promise<Run> {
    return new Promise((done) => {
      execFile(
        process.execPath,
        [script, ...args],
        { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 30_000 },
        (error, stdout, stderr) => {
          const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          done({ status, stdout, stderr });
        },
      );
    });
  }

  // The three runs start together: each is a cold Node start, the slowest part of the suite.
  let broken: Run;
  let json: Run;
  let real: Run;
  beforeAll(async () => {
    const brokenCorpus = makeCorpus({
      [COHORT_FILE]: cohort('count: 25', 'count: 0'),
      'cohorts/alias-bomb.yaml': aliasBomb(),
      'articles/js-link.md': articleText('Klik [di sini](javascript:alert(1)).'),
    });
    const jsonCorpus = makeCorpus({ [COHORT_FILE]: cohort('count: 25', 'count: 0') });
    try {
      [broken, json, real] = await Promise.all([
        run([`--content=${brokenCorpus.content}`]),
        run([`--content=${jsonCorpus.content}`, '--json']),
        run([]),
      ]);
    } finally {
      brokenCorpus.cleanup();
      jsonCorpus.cleanup();
    }
  }, 60_000);

  it('exits 1 on a broken corpus, naming file:line and field, without a stack trace', () => {
    const { status, stdout, stderr } = broken;
    expect(status).toBe(1);
    const line = COHORT_TEXT.split('\n').findIndex((l) => l.includes('count: 25')) + 1;
    expect(stdout).toContain(`${COHORT_FILE}:${line}  [participants[0].count]`);
    expect(stdout).toMatch(/cohorts\/alias-bomb\.yaml:1\b/);
    expect(stdout).toMatch(/articles\/js-link\.md:\d+ {2}\[\(body\)\]/);
    expect(stdout).toContain('✗ ');
    expect(stdout).toContain('→ ');
    expect(stdout).toContain('3 masalah di 3 berkas');
    expect(`${stdout}\n${stderr}`).not.toMatch(/^ {4}at /m);
    expect(stderr).not.toMatch(/Error/);
  });

  it('prints the problems as JSON with --json', () => {
    expect(json.status).toBe(1);
    const problems = JSON.parse(json.stdout) as { code: string; field?: string }[];
    expect(problems).toEqual([
      expect.objectContaining({ code: 'schema-too-small', field: 'participants[0].count' }),
    ]);
  });

  it('exits 0 on the real content', () => {
    expect(real.status).toBe(0);
    expect(real.stdout).toContain('Konten valid');
  });
});
