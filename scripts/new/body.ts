/**
 * The text of a press release as pasted by an editor, made into the stored
 * body of an article: the news site's furniture removed, one paragraph per
 * line, and Markdown syntax escaped so that the page shows (and quotes are
 * matched against) exactly the words that were pasted.
 */

import { isFurniture } from '../../src/lib/text/furniture.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';

/** "Reporter : Nama", "Editor: Nama": kept as fields, not as text. */
const CREDIT_LINE = /^(reporter|editor)\s*:\s*(.*)$/iu;

export interface CleanBody {
  /** The article text: one paragraph per non-empty line, paragraphs apart by a blank line. */
  text: string;
  /** Lines removed as furniture, in order, for the editor to review. */
  removed: string[];
  /** Reporter named in a "Reporter :" line. */
  reporter?: string;
  /** Editor named in an "Editor :" line. */
  editor?: string;
}

/**
 * Remove site furniture ("BACA JUGA…", "Baca juga", "add images", "Kategori :",
 * "Berita Terkait", empty "Sumber:", …) from pasted text, line by line, and
 * lift "Reporter :"/"Editor :" lines into fields. A line repeating the
 * headline (`title`) goes too: the headline is quotable already, and a second
 * copy would make a quote from it occur twice. Whitespace inside a line is
 * kept; blank lines are dropped (paragraphs are one line each).
 */
export function stripFurniture(pasted: string, title?: string): CleanBody {
  const headline = title === undefined ? undefined : normalizeText(title);
  const out: CleanBody = { text: '', removed: [] };
  const kept: string[] = [];
  for (const raw of pasted.replace(/\r\n?/gu, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const credit = CREDIT_LINE.exec(line);
    if (credit) {
      const value = credit[2]?.trim() ?? '';
      if ((credit[1] ?? '').toLowerCase() === 'reporter') {
        if (value) out.reporter = value;
      } else if (value) out.editor = value;
      out.removed.push(line);
      continue;
    }
    if (isFurniture(line) || normalizeText(line) === headline) {
      out.removed.push(line);
      continue;
    }
    kept.push(line);
  }
  out.text = kept.join('\n\n');
  return out;
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
