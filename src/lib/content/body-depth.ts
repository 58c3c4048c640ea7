/**
 * Bounds on the Markdown of an article body, checked on the text before
 * any Markdown parser sees it. Nesting: the plain-text walk and the HTML
 * renderer recurse once per level of quotes, lists or emphasis, and a few
 * thousand levels exhaust the stack. Markup per paragraph: resolving
 * emphasis and link brackets takes time that grows with the square of
 * their number in one paragraph, so a paragraph of tens of thousands of
 * `*` or `[` would take minutes. Real articles nest two or three levels
 * and use a handful of marks per paragraph; both bounds are far above that.
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

/** Most emphasis, code and link marks (`*`, `_`, `` ` ``, `[`, `]`, `<`) accepted in one paragraph. */
export const MAX_MARKS_PER_PARAGRAPH = 600;

const MARKS = /[*_`[\]<]/g;

/** The first problem of `body` against the bounds above, if any. */
export function bodyDepthProblem(
  file: string,
  body: string,
  bodyLine: number,
): Problem | undefined {
  const lines = body.split('\n');
  let marks = 0;
  let paragraphStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      marks = 0;
      paragraphStart = i + 1;
    } else marks += line.match(MARKS)?.length ?? 0;
    if (marks > MAX_MARKS_PER_PARAGRAPH) return tooManyMarks(file, bodyLine + paragraphStart);
    if (lineDepth(line) <= MAX_BODY_DEPTH) continue;
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

function tooManyMarks(file: string, line: number): Problem {
  return {
    file,
    line,
    field: '(body)',
    code: 'body-too-much-markup',
    message: {
      id: `Paragraf ini berisi lebih dari ${MAX_MARKS_PER_PARAGRAPH} tanda format (*, _, \`, [, ], <); artikel tidak dibaca.`,
      en: `This paragraph holds more than ${MAX_MARKS_PER_PARAGRAPH} formatting marks (*, _, \`, [, ], <); the article is not read.`,
    },
    fix: {
      id: 'Tulis teks artikel seperti aslinya, tanpa deretan tanda format; pisahkan paragraf dengan baris kosong.',
      en: 'Write the article text as published, without runs of formatting marks; separate paragraphs with a blank line.',
    },
  };
}
