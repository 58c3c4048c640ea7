import { describe, expect, it } from 'vitest';
import { contrastBars } from '../../../src/lib/charts/contrast-bars.ts';

describe('contrastBars', () => {
  it('puts every row on the scale of the largest number of all', () => {
    expect(
      contrastBars([
        { claimed: 150, documented: 25 },
        { claimed: 300, documented: 54 },
      ]),
    ).toEqual([
      { claimed: 50, documented: 8.33 },
      { claimed: 100, documented: 18 },
    ]);
  });

  it('lets a record larger than its claim set the scale', () => {
    expect(contrastBars([{ claimed: 10, documented: 40 }])).toEqual([
      { claimed: 25, documented: 100 },
    ]);
  });

  it('draws nothing when every number is zero', () => {
    expect(contrastBars([{ claimed: 0, documented: 0 }])).toEqual([{ claimed: 0, documented: 0 }]);
    expect(contrastBars([])).toEqual([]);
  });
});
