/** The recorded SHA-256 of a stored body: an edit needs a body correction. */
import { afterEach, describe, expect, it } from 'vitest';
import { bodySha256 } from '../../../../src/lib/content/body-hash.ts';
import { articleText } from '../../../helpers/corpus.ts';
import { lineIn, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

const FILE = 'articles/2024-01-contoh-latihan.md';
const STORED = 'Contoh latihan: sebanyak 25 ASN mengikuti pelatihan.';
const EDITED = 'Contoh latihan: sebanyak 26 ASN mengikuti pelatihan.';
const [OLD, NEW] = [bodySha256(STORED), bodySha256(EDITED)];

function correction(previous: string, sha256: string): string {
  return `corrections:\n  - date: 2024-02-01\n    field: body\n    previous: ${previous}\n    sha256: ${sha256}\n    reason:\n      id: Salah ketik saat menyalin.\n      en: A typo made when copying.\n`;
}
const article = (body: string, extra = '') =>
  articleText(body, { captured: 'unknown', sha256: OLD }, extra);

describe('checkCapture', () => {
  it('accepts a body that still hashes to its sha256', () => {
    expect(problemsIn({ [FILE]: article(STORED) })).toEqual([]);
  });

  it('reads CRLF line endings as LF', () => {
    const text = article(`${STORED}\n\nParagraf kedua.`);
    const sha = bodySha256(`${STORED}\n\nParagraf kedua.`);
    expect(problemsIn({ [FILE]: text.replace(OLD, sha).replace(/\n/g, '\r\n') })).toEqual([]);
  });

  it('fails a body edited without a correction, naming both hashes', () => {
    const text = article(EDITED);
    const [p] = withCode(problemsIn({ [FILE]: text }), 'body-hash-changed');
    expect(p).toMatchObject({
      file: `content/${FILE}`,
      field: 'sha256',
      line: lineIn(text, 'sha256'),
    });
    expect(p?.message.id).toContain(NEW);
    expect(p?.fix.id).toContain(`previous: ${OLD}`);
    expect(p?.fix.id).toContain(`sha256: ${NEW}`);
  });

  it('accepts an edited body once a correction records its new hash', () => {
    expect(problemsIn({ [FILE]: article(EDITED, correction(OLD, NEW)) })).toEqual([]);
  });

  it('fails a body that changed again after its last correction', () => {
    const text = article(`${EDITED} Lagi.`, correction(OLD, NEW));
    const [p] = withCode(problemsIn({ [FILE]: text }), 'body-hash-changed');
    expect(p?.field).toBe('corrections[0].sha256');
    expect(p?.fix.en).toContain(`previous: ${NEW}`);
  });

  it('fails a correction that does not start from the recorded hash', () => {
    const text = article(EDITED, correction(NEW, NEW));
    const [p] = withCode(problemsIn({ [FILE]: text }), 'body-correction-chain');
    expect(p).toMatchObject({ field: 'corrections[0].previous' });
    expect(p?.fix.id).toContain(`previous: ${OLD}`);
  });

  it('does not check an article without sha256', () => {
    expect(problemsIn({ [FILE]: articleText(EDITED) })).toEqual([]);
  });

  it('refuses a hash that is not 64 lower-case hex digits', () => {
    const text = article(STORED).replace(OLD, OLD.toUpperCase());
    expect(problemsIn({ [FILE]: text }).map((p) => p.field)).toContain('sha256');
  });
});
