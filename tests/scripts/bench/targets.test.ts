import { describe, expect, it } from 'vitest';
import { summarise, type Summary } from '../../../scripts/bench/report.ts';
import {
  evaluateTargets,
  formatTargets,
  perPageRatio,
  type RunFigures,
  type Target,
} from '../../../scripts/bench/targets.ts';

/** A built size whose figures meet every target unless overridden. */
function built(articles: number, ours: number, over: Partial<Summary> = {}): Summary {
  const s = summarise({
    articles,
    ours: [ours],
    bare: [ours],
    oursPeak: [2 ** 30],
    barePeak: [null],
    pages: articles,
    check: [1],
    rebuild: ours / 20,
    rebuildReused: 0,
    rebuildPages: articles,
  });
  return { ...s, ...over };
}

function figures(over: Partial<RunFigures> = {}): RunFigures {
  return {
    built: [built(1000, 10), built(4000, 40), built(16000, 160)],
    checks: new Map([[16000, 9]]),
    rebuilt: {
      reused: 3,
      reusedFiles: 1,
      rendered: [
        { path: '/angkatan/x/index.html', reason: 'key changed' },
        { path: '/index.html', reason: 'no key' },
      ],
    },
    preview: { value: { articles: 4000, seconds: 0.5, problemSeconds: 0.5 } },
    ...over,
  };
}

const verdicts = (targets: Target[]) => targets.map((t) => [t.name, t.verdict]);
const sizes = [1000, 4000, 16000];

describe('evaluateTargets', () => {
  it('lists every target of the issue in order, all MET within their bounds', () => {
    const targets = evaluateTargets(figures(), sizes);
    expect(verdicts(targets)).toEqual([
      ['cost per HTML page vs bare Astro at 4000', 'MET'],
      ['rebuild after one more press release at 4000', 'MET'],
      ['growth 1000→4000 no worse than linear', 'MET'],
      ['growth 4000→16000 no worse than linear', 'MET'],
      ['peak memory of the build at 4000', 'MET'],
      ['dev preview: cohort file saved → its page served', 'MET'],
      ['dev preview: cohort file saved with a problem → problem shown', 'MET'],
      ['npm run check at 16000', 'MET'],
    ]);
  });

  it('misses each target just past its bound', () => {
    const at4000 = built(4000, 40, {
      ratio: 2.01,
      rebuildFraction: 0.101,
      oursPeak: 1.5 * 2 ** 30,
    });
    const targets = evaluateTargets(
      figures({
        built: [built(1000, 10), at4000, built(16000, 40 * 4 * 1.1 + 0.01)],
        checks: new Map([[16000, 10]]),
        preview: { value: { articles: 4000, seconds: 1, problemSeconds: 1 } },
      }),
      sizes,
    );
    expect(targets.map((t) => t.verdict)).toEqual([
      'NOT MET',
      'NOT MET',
      'MET',
      'NOT MET',
      'NOT MET',
      'NOT MET',
      'NOT MET',
      'NOT MET',
    ]);
  });

  it('allows growth up to 10 % over linear, not more', () => {
    const at = (t: number) =>
      evaluateTargets(figures({ built: [built(1000, 10), built(4000, t)] }), [1000, 4000])[2];
    expect(at(44)?.verdict).toBe('MET');
    expect(at(44.1)?.verdict).toBe('NOT MET');
    expect(at(44.1)?.measured).toBe('time ×4.41 for articles ×4');
  });

  it('says NOT MEASURED, and why, for a size checked but not built', () => {
    const targets = evaluateTargets(
      figures({
        built: [built(1000, 10), built(4000, 40)],
        preview: { skipped: 'skipped (--no-preview)' },
      }),
      sizes,
    );
    expect(targets[3]).toMatchObject({
      verdict: 'NOT MEASURED',
      measured: '16000 not measured: not built in this run',
    });
    expect(targets[5]).toMatchObject({
      verdict: 'NOT MEASURED',
      measured: 'skipped (--no-preview)',
    });
    expect(targets[6]).toMatchObject({
      verdict: 'NOT MEASURED',
      measured: 'skipped (--no-preview)',
    });
    expect(targets[7]?.verdict).toBe('MET');
  });

  it('judges the problem shown after a broken save on its own figure', () => {
    const at = (problemSeconds: number | undefined) =>
      evaluateTargets(
        figures({ preview: { value: { articles: 4000, seconds: 0.5, problemSeconds } } }),
        sizes,
      )[6];
    expect(at(0.99)).toMatchObject({ verdict: 'MET', measured: '0.99 s at 4000' });
    expect(at(1)?.verdict).toBe('NOT MET');
    expect(at(undefined)).toMatchObject({
      verdict: 'NOT MEASURED',
      measured: 'not measured in this run',
    });
  });

  it('does not judge targets of 4000 at another size', () => {
    const targets = evaluateTargets(
      figures({
        built: [built(200, 2)],
        checks: new Map(),
        preview: { value: { articles: 200, seconds: 0.2, problemSeconds: 0.2 } },
      }),
      [200],
    );
    expect(targets.filter((t) => t.verdict !== 'NOT MEASURED')).toEqual([]);
    expect(targets[0]?.measured).toBe('4000 not measured: not built in this run (at 200: 1.00×)');
    expect(targets.at(-1)?.measured).toContain('--large');
  });
});

describe('a size whose build failed', () => {
  it('judges the targets of that size NOT MET, with the reason, and the others as measured', () => {
    const failed = new Map([
      [16000, '16000 run 1 site (cold): exit 134 (JavaScript heap out of memory)'],
    ]);
    const targets = evaluateTargets(
      figures({ built: [built(1000, 10), built(4000, 40)], failed }),
      sizes,
    );
    const growth = targets.find((t) => t.name === 'growth 4000→16000 no worse than linear');
    expect(growth?.verdict).toBe('NOT MET');
    expect(growth?.measured).toBe(
      '16000: the build failed (16000 run 1 site (cold): exit 134 (JavaScript heap out of memory))',
    );
    expect(targets.find((t) => t.name.startsWith('growth 1000→4000'))?.verdict).toBe('MET');
  });

  it('judges the per-page, rebuild and memory targets NOT MET when the target size failed', () => {
    const failed = new Map([[4000, '4000 run 1 site (cold): exit 1']]);
    const targets = evaluateTargets(figures({ built: [built(1000, 10)], failed }), [1000, 4000]);
    expect(verdicts(targets).slice(0, 4)).toEqual([
      ['cost per HTML page vs bare Astro at 4000', 'NOT MET'],
      ['rebuild after one more press release at 4000', 'NOT MET'],
      ['growth 1000→4000 no worse than linear', 'NOT MET'],
      ['peak memory of the build at 4000', 'NOT MET'],
    ]);
  });
});

describe('the check target', () => {
  const checkTarget = (over: Partial<RunFigures>) =>
    evaluateTargets(figures(over), sizes).find((t) => t.name === 'npm run check at 16000');

  it('is judged on the check after one more article, with the cold check beside', () => {
    const target = checkTarget({
      checks: new Map([[16000, 9]]),
      coldChecks: new Map([[16000, 20]]),
    });
    expect(target).toMatchObject({
      measured: '9.0 s after +1 article (cold: 20.0 s)',
      verdict: 'MET',
    });
  });

  it('is not met when the check after one more article is not, however fast the cold one', () => {
    const target = checkTarget({
      checks: new Map([[16000, 10]]),
      coldChecks: new Map([[16000, 5]]),
    });
    expect(target?.verdict).toBe('NOT MET');
  });
});

describe('perPageRatio', () => {
  it('scales the time ratio by the bare pages (one per article) over the site pages', () => {
    expect(perPageRatio(built(1000, 10, { ratio: 12, pages: 3000 }))).toBe(4);
  });
});

describe('formatTargets', () => {
  it('prints a table with each verdict, then what the rebuild rendered again', () => {
    const rebuilt = figures().rebuilt;
    const text = formatTargets(
      evaluateTargets(figures(), sizes),
      rebuilt && { size: 4000, pages: rebuilt },
    );
    expect(text).toMatch(/^target +limit +measured +verdict$/m);
    expect(text).toMatch(/^npm run check at 16000 +< 10 s +9\.0 s after \+1 article +MET$/m);
    expect(text).toContain('rebuild at 4000: 2 rendered again');
  });
});
