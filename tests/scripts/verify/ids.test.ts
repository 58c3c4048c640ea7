import { describe, expect, it } from 'vitest';
import { checkIds } from '../../../scripts/verify/ids.ts';
import { linesOf, messagesOf, page, siteOf } from './fixture.ts';

describe('checkIds', () => {
  it('reports duplicate ids with their count', () => {
    const problems = checkIds(
      siteOf({ 'index.html': page('<p id="a"></p><p id="a"></p><svg><g id="a"></g></svg>') }),
    );
    expect(messagesOf(problems)).toEqual(['duplicate id "a" (3 elements)']);
  });
  it('reports an empty id, and counts no id inside a <template>', () => {
    const problems = checkIds(
      siteOf({
        'index.html': page('<p id=""></p><p id="t"></p><template><p id="t"></p></template>'),
      }),
    );
    expect(messagesOf(problems)).toEqual(['empty id attribute on <p>']);
  });
  it('reports each page with its own duplicates', () => {
    const problems = checkIds(
      siteOf({
        'index.html': page('<p id="d"></p><p id="d" style="x:y"></p>'),
        'b/index.html': page('<p id="d"></p>'),
      }),
    );
    expect(linesOf(problems)).toEqual(['index.html: duplicate id "d" (2 elements)']);
  });
});
