/**
 * Stable fragment ids: one per quoted passage (so every record citing the
 * same words lands on the same highlight) and one per record field.
 */
import { normalizeText } from '../text/normalize.ts';

/** 32-bit FNV-1a hash of a string, as base-36. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Fragment id of a quoted passage in its article page. */
export function quoteAnchor(quote: string): string {
  return `q-${shortHash(normalizeText(quote))}`;
}

/** Fragment id of a record field on its record page ("participants.asn-kota-contoh" → "f-participants-asn-kota-contoh"). */
export function fieldAnchor(path: string): string {
  return `f-${path.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

/** Fragment id of the list of facts a passage supports. */
export function usesAnchor(quoteId: string): string {
  return `uses-${quoteId}`;
}
