/**
 * Words for a variant: a passage giving another value for a field than the
 * one recorded. Whether it comes from the same article as the recorded value
 * or from another source is said (src/lib/site/variant-words.ts).
 */
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

export const variantText = {
  /** Before a variant from the article that also gives the recorded value. */
  sameArticle: { id: 'Artikel yang sama juga menyebut', en: 'The same article also says' },
  /** Before a variant from another article. */
  otherSource: { id: 'Sumber lain menyebut', en: 'Another source says' },
  /** Column of the disagreements table. */
  differingValue: { id: 'Nilai yang berbeda', en: 'Differing value' },
  /** After a differing value from the same article, in the disagreements table. */
  sameArticleNote: { id: 'artikel yang sama', en: 'same article' },
} satisfies Record<string, Dict>;

/** The gloss after a value quoted in Indonesian on the English page. */
export function glossText(valueEn: string | undefined): string {
  return valueEn === undefined ? 'in Indonesian' : `Indonesian for “${valueEn}”`;
}
