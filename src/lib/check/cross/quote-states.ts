/**
 * Whether a quote states a fact of its record (a number as what it measures,
 * a period, date, vocabulary term, text, list item or qualifier word), and
 * how that fact is named in a message when it does not.
 */
import type { LoadedContent } from '../../content/load.ts';
import { precisionOf } from '../../dates/partial-date.ts';
import {
  formatDateId,
  mentionsDate,
  mentionsPeriod,
  type DateContext,
} from '../../text/indonesian/dates.ts';
import { statesQuantity } from '../../text/indonesian/quantities.ts';
import { containsTerm } from '../../text/normalize.ts';
import type { Fact } from '../facts.ts';
import type { Bilingual } from '../problem.ts';
import { readNumberFact } from './number-values.ts';

/** The fact's value as a message names it ("the number 26", "the period …"). */
export function describeFact(fact: Fact, content: LoadedContent): Bilingual {
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
      return readNumberFact(c, quote, content).stated;
    case 'period':
      return mentionsPeriod(quote, c.start, c.end, ctx);
    case 'date':
      return precisionOf(c.value) === 'year'
        ? statesQuantity(quote, Number(c.value), 'year')
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
