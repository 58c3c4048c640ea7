import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../scripts/verify/document.ts';
import { linesOf, messagesOf, siteOf } from './fixture.ts';

/** The problems of a site of one page. */
const problemsOf = (html: string): string[] =>
  messagesOf(checkDocument(siteOf({ 'index.html': html })));

describe('checkDocument', () => {
  it('requires <html lang>, one non-empty <title> and exactly one <h1>', () => {
    expect(
      problemsOf(
        '<!doctype html><html><head><title> </title></head><body><h1>a</h1><h1>b</h1></body></html>',
      ),
    ).toEqual([
      '<html> has no lang attribute',
      'empty <title>',
      '2 <h1> elements (expected exactly one)',
    ]);
    expect(problemsOf('<html lang="en"><body><p>x</p></body></html>')).toEqual([
      'no <title>',
      '0 <h1> elements (expected exactly one)',
    ]);
  });
  it('does not count an SVG <title> as the page title', () => {
    expect(
      problemsOf(
        '<html lang="id"><head></head><body><h1>x</h1><svg><title>Grafik</title></svg></body></html>',
      ),
    ).toEqual(['no <title>']);
  });
  it('reports two titles, and the file each problem is in', () => {
    expect(
      linesOf(
        checkDocument(
          siteOf({
            'index.html':
              '<html lang="id"><head><title>a</title><title>b</title></head><body><h1>x</h1></body></html>',
            'b/index.html': '<html><head></head><body></body></html>',
          }),
        ),
      ),
    ).toEqual([
      'b/index.html: <html> has no lang attribute',
      'b/index.html: no <title>',
      'b/index.html: 0 <h1> elements (expected exactly one)',
      'index.html: 2 <title> elements (expected one)',
    ]);
  });
});
