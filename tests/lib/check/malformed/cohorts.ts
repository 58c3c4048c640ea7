/** Malformed and hostile cohorts: bad counts, dates and keys, YAML bombs and forbidden keys, deep nesting, tags, syntax errors, and errors found across entries. */
import { MAX_DEPTH } from '../../../../src/lib/content/yaml.ts';
import { ARTICLE_ID, COHORT_FILE, COHORT_TEXT } from '../../../helpers/corpus.ts';
import { edited } from '../corpora.ts';
import type { Case } from './case.ts';

/** The fixture cohort with one passage replaced. */
export const cohort = (from: string, to: string) => edited(COHORT_TEXT, from, to);

/** A billion-laughs YAML file: nine levels of aliases, each nine times the one before. */
export function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const next = String.fromCharCode(97 + i);
    lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** Mappings nested `levels` deep. */
function deepYaml(levels: number): string {
  let text = '';
  for (let i = 0; i < levels; i++) text += `${'  '.repeat(i)}k${i}:\n`;
  return `${text}${'  '.repeat(levels)}value\n`;
}

/** Malformed cohorts: the valid cohort replaced, or a broken one added beside it. */
export const COHORT_CASES: Record<string, Case> = {
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
};
