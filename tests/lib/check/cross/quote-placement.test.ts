/** Where a quote can be anchored: enough letters, one place, not across the headline. */
import { describe, expect, it } from 'vitest';
import {
  MIN_QUOTE_LETTERS,
  placeQuote,
  quoteSpansHeadline,
  quoteTooShort,
  type QuotedArticle,
} from '../../../../src/lib/check/cross/quote-placement.ts';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { visibleLength } from '../../../../src/lib/text/invisible.ts';
import { PROJECT_ROOT } from '../../../helpers/corpus.ts';

const HEADLINE = 'Dua Puluh Lima ASN Belajar Tata Kelola Air di Singapura';
const BODY =
  'Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan di Singapura. ' +
  'Kegiatan pelatihan di Singapura itu dibiayai oleh Pemerintah Singapura.';
/** An article whose published headline may be quoted, as the index gives it. */
const WITH_HEADLINE: QuotedArticle = {
  text: `${HEADLINE}\n\n${BODY}`,
  headline: HEADLINE,
  entry: { file: 'content/articles/a.md' },
};
/** The same article when its title is ours, so only the body may be quoted. */
const BODY_ONLY: QuotedArticle = { text: BODY, entry: { file: 'content/articles/a.md' } };
const located = { file: 'content/cohorts/c.yaml', lineOf: () => 7 };

describe('placeQuote', () => {
  it('looks each quote up in its own article when several articles are asked in turn', () => {
    const quote = 'mengikuti pelatihan di Singapura';
    const other: QuotedArticle = {
      text: 'Contoh latihan: tidak ada pelatihan di sini.',
      entry: { file: 'content/articles/b.md' },
    };
    expect(placeQuote(BODY_ONLY, quote)).toEqual({ kind: 'once' });
    expect(placeQuote(other, quote)).toEqual({ kind: 'none' });
    expect(placeQuote(BODY_ONLY, quote)).toEqual({ kind: 'once' });
    expect(placeQuote(WITH_HEADLINE, 'Tata Kelola Air di Singapura Sebanyak 25')).toMatchObject({
      kind: 'spans',
      headline: HEADLINE,
    });
    expect(placeQuote(BODY_ONLY, 'Tata Kelola Air di Singapura Sebanyak 25')).toEqual({
      kind: 'none',
    });
  });

  it.each([
    '25',
    'ASN',
    '25 orang ASN',
    'Pemerintah Singapura',
    '"di Singapura." — (25)',
    '',
    '   \n ',
    '\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b',
    '\u00ad\u2060\ufeff\u200e\u200f\u200c\u200d . , ; : - —',
  ])('refuses %j as too short, with its count of letters and digits', (quote) => {
    expect(placeQuote(WITH_HEADLINE, quote)).toEqual({
      kind: 'too-short',
      letters: visibleLength(quote),
    });
  });

  it('counts letters and digits only, so punctuation or invisible characters do not lengthen a quote', () => {
    const nineteen = 'Sebanyak 25 orang ASN K';
    expect(visibleLength(nineteen)).toBe(MIN_QUOTE_LETTERS - 1);
    expect(placeQuote(WITH_HEADLINE, `${nineteen}\u00ad\u00ad, — …`)).toMatchObject({
      kind: 'too-short',
      letters: 19,
    });
    expect(placeQuote(WITH_HEADLINE, 'Sebanyak 25 orang ASN Ko')).toEqual({ kind: 'once' });
  });

  it('places a quote found once in the body or once in the headline', () => {
    expect(placeQuote(WITH_HEADLINE, 'dibiayai oleh Pemerintah Singapura')).toEqual({
      kind: 'once',
    });
    expect(placeQuote(WITH_HEADLINE, 'ASN Belajar Tata Kelola Air')).toEqual({ kind: 'once' });
    expect(placeQuote(WITH_HEADLINE, HEADLINE)).toEqual({ kind: 'once' });
  });

  it('finds nothing where the quote is not, or where the headline is not quotable', () => {
    expect(placeQuote(WITH_HEADLINE, 'dibiayai oleh Pemerintah Malaysia')).toEqual({
      kind: 'none',
    });
    expect(placeQuote(BODY_ONLY, 'ASN Belajar Tata Kelola Air')).toEqual({ kind: 'none' });
  });

  it('counts the places of a quote that occurs more than once', () => {
    expect(placeQuote(WITH_HEADLINE, 'pelatihan di Singapura')).toEqual({ kind: 'many', count: 2 });
    const echoed = { ...WITH_HEADLINE, text: `${HEADLINE}\n\n${HEADLINE}. ${BODY}` };
    expect(placeQuote(echoed, 'Belajar Tata Kelola Air di Singapura')).toEqual({
      kind: 'many',
      count: 2,
    });
  });

  it.each<[string, string, string]>([
    [
      'Tata Kelola Air di Singapura Sebanyak 25 orang',
      'Tata Kelola Air di Singapura',
      'Sebanyak 25 orang',
    ],
    [`${HEADLINE} Sebanyak`, HEADLINE, 'Sebanyak'],
    [
      'Singapura\n\n  Sebanyak 25 orang ASN Kota Contoh',
      'Singapura',
      'Sebanyak 25 orang ASN Kota Contoh',
    ],
    ['Air di Singapura Sebanyak 25 orang ASN', 'Air di Singapura', 'Sebanyak 25 orang ASN'],
  ])('refuses %j, which starts in the headline and goes on in the body', (quote, head, body) => {
    expect(placeQuote(WITH_HEADLINE, quote)).toEqual({
      kind: 'spans',
      headline: HEADLINE,
      inHeadline: head,
      inBody: body,
    });
  });

  it('does not count a place across the headline when the quote also stands in the body', () => {
    const article = {
      ...WITH_HEADLINE,
      text: `${HEADLINE}\n\nSebanyak 25 orang ASN. Air di Singapura Sebanyak 25 orang ASN.`,
    };
    expect(placeQuote(article, 'Air di Singapura Sebanyak 25 orang')).toEqual({ kind: 'once' });
  });

  it('never sees a headline in an article whose text does not start with one', () => {
    expect(placeQuote(BODY_ONLY, 'Singapura. Kegiatan pelatihan di Singapura')).toEqual({
      kind: 'once',
    });
  });
});

describe('MIN_QUOTE_LETTERS', () => {
  const content = loadContent(PROJECT_ROOT);
  const quotes = [...content.cohorts, ...content.claims, ...content.context].flatMap((e) => {
    const d = e.data as {
      sources: { quote: string }[];
      variants?: { quote: string }[];
      corrections?: { source?: { quote: string } }[];
    };
    return [
      ...d.sources.map((s) => s.quote),
      ...(d.variants ?? []).map((v) => v.quote),
      ...(d.corrections ?? []).flatMap((c) => (c.source ? [c.source.quote] : [])),
    ];
  });

  it('is under half the letters of the shortest quote of the real content', () => {
    expect(quotes.length).toBeGreaterThan(20);
    const shortest = Math.min(...quotes.map(visibleLength));
    expect(shortest).toBe(45);
    expect(MIN_QUOTE_LETTERS * 2).toBeLessThan(shortest);
  });
});

describe('the problems', () => {
  it('quoteTooShort names the count and the minimum and asks for the whole clause', () => {
    const p = quoteTooShort(located, ['sources', 0, 'quote'], 3);
    expect(p).toMatchObject({
      file: 'content/cohorts/c.yaml',
      line: 7,
      field: 'sources[0].quote',
      code: 'quote-too-short',
    });
    expect(p.message.id).toContain(`3 huruf dan angka, padahal minimal ${MIN_QUOTE_LETTERS}`);
    expect(p.message.en).toContain(`3 letters and digits, at least ${MIN_QUOTE_LETTERS} needed`);
    expect(p.fix.id).toMatch(/^Kutip seluruh klausa/);
    expect(p.fix.en).toMatch(/^Quote the whole clause/);
  });

  it('quoteSpansHeadline shows both parts and offers the headline or the body', () => {
    const p = quoteSpansHeadline(located, ['variants', 1, 'quote'], 'a', {
      kind: 'spans',
      headline: HEADLINE,
      inHeadline: 'di Singapura',
      inBody: 'Sebanyak 25',
    });
    expect(p).toMatchObject({ field: 'variants[1].quote', code: 'quote-spans-headline' });
    expect(p.message.id).toContain(
      'dimulai di judul artikel a (bagian «di Singapura») dan berlanjut ke badan teks (bagian «Sebanyak 25»)',
    );
    expect(p.fix.id).toContain(
      `Kutip judulnya saja («${HEADLINE}») atau satu bagian dari badan teks`,
    );
    expect(p.fix.en).toContain(
      `Quote either the headline alone («${HEADLINE}») or a passage of the body`,
    );
  });

  it('quoteSpansHeadline shows invisible characters of the text as [U+XXXX]', () => {
    const p = quoteSpansHeadline(located, ['sources', 0, 'quote'], 'a', {
      kind: 'spans',
      headline: 'Tata Ke\u00adlola Air',
      inHeadline: 'Ke\u00adlola Air',
      inBody: 'Se\u200dbanyak',
    });
    expect(p.message.id).toContain('(bagian «Ke[U+00AD]lola Air»)');
    expect(p.message.en).toContain('(the part «Se[U+200D]banyak»)');
    expect(p.fix.id).toContain('(«Tata Ke[U+00AD]lola Air»)');
  });
});
