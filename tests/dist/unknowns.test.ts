/**
 * What the site shows of what its sources do not say, built from a practice
 * corpus (tests/fixtures/unknowns, "Contoh latihan"): a publication date not
 * known but bounded, a year alone, a title of ours, a held cohort whose only
 * count is unknown, a planned cohort placed by its send-off month and an
 * announced cohort with no date at all — on the source and cohort pages, the
 * lists, the timeline, the charts, the feed, the structured data and the CSV.
 */
import { csvParse } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/verify/site.ts';
import {
  HELD_COHORT,
  OUR_TITLE_ARTICLE,
  SENDOFF_COHORT,
  UNDATED_ARTICLE,
  UNDATED_COHORT,
  UNKNOWNS_CONTENT,
} from '../fixtures/unknowns/index.ts';
import { buildFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

let site: FixtureSite;
const read = (file: string): string => site.read(file);

beforeAll(() => {
  site = buildFixtureSite(UNKNOWNS_CONTENT, 'unknowns');
}, 180_000);
afterAll(() => site.cleanup());

/** The JSON-LD blocks of a page. */
const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1] ?? '{}') as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(data) ? data : [data];
  });
const ofType = (html: string, type: string) => jsonLd(html).find((b) => b['@type'] === type);

describe('a publication date that is not known', () => {
  it('reads "tidak diketahui" with its bounds on the source page, in both languages', () => {
    const id = read(`sumber/${UNDATED_ARTICLE}/index.html`);
    expect(id).toContain('tanggal terbit tidak diketahui (antara 7 Juni 2024 dan 30 Juni 2024)');
    expect(read(`en/sources/${UNDATED_ARTICLE}/index.html`)).toContain(
      'publication date unknown (between 7 June 2024 and 30 June 2024)',
    );
    expect(ofType(id, 'NewsArticle')).not.toHaveProperty('datePublished');
  });

  it('keeps a year a year, never its first day', () => {
    const page = read(`sumber/${OUR_TITLE_ARTICLE}/index.html`);
    expect(page).toContain('<time datetime="2024">2024</time>');
    expect(ofType(page, 'NewsArticle')?.['datePublished']).toBe('2024');
  });

  it('gives neither a pubDate in the feed, where the undated article comes after the dated one', () => {
    const rss = read('rss.xml');
    const items = rss.split('<item>').slice(1);
    const item = (id: string) => items.find((i) => i.includes(`/sumber/${id}/`)) ?? '';
    expect(item(UNDATED_ARTICLE)).not.toContain('<pubDate>');
    expect(item(OUR_TITLE_ARTICLE)).not.toContain('<pubDate>');
    expect(rss).not.toMatch(/01 Jan 2024/);
    expect(item('2024-05-warta-contoh-pelayanan-publik')).toContain('<pubDate>');
  });

  it('leaves published empty in articles.csv and gives the bounds', () => {
    const rows = csvParse(read('data/articles.csv'));
    expect(rows.find((r) => r.id === UNDATED_ARTICLE)).toMatchObject({
      published: '',
      published_after: '2024-06-07',
      published_before: '2024-06-30',
    });
    expect(rows.find((r) => r.id === OUR_TITLE_ARTICLE)?.published).toBe('2024');
  });
});

describe('a title of ours', () => {
  const marked = 'Contoh latihan: rencana pelatihan tata kelola air [judul dari kami]';

  it('is marked as ours on its page, in lists and citations, and in the feed', () => {
    const page = read(`sumber/${OUR_TITLE_ARTICLE}/index.html`);
    expect(page).toMatch(
      /<h1>\s*<span lang="id">Contoh latihan: rencana pelatihan tata kelola air<\/span>\s+<span class="note">\[judul dari kami\]<\/span>\s*<\/h1>/,
    );
    expect(page).toContain(`<title>${marked}`);
    expect(page).toContain('judul ini dibuat oleh kami dan tidak pernah dikutip sebagai sumber');
    expect(read('sumber/index.html')).toContain(marked);
    expect(read(`angkatan/${UNDATED_COHORT}/index.html`)).toContain(marked);
    expect(read('linimasa/index.html')).toContain(marked);
    expect(read('en/sources/index.html')).toContain(
      'Contoh latihan: rencana pelatihan tata kelola air [our title]',
    );
    expect(read('rss.xml')).toContain(`<title>${marked}</title>`);
  });

  it('is the article’s name in structured data, never its headline', () => {
    const article = ofType(read(`sumber/${OUR_TITLE_ARTICLE}/index.html`), 'NewsArticle');
    expect(article?.['name']).toBe('Contoh latihan: rencana pelatihan tata kelola air');
    expect(article).not.toHaveProperty('headline');
    const event = ofType(read(`angkatan/${UNDATED_COHORT}/index.html`), 'EducationEvent');
    expect(JSON.stringify(event?.['subjectOf'])).not.toContain('"headline"');
  });
});

describe('cohorts whose training dates are not given', () => {
  it('say so on the cohort page and in the structured data', () => {
    const page = read(`angkatan/${UNDATED_COHORT}/index.html`);
    expect(page).toContain('Tata Kelola Air — tanggal pelatihan belum diketahui');
    expect(page).toMatch(/<dd id="f-period" class="unknown">\s*tanggal pelatihan belum diketahui/);
    expect(ofType(page, 'EducationEvent')).not.toHaveProperty('startDate');
    expect(read(`angkatan/${SENDOFF_COHORT}/index.html`)).toContain(
      'Pelayanan Publik — pelepasan Juli 2024',
    );
  });

  it('stand on the timeline by their send-off, or last under "Waktu belum diketahui"', () => {
    const timeline = read('linimasa/index.html');
    const y2024 = timeline.indexOf('id="y-2024"');
    const undated = timeline.indexOf('id="y-tanpa-tanggal">Waktu belum diketahui</h2>');
    expect(y2024).toBeGreaterThan(-1);
    expect(undated).toBeGreaterThan(y2024);
    const at = (id: string) => timeline.indexOf(`id="c-${id}"`);
    expect(at(HELD_COHORT)).toBeGreaterThan(y2024);
    expect(at(SENDOFF_COHORT)).toBeGreaterThan(at(HELD_COHORT));
    expect(at(SENDOFF_COHORT)).toBeLessThan(undated);
    expect(at(UNDATED_COHORT)).toBeGreaterThan(undated);
    expect(read('en/timeline/index.html')).toContain('>Date not yet known</h2>');
  });

  it('are counted by their send-off year, or left out with a note, in the per-year charts', () => {
    const charts = read('grafik/index.html');
    expect(charts).toContain(
      'dihitung pada tahun pelepasannya: Pelayanan Publik (pelepasan Juli 2024, direncanakan)',
    );
    expect(charts).toContain(
      'Tidak masuk grafik per tahun karena waktunya belum diketahui sama sekali: Tata Kelola Air (tanggal pelatihan belum diketahui, diumumkan)',
    );
    const byYear = csvParse(read('data/participants-by-year-theme.csv'));
    expect(byYear.map((r) => [r.year, r.theme, r.status])).toEqual([
      ['2024', 'kota-cerdas', 'held'],
      ['2024', 'pelayanan-publik', 'planned'],
    ]);
  });

  it('leave the period empty in cohorts.csv', () => {
    const rows = csvParse(read('data/cohorts.csv'));
    for (const id of [SENDOFF_COHORT, UNDATED_COHORT])
      expect(rows.find((r) => r.id === id)).toMatchObject({ period_start: '', period_end: '' });
    expect(rows.at(-1)?.id).toBe(UNDATED_COHORT);
  });
});

describe('a held cohort whose only count is unknown', () => {
  it('reads "tidak diketahui" on the home page and in the chart sentences, never "sedikitnya 0"', () => {
    expect(read('index.html')).toMatch(
      /<span class="figure-number">tidak diketahui<\/span> <span class="figure-label">peserta terdokumentasi/,
    );
    expect(read('grafik/index.html')).toContain(
      'Pada 2024 tercatat peserta yang jumlahnya tidak diketahui (Kota Cerdas).',
    );
    const files = listFiles(site.outDir).filter((f) => /\.(html|xml|csv|json)$/.test(f));
    const offending = files.filter((f) =>
      /sedikitnya 0\b|at least 0\b|[\s>]0\+\?|1 Januari 2024|1 January 2024/.test(read(f)),
    );
    expect(offending).toEqual([]);
  });
});
