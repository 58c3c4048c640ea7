import { describe, expect, it } from 'vitest';
import { checkExternalRel } from '../../../scripts/verify/external-rel.ts';
import { linesOf, page, siteOf } from './fixture.ts';

describe('checkExternalRel', () => {
  it('reports external links without noopener noreferrer', () => {
    const problems = checkExternalRel(
      siteOf({
        'index.html': page(
          '<a href="https://example.org/" rel="noopener">e</a>' +
            '<a href="https://example.org/b" rel="noopener noreferrer external">ok</a>' +
            '<img src="https://cdn.example.org/i.png" alt=""><a href="/a/">internal</a>',
        ),
      }),
    );
    expect(linesOf(problems)).toEqual([
      'index.html: external link <a href="https://example.org/"> needs rel="noopener noreferrer" (has rel="noopener")',
    ]);
  });
});
