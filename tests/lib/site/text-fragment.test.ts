import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../src/lib/site/text-fragment.ts';
import { fieldAnchor, quoteAnchor, shortHash } from '../../../src/lib/site/anchors.ts';

describe('textFragmentUrl', () => {
  it('uses the whole quote when short, encoding directive syntax', () => {
    expect(textFragmentUrl('https://x.test/a#old', 'satu-satunya, A & B')).toBe(
      'https://x.test/a#:~:text=satu%2Dsatunya%2C%20A%20%26%20B',
    );
  });
  it('uses start and end words for a long quote', () => {
    const url = textFragmentUrl('https://x.test/a', 'a b c d e f g h i j k l');
    expect(url).toBe('https://x.test/a#:~:text=a%20b%20c%20d%20e,h%20i%20j%20k%20l');
  });
});

describe('quoteAnchor', () => {
  it('is stable under whitespace differences and differs between quotes', () => {
    expect(quoteAnchor('dua  tiga\n')).toBe(quoteAnchor('dua tiga'));
    expect(quoteAnchor('dua tiga')).not.toBe(quoteAnchor('dua empat'));
    expect(shortHash('')).toMatch(/^[0-9a-z]+$/);
  });
});

describe('fieldAnchor', () => {
  it('turns a field path into an id', () =>
    expect(fieldAnchor('participants.asn-kota-jambi')).toBe('f-participants-asn-kota-jambi'));
});
