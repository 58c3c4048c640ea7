/** Reading a fetched page's bytes: header, meta, BOM, unknown and wrong charsets, cut pages. */
import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  charsetFromMeta,
  decodePage,
} from '../../../src/lib/sources/charset.ts';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('charsetFromContentType', () => {
  it('reads the charset parameter, quoted or not', () => {
    expect(charsetFromContentType('text/html; charset=ISO-8859-1')).toBe('ISO-8859-1');
    expect(charsetFromContentType('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeUndefined();
    expect(charsetFromContentType(null)).toBeUndefined();
  });
});

describe('charsetFromMeta', () => {
  it('reads <meta charset> and the http-equiv form', () => {
    expect(charsetFromMeta(utf8('<head><meta charset="windows-1252"></head>'))).toBe(
      'windows-1252',
    );
    expect(
      charsetFromMeta(
        utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
      ),
    ).toBe('iso-8859-1');
    expect(charsetFromMeta(utf8('<meta name="x" content="y">'))).toBeUndefined();
  });
});

describe('decodePage', () => {
  it('prefers the header, then the meta element, else UTF-8', () => {
    expect(decodePage(latin1('Rémi'), 'text/html; charset=iso-8859-1')).toEqual({
      text: 'Rémi',
      charset: 'windows-1252',
      notes: [],
    });
    expect(decodePage(latin1('<meta charset=latin1>Rémi'), 'text/html').text).toContain('Rémi');
    expect(decodePage(utf8('Rémi'), null)).toMatchObject({ text: 'Rémi', charset: 'utf-8' });
  });

  it('reports bytes that are not the UTF-8 they claim, and reads them as windows-1252', () => {
    // "Rémi “x”" in windows-1252: é is 0xE9, the curly quotes 0x93 and 0x94.
    const bytes = new Uint8Array([...latin1('Rémi '), 0x93, 0x78, 0x94]);
    const decoded = decodePage(bytes, 'text/html; charset=utf-8');
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.text).toBe('Rémi “x”');
    expect(decoded.notes.map((n) => n.code)).toEqual(['encoding-mismatch']);
    expect(decoded.notes[0]?.id).toMatch(/bukan utf-8/u);
  });

  it('reports an unknown charset and reads UTF-8', () => {
    const decoded = decodePage(utf8('Rémi'), 'text/html; charset=klingon-8');
    expect(decoded).toMatchObject({ text: 'Rémi', charset: 'utf-8' });
    expect(decoded.notes.map((n) => n.code)).toEqual(['unknown-charset']);
  });

  it('does not call a page cut inside a character a wrong encoding', () => {
    const bytes = utf8('abc é').subarray(0, 5);
    expect(decodePage(bytes, 'text/html; charset=utf-8', true)).toMatchObject({
      text: 'abc ',
      notes: [],
    });
  });

  it('lets a byte-order mark decide', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('é')]);
    expect(decodePage(bytes, 'text/html; charset=iso-8859-1').text).toBe('é');
  });
});
