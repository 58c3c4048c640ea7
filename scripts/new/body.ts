/**
 * The text of a press release as pasted by an editor, made into the stored
 * body of an article: the news site's furniture removed, one paragraph per
 * line, and Markdown syntax escaped so that the page shows (and quotes are
 * matched against) exactly the words that were pasted.
 */

import { creditOf, isCaption, isFurniture } from '../../src/lib/text/furniture.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

export interface CleanBody {
  /** The article text: one paragraph per non-empty line, paragraphs apart by a blank line. */
  text: string;
  /** Lines removed as furniture (and captions not kept), in order, for the editor to review. */
  removed: string[];
  /** Photo captions found, kept or not, in order (absent when there is none). */
  captions?: string[];
  /** Reporter named in a credit line ("Reporter :", "Penulis:", "Laporan wartawan …"). */
  reporter?: string;
  /** Editor named in an "Editor :" line. */
  editor?: string;
}

/**
 * Remove site furniture ("BACA JUGA…", "Baca:", "Kategori :", share prompts,
 * "Berita Terkait", empty "Sumber:", … — the list of
 * src/lib/text/furniture.ts) from pasted text, line by line, and lift credit
 * lines into fields. Photo captions are removed unless listed in `keep`
 * (the editor's choice). A line repeating the headline (`title`) goes too:
 * the headline is quotable already, and a second copy would make a quote
 * from it occur twice. Whitespace inside a line is kept; blank lines are
 * dropped (paragraphs are one line each).
 */
export function stripFurniture(
  pasted: string,
  title?: string,
  keep: readonly string[] = [],
): CleanBody {
  const headline = title === undefined ? undefined : normalizeText(title);
  const kept: string[] = [];
  const removed: string[] = [];
  const captions: string[] = [];
  const credits: Pick<CleanBody, 'reporter' | 'editor'> = {};
  const keepCaption = new Set(keep.map(normalizeText));
  for (const raw of pasted.replace(/\r\n?/gu, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const credit = creditOf(line);
    if (credit && credit.name) credits[credit.role] ??= credit.name;
    if (credit || isFurniture(line) || normalizeText(line) === headline) {
      removed.push(line);
      continue;
    }
    if (isCaption(line)) {
      captions.push(line);
      if (!keepCaption.has(normalizeText(line))) {
        removed.push(line);
        continue;
      }
    }
    kept.push(line);
  }
  return {
    text: kept.join('\n\n'),
    removed,
    ...(captions.length > 0 ? { captions } : {}),
    ...credits,
  };
}

/** ASCII punctuation that Markdown may read as syntax anywhere in a line. */
const INLINE = /[\\`*_[\]<>&~|]/gu;
/** Line starts that Markdown reads as a heading, list item or rule (lines are trimmed). */
const LINE_START = /^(?:#{1,6}(?=\s|$)|(?:-+|\+|=+)(?=\s|$)|\d{1,9}[.)](?=\s|$))/u;

/**
 * One paragraph of plain text as Markdown whose rendered text is exactly the
 * input: inline syntax characters are backslash-escaped, and a line start
 * that would become a heading, list item or rule is escaped too.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.replace(INLINE, (c) => `\\${c}`);
  const start = LINE_START.exec(escaped);
  if (!start) return escaped;
  const lead = start[0];
  if (/^\d/u.test(lead)) return escaped.replace(/^(\d+)([.)])/u, '$1\\$2');
  return `\\${escaped}`;
}

/** The stored body of an article from its cleaned text (see `stripFurniture`). */
export function toMarkdownBody(text: string): string {
  const paragraphs = text
    .split(/\n{2,}/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return `${paragraphs.map(escapeMarkdownLine).join('\n\n')}\n`;
}
