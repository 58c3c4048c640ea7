/**
 * Decoding a fetched page: the charset from the Content-Type header, else
 * from a <meta charset> (or http-equiv) in its first bytes, else UTF-8, read
 * with the WHATWG TextDecoder. Bytes that do not fit the declared charset
 * are reported and read again (UTF-8 as windows-1252, anything else as
 * UTF-8 with replacement characters), never thrown.
 */
import type { WatchNote } from './types.ts';

export interface Decoded {
  text: string;
  /** The encoding the text was read with (WHATWG name, e.g. `utf-8`, `windows-1252`). */
  charset: string;
  notes: WatchNote[];
}

/** How many leading bytes are searched for a <meta> charset. */
const META_WINDOW = 4096;

/** The `charset=` parameter of a Content-Type header, if any. */
export function charsetFromContentType(header: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/iu.exec(header ?? '');
  return match?.[1];
}

/** The charset a page declares in a <meta> near its start, if any. */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_WINDOW));
  for (const tag of head.match(/<meta\b[^>]*>/giu) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/iu.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return undefined;
}

/** The WHATWG encoding for a label, or undefined when TextDecoder does not know it. */
function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** Decode strictly; undefined when the bytes do not fit. A cut page may end mid-character. */
function strict(bytes: Uint8Array, encoding: string, truncated: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: truncated });
  } catch {
    return undefined;
  }
}

/** Read a page's bytes as text, reporting an unknown or wrong declared charset. */
export function decodePage(
  bytes: Uint8Array,
  contentType: string | null,
  truncated = false,
): Decoded {
  const notes: WatchNote[] = [];
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = bom ? 'utf-8' : (charsetFromContentType(contentType) ?? charsetFromMeta(bytes));
  let charset = declared === undefined ? 'utf-8' : encodingOf(declared);
  if (charset === undefined) {
    notes.push({
      code: 'unknown-charset',
      id: `Halaman menyatakan charset "${declared}" yang tidak dikenal; dibaca sebagai UTF-8.`,
      en: `The page declares an unknown charset "${declared}"; read as UTF-8.`,
    });
    charset = 'utf-8';
  }
  const text = strict(bytes, charset, truncated);
  if (text !== undefined) return { text, charset, notes };
  const fallback = charset === 'utf-8' ? 'windows-1252' : 'utf-8';
  notes.push({
    code: 'encoding-mismatch',
    id: `Isi halaman bukan ${charset} seperti yang dinyatakannya; dibaca sebagai ${fallback}.`,
    en: `The page's bytes are not ${charset} as it declares; read as ${fallback}.`,
  });
  return {
    text: new TextDecoder(fallback).decode(bytes, { stream: truncated }),
    charset: fallback,
    notes,
  };
}
