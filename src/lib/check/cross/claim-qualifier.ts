/**
 * A claim's qualifier as its quotes write it: a quote that supports the value
 * or the qualifier and states the number must write it with the claim's
 * qualifier. "hampir 500" is almost, never exact or about; "500" with no word
 * before it is exact; a qualifying word elsewhere in the quote ("hingga saat
 * ini, tercatat 300 orang") qualifies nothing. The fix names the qualifier
 * the quote does write.
 */
import type { Claim } from '../../../schemas/claim.ts';
import type { Entry } from '../../content/load.ts';
import { qualifierOf, qualifierWords, type Qualifier } from '../../text/indonesian/qualifiers.ts';
import { readNumbers, readsAs } from '../../text/indonesian/quantities.ts';
import { containsTerm } from '../../text/normalize.ts';
import { METRIC_MEASURES } from '../facts.ts';
import { problemAt, type Bilingual, type Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { claimQuotes } from './claim-quotes.ts';

/** What each qualifier means, for the message. */
const MEANINGS: Record<Qualifier, Bilingual> = {
  exact: { id: 'tanpa kata di depan angka: tepat', en: 'no word before the number: exact' },
  about: { id: 'sekitar: selisih paling banyak 10 %', en: 'about: within 10 %' },
  almost: { id: 'hampir: di bawah angka itu', en: 'almost: below the number' },
  'at-least': { id: 'sedikitnya: angka itu atau lebih', en: 'at least: the number or more' },
  'more-than': { id: 'lebih dari: di atas angka itu', en: 'more than: above the number' },
  'up-to': { id: 'hingga: paling banyak angka itu', en: 'up to: at most the number' },
};

const CODE = 'qualifier-not-as-written';

/** Every quote of the claim that writes its number with another qualifier than the claim's. */
export function checkQualifier(c: Entry<Claim>, articles: ArticleIndex): Problem[] {
  const d = c.data;
  const measure = METRIC_MEASURES[d.metric];
  const problems: Problem[] = [];
  for (const q of claimQuotes(c, articles, ['value', 'qualifier'])) {
    const written = readNumbers(q.quote)
      .filter((r) => readsAs(r, d.value, measure))
      .flatMap((r) => qualifierOf(q.quote, r) ?? []);
    const first = written.find((w) => w.qualifier !== 'exact') ?? written[0];
    if (first === undefined || written.some((w) => w.qualifier === d.qualifier)) continue;
    if (first.qualifier !== 'exact') {
      const meaning = MEANINGS[first.qualifier];
      problems.push(
        problemAt(
          c,
          ['qualifier'],
          CODE,
          {
            id: `Kutipan di sources[${q.index}] menulis "${first.text}" (${meaning.id}), tetapi qualifier: ${d.qualifier}.`,
            en: `The quote in sources[${q.index}] writes "${first.text}" (${meaning.en}), but qualifier is ${d.qualifier}.`,
          },
          {
            id: `Tulis qualifier: ${first.qualifier}.`,
            en: `Write qualifier: ${first.qualifier}.`,
          },
        ),
      );
      continue;
    }
    // Written bare: only a qualifier word elsewhere in a quote tagged with it is a mistake here; a
    // quote without the word is reported by the source check.
    if (d.qualifier === 'exact' || !q.supports.includes('qualifier')) continue;
    const words = qualifierWords(d.qualifier, d.value).filter((w) => containsTerm(q.quote, w));
    if (words.length === 0) continue;
    problems.push(
      problemAt(
        c,
        ['qualifier'],
        CODE,
        {
          id: `Kutipan di sources[${q.index}] menulis "${first.text}" tanpa kata di depannya; "${words[0]}" dalam kutipan itu tidak menyangkut angka ini, jadi qualifier: ${d.qualifier} tidak didukung.`,
          en: `The quote in sources[${q.index}] writes "${first.text}" with no word before it; "${words[0]}" in that quote does not qualify this number, so qualifier ${d.qualifier} is not supported.`,
        },
        {
          id: 'Tulis qualifier: exact bila angka itu disebut tepat, atau pilih kutipan yang menulis kata itu tepat di depan angka.',
          en: 'Write qualifier: exact if the number is stated exactly, or choose a passage that writes the word right before the number.',
        },
      ),
    );
  }
  return problems;
}
