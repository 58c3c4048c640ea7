import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bodySha256, hashedBody } from '../../../src/lib/content/body-hash.ts';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('bodySha256', () => {
  it('hashes the UTF-8 bytes of the trimmed body', () => {
    expect(bodySha256('\n\nContoh latihan: teks.\n')).toBe(sha('Contoh latihan: teks.'));
  });

  it('reads CRLF and CR line endings as LF', () => {
    expect(bodySha256('Satu.\r\n\r\nDua.\rTiga.')).toBe(bodySha256('Satu.\n\nDua.\nTiga.'));
    expect(hashedBody('a\r\nb')).toBe('a\nb');
  });

  it('changes with any letter or inner space of the text', () => {
    const base = bodySha256('Contoh latihan: 25 ASN.');
    expect(bodySha256('Contoh latihan: 26 ASN.')).not.toBe(base);
    expect(bodySha256('Contoh latihan:  25 ASN.')).not.toBe(base);
  });
});
