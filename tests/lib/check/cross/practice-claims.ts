/**
 * Practice claims (fictional, "Contoh latihan") for the checks of a claim's
 * wording: an article of practice sentences, a claim YAML written from its
 * parts, and the real articles and claims of content/ to edit. Each corpus
 * the tests build holds the practice article next to the real vocabularies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_CONTENT, articleText } from '../../../helpers/corpus.ts';

/** Id of the practice article. */
export const PRACTICE_ARTICLE = '2024-06-contoh-latihan';

/** Practice sentences, each a paragraph of the practice article. */
export const SENTENCES = {
  exact: 'Contoh latihan: Pemkot mengirim 60 ASN ke Singapura.',
  about: 'Contoh latihan: sekitar 500 ASN telah dilatih di Singapura.',
  almost: 'Contoh latihan: Pemkot memberangkatkan hampir 500 ASN ke Singapura.',
  'at-least': 'Contoh latihan: sedikitnya 25 orang ASN dikirim ke Singapura.',
  'more-than': 'Contoh latihan: lebih dari 300 ASN dikirim ke Singapura.',
  'up-to': 'Contoh latihan: tahun depan, hingga 500 ASN akan dikirim ke Singapura.',
  misplaced: 'Contoh latihan: hingga kini, Pemkot telah mengirim 60 ASN ke Singapura.',
  abroad: 'Contoh latihan: sejak 2016, Pemkot memberangkatkan hampir 60 ASN ke luar negeri.',
  inCity: 'Contoh latihan: sebanyak 30 ASN mengikuti pelatihan SCP yang digelar di Kota Jambi.',
  onlyYear: 'Contoh latihan: pada tahun 2016, Pemkot mengirim 25 ASN ke Singapura.',
  twoDecades: 'Contoh latihan: selama dua dekade terakhir, Pemkot mengirim 500 ASN ke Singapura.',
  oneDecade: 'Contoh latihan: dalam satu dasawarsa, Pemkot mengirim 200 ASN ke Singapura.',
  decade: 'Contoh latihan: sedasawarsa terakhir, Pemkot mengirim 200 ASN ke Singapura.',
  fiveYears: 'Contoh latihan: lima tahun terakhir, Pemkot mengirim 100 ASN ke Singapura.',
  since: 'Contoh latihan: sejak 2016, Pemkot mengirim 350 ASN ke Singapura.',
} as const;

/** The practice article (published 7 June 2024), one paragraph per sentence. */
export const PRACTICE_ARTICLE_TEXT = articleText(Object.values(SENTENCES).join('\n\n'), {
  title: "'Contoh latihan: kalimat klaim'",
  published: '2024-06-07',
});

export interface ClaimParts {
  value: number;
  qualifier?: string;
  metric?: string;
  /** Scope fields as YAML lines under `scope:` ("place: abroad"). */
  scope?: readonly string[];
  quote: string;
  supports: readonly string[];
  article?: string;
  madeOn?: string;
}

/** A claim's YAML from its parts (made on the practice article's date by default). */
export function claimYaml(p: ClaimParts): string {
  const scope = p.scope?.length ? `scope:\n${p.scope.map((l) => `  ${l}\n`).join('')}` : '';
  return `metric: ${p.metric ?? 'participants'}
value: ${p.value}
qualifier: ${p.qualifier ?? 'exact'}
made_on: ${p.madeOn ?? '2024-06-07'}
${scope}statement:
  id: Contoh latihan.
  en: Practice example.
sources:
  - article: ${p.article ?? PRACTICE_ARTICLE}
    quote: ${JSON.stringify(p.quote)}
    supports: [${p.supports.join(', ')}]
`;
}

/** Corpus files: the practice article and one claim (claims/c.yaml). */
export const withClaim = (p: ClaimParts) => ({
  [`articles/${PRACTICE_ARTICLE}.md`]: PRACTICE_ARTICLE_TEXT,
  'claims/c.yaml': claimYaml(p),
});

/** A real article of content/ as corpus files. */
export const realArticle = (id: string) => ({
  [`articles/${id}.md`]: readFileSync(join(REAL_CONTENT, 'articles', `${id}.md`), 'utf8'),
});

/** The text of a real claim of content/. */
export const realClaim = (id: string): string =>
  readFileSync(join(REAL_CONTENT, 'claims', `${id}.yaml`), 'utf8');

/** The text of a real vocabulary of content/ ("places"). */
export const realVocabulary = (name: string): string =>
  readFileSync(join(REAL_CONTENT, 'vocabularies', `${name}.yaml`), 'utf8');
