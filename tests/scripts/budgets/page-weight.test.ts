import { describe, expect, it } from 'vitest';
import {
  PAGE_BUDGETS,
  SCRIPT_BUDGET,
  evaluatePage,
  isExecutableScriptType,
  jsImports,
  pageAssets,
  pageType,
  type PageWeight,
} from '../../../scripts/budgets/page-weight.ts';

describe('pageType', () => {
  it.each([
    ['index.html', 'home'],
    ['en/index.html', 'home'],
    ['angkatan/2019-07-public-service/index.html', 'cohort'],
    ['en/cohorts/2019-07-public-service/index.html', 'cohort'],
    ['sumber/2019-02-diskominfo-smart-city/index.html', 'source'],
    ['en/sources/2019-02-diskominfo-smart-city/index.html', 'source'],
    ['sumber/index.html', 'list'],
    ['sumber/2/index.html', 'list'],
    ['en/sources/3/index.html', 'list'],
    ['linimasa/index.html', 'list'],
    ['linimasa/2/index.html', 'list'],
    ['linimasa/tema/public-service/index.html', 'list'],
    ['en/timeline/programme/scp/index.html', 'list'],
    ['tema/index.html', 'list'],
    ['en/themes/water-management/index.html', 'list'],
    ['program/scp/index.html', 'list'],
    ['en/programmes/index.html', 'list'],
    ['tentang/index.html', 'other'],
    ['cari/index.html', 'other'],
    ['en/search/index.html', 'other'],
    ['404.html', 'other'],
    ['angkatan/index.html', 'other'],
  ])('%s is a %s page', (file, type) => {
    expect(pageType(file)).toBe(type);
  });
});

describe('pageAssets', () => {
  it('finds stylesheets, executable scripts and search bundles, not data blocks', () => {
    const assets = pageAssets(
      '<!doctype html><html><head>' +
        '<link rel="stylesheet" href="/_astro/a.css"><link rel="preload stylesheet" href="b.css">' +
        '<link rel="alternate" href="/en/"><link rel="icon" href="/x.svg">' +
        '<script type="application/ld+json">{"a":1}</script>' +
        '<script type="module" src="/_astro/s.js"></script>' +
        '</head><body><div data-search data-bundle="/pagefind/"></div><script>let a = 1;</script></body></html>',
    );
    expect(assets.stylesheets).toEqual(['/_astro/a.css', 'b.css']);
    expect(assets.scripts).toEqual([
      { src: '/_astro/s.js', inline: '', type: 'module' },
      { src: undefined, inline: 'let a = 1;', type: '' },
    ]);
    expect(assets.bundles).toEqual(['/pagefind/']);
  });

  it('tells executable script types from data blocks', () => {
    for (const t of ['', 'module', 'text/javascript', 'application/javascript', ' MODULE '])
      expect(isExecutableScriptType(t)).toBe(true);
    for (const t of ['application/ld+json', 'application/json', 'text/template', 'importmap'])
      expect(isExecutableScriptType(t)).toBe(false);
  });
});

describe('jsImports', () => {
  it('finds literal static and dynamic imports', () => {
    const code =
      'import{t as e}from"./a.js";import "./side.js";export{x}from\'./b.js\';' +
      'let m=await import(`./c.js`);import("./d.js");';
    expect(jsImports(code).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './side.js']);
  });

  it('skips specifiers computed at run time', () => {
    expect(jsImports('d=await e(()=>import(`${t}pagefind.js`),[]);import(x)')).toEqual([]);
  });
});

describe('evaluatePage', () => {
  const page = (over: Partial<PageWeight>): PageWeight => ({
    file: 'tentang/index.html',
    type: 'other',
    htmlBytes: 10_000,
    htmlGzip: 3_000,
    cssGzip: 4_000,
    scripts: 0,
    jsGzip: 0,
    ...over,
  });
  const options = { scriptAllowlist: ['cari/index.html'] };

  it('passes a page within its budget', () => {
    expect(evaluatePage(page({}), options)).toEqual([]);
  });

  it('reports a page over the budget of its type, with the excess', () => {
    const budget = PAGE_BUDGETS.cohort;
    const problems = evaluatePage(
      page({ type: 'cohort', htmlGzip: budget - 4_000 + 1, cssGzip: 4_000 }),
      options,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^cohort page weighs \d+ B gzipped .* by 1 B$/),
    ]);
  });

  it('uses the budgets it is given', () => {
    const budgets = { home: 1, list: 1, cohort: 1, source: 1, other: 7_000 };
    expect(evaluatePage(page({}), { ...options, pageBudgets: budgets })).toEqual([]);
    expect(
      evaluatePage(page({ htmlGzip: 3_001 }), { ...options, pageBudgets: budgets }),
    ).toHaveLength(1);
  });

  it('allows scripts only on allowlisted pages, within the script budget', () => {
    expect(
      evaluatePage(page({ file: 'cari/index.html', scripts: 1, jsGzip: SCRIPT_BUDGET }), options),
    ).toEqual([]);
    expect(
      evaluatePage(
        page({ file: 'cari/index.html', scripts: 1, jsGzip: SCRIPT_BUDGET + 5 }),
        options,
      ),
    ).toEqual([expect.stringMatching(/^JavaScript weighs .* by 5 B$/)]);
    expect(evaluatePage(page({ scripts: 1, jsGzip: 10 }), options)).toEqual([
      expect.stringMatching(
        /^loads JavaScript \(1 <script>, 10 B gzipped\); only cari\/index.html may$/,
      ),
    ]);
  });
});
