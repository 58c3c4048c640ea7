/**
 * End to end: a press release added with `npm run new` (flags) to a copy of
 * the content, and the site built from that copy (JEJAK_CONTENT_DIR): the new
 * cohort has its page, is on the timeline and is counted in the charts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { copyContent, runNode, type ContentCopy, type Run } from '../helpers/node.ts';
import {
  PRACTICE_ARTICLE_ID,
  PRACTICE_COHORT_ID,
  PRACTICE_FLAGS,
  PRACTICE_TEXT,
} from '../helpers/practice.ts';

const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

describe('a press release added with npm run new, then built', () => {
  let copy: ContentCopy;
  let dist: string;
  let scaffold: Run;
  let build: Run;

  beforeAll(async () => {
    copy = copyContent();
    dist = join(copy.dir, 'dist');
    const body = copy.file('siaran-pers.txt', PRACTICE_TEXT);
    scaffold = await runNode([
      join(PROJECT_ROOT, 'scripts', 'new.ts'),
      `--content=${copy.content}`,
      `--body-file=${body}`,
      '--yes',
      ...PRACTICE_FLAGS,
    ]);
    build = await runNode([astro, 'build', '--outDir', dist], {
      env: { JEJAK_CONTENT_DIR: copy.content },
      timeout: 120_000,
    });
  }, 150_000);
  afterAll(() => copy.cleanup());

  const page = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');

  it('builds without a content problem', () => {
    expect(scaffold.status).toBe(0);
    expect(build.stderr).not.toMatch(/ContentCheck|Build dihentikan/);
    expect(build.status, `${build.stdout.slice(-1500)}\n${build.stderr.slice(-1500)}`).toBe(0);
  });

  it('has a page for the new cohort and one for its source', () => {
    expect(existsSync(join(dist, 'angkatan', PRACTICE_COHORT_ID, 'index.html'))).toBe(true);
    expect(page(`sumber/${PRACTICE_ARTICLE_ID}`)).toContain('Rumah Dinas Wali Kota');
  });

  it('puts the new cohort on the timeline, in both languages', () => {
    expect(page('linimasa')).toContain(`/angkatan/${PRACTICE_COHORT_ID}/`);
    expect(page('en/timeline')).toContain(`/en/cohorts/${PRACTICE_COHORT_ID}/`);
  });

  it('counts its participants in the charts: the city’s own, not the water company’s managers', () => {
    const csv = readFileSync(join(dist, 'data', 'charts', 'participants-by-year.csv'), 'utf8');
    // The managers of unknown size belong to another body: left out, so 30 is the whole count.
    expect(csv.split('\n')).toContain('2024,urban-planning,planned,1,30,false');
    expect(page('grafik')).toContain('Perencanaan Kota');
    expect(page('grafik')).toContain(
      'Perencanaan Kota, 10 Juni 2024: Manajemen Perumdam Tirta Mayang yang jumlahnya tidak diketahui',
    );
  });
});
