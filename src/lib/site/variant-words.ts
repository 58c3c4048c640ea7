/**
 * How a variant (a passage giving another value for a field) is introduced:
 * from the same article as a passage supporting the recorded value of that
 * field, or from another source; and, on the English page, the gloss of the
 * value quoted in the source's words.
 */
import type { Lang } from '../../i18n/lang.ts';
import { glossText, variantText } from '../../i18n/variants.ts';
import type { Variant } from '../data/provenance.ts';

export type VariantOrigin = 'same-article' | 'other-source';

/** Whether a source supporting the same field cites the variant's article. */
export function variantOrigin(
  variant: Pick<Variant, 'article' | 'field'>,
  sources: readonly { article: string; supports: readonly string[] }[],
): VariantOrigin {
  return sources.some((s) => s.article === variant.article && s.supports.includes(variant.field))
    ? 'same-article'
    : 'other-source';
}

/** "Artikel yang sama juga menyebut" / "Sumber lain menyebut", in the page's language. */
export function variantLead(origin: VariantOrigin, lang: Lang): string {
  return (origin === 'same-article' ? variantText.sameArticle : variantText.otherSource)[lang];
}

/** What follows the quoted value: nothing in Indonesian, its English meaning in English. */
export function variantGloss(variant: Pick<Variant, 'value_en'>, lang: Lang): string | undefined {
  return lang === 'en' ? glossText(variant.value_en) : undefined;
}
