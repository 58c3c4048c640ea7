/**
 * Practice press releases ("Contoh latihan") for the tests that drive
 * `npm run new` through its standard input, one file per release, each with
 * the answers an editor types, one per line ("" is Enter; the pasted text
 * ends with "."). All are fictional: the names, figures and dates are made up
 * to exercise one feature each.
 */

/** A practice release: its headline, the text as pasted, and the answers to a whole session. */
export interface PracticeRelease {
  title: string;
  text: string;
  answers: readonly string[];
}

/** The lines of a pasted text, ended by the line holding only ".". */
export const lines = (text: string): string[] => [...text.trimEnd().split('\n'), '.'];
