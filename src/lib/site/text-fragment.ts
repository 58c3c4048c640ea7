/**
 * Text-fragment links (#:~:text=start,end) to a passage on the live page of
 * an article, so a reviewer can check the quote against the original.
 */
import { normalizeText } from '../text/normalize.ts';

/** Percent-encode a fragment term; '-', ',' and '&' are syntax in text directives. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `url#:~:text=…` for a quote: the whole quote when short, else its first and last words. */
export function textFragmentUrl(url: string, quote: string, edgeWords = 5): string {
  const words = normalizeText(quote).split(' ');
  const directive =
    words.length <= edgeWords * 2
      ? encodeTerm(words.join(' '))
      : `${encodeTerm(words.slice(0, edgeWords).join(' '))},${encodeTerm(words.slice(-edgeWords).join(' '))}`;
  return `${url.split('#')[0]}#:~:text=${directive}`;
}
