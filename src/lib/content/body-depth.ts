/**
 * A bound on how deeply an article body nests block quotes and lists,
 * checked on the text before any Markdown parser sees it: the parser, the
 * plain-text walk and the HTML renderer all recurse once per level, and a
 * few thousand levels exhaust the stack. Real articles nest two or three
 * levels; the bound is far above that and far below any stack limit.
 */
import type { Problem } from '../check/problem.ts';

/** Deepest nesting of quotes and lists accepted in an article body. */
export const MAX_BODY_DEPTH = 32;

/** A block-quote or list marker at the start of a line (after its indentation). */
const MARKER = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;

/**
 * The nesting a line starts with, as an upper estimate: one level per
 * marker, and one per four columns of indentation before its first marker
 * (a nested list item is indented by its parent's marker width).
 */
export function lineDepth(line: string): number {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  let depth = Math.floor(indent.replace(/\t/g, '    ').length / 4);
  MARKER.lastIndex = 0;
  while (MARKER.lastIndex < line.length && MARKER.test(line)) depth++;
  return depth;
}

/** The problem for the first line of `body` nested deeper than MAX_BODY_DEPTH, if any. */
export function bodyDepthProblem(
  file: string,
  body: string,
  bodyLine: number,
): Problem | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lineDepth(lines[i] ?? '') <= MAX_BODY_DEPTH) continue;
    return {
      file,
      line: bodyLine + i,
      field: '(body)',
      code: 'body-too-deep',
      message: {
        id: `Kutipan (>) atau daftar (-) bersarang terlalu dalam (lebih dari ${MAX_BODY_DEPTH} tingkat); artikel tidak dibaca.`,
        en: `Quotes (>) or lists (-) are nested too deeply (more than ${MAX_BODY_DEPTH} levels); the article is not read.`,
      },
      fix: {
        id: 'Tulis teks artikel seperti aslinya: paragraf biasa, kutipan dan daftar paling banyak beberapa tingkat.',
        en: 'Write the article text as published: plain paragraphs, quotes and lists a few levels deep at most.',
      },
    };
  }
  return undefined;
}
