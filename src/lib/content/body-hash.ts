/**
 * The SHA-256 of a stored article body. The hashed bytes are the UTF-8
 * encoding of the Markdown body below the front matter's closing `---`, with
 * every line ending written as LF and the blank lines and spaces at its start
 * and end removed. Nothing else is normalised: a changed letter, space inside
 * the text or Unicode form changes the hash.
 */
import { createHash } from 'node:crypto';

/** The exact string whose UTF-8 bytes are hashed. */
export function hashedBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').trim();
}

/** Lower-case hexadecimal SHA-256 of a stored body. */
export function bodySha256(body: string): string {
  return createHash('sha256').update(hashedBody(body), 'utf8').digest('hex');
}

/** The hash the stored body must have now: the last body correction's, else the article's own. */
export function recordedSha256(a: {
  sha256?: string | undefined;
  corrections?: readonly { sha256: string }[] | undefined;
}): string | undefined {
  return a.corrections?.at(-1)?.sha256 ?? a.sha256;
}
