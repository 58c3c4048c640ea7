import { describe, expect, it } from 'vitest';
import { withAnchors } from '../../../src/lib/opendata/anchors.ts';

describe('withAnchors', () => {
  it('makes an anchor of lower-case letters, digits and single hyphens from what each entry is', () => {
    const [a] = withAnchors(
      [{ id: 'X' }],
      () => 'koreksi cohort 2023-05-water participants.asn 2023-06-02',
    );
    expect(a).toEqual({
      id: 'X',
      anchor: 'koreksi-cohort-2023-05-water-participants-asn-2023-06-02',
    });
  });

  it('numbers a repeated anchor in log order, so each row and feed item has its own address', () => {
    const anchors = withAnchors([{ n: 1 }, { n: 2 }, { n: 3 }], () => 'Sama').map((e) => e.anchor);
    expect(anchors).toEqual(['sama', 'sama-2', 'sama-3']);
  });

  it('keeps an anchor when other entries are added before it', () => {
    const base = (e: { k: string }) => e.k;
    const before = withAnchors([{ k: 'b' }], base);
    const after = withAnchors([{ k: 'a' }, { k: 'b' }], base);
    expect(after[1]?.anchor).toBe(before[0]?.anchor);
  });
});
