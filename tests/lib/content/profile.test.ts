import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/check/problem.ts';
import { loadSiteProfile, readSiteProfile } from '../../../src/lib/content/profile.ts';
import { makeCorpus, REAL_CONTENT, type Corpus } from '../../helpers/corpus.ts';

const PROFILE = readFileSync(join(REAL_CONTENT, 'site.yaml'), 'utf8');

let corpus: Corpus | undefined;
afterEach(() => corpus?.cleanup());

/** The profile read from a corpus whose content folder has `files` (null: left out). */
function read(files: Record<string, string | null>) {
  corpus = makeCorpus(files);
  return readSiteProfile(corpus.root, corpus.content);
}

describe('readSiteProfile', () => {
  it('reads and validates content/site.yaml', () => {
    const { entry, problems } = read({});
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ id: 'site', file: 'content/site.yaml' });
    expect(entry?.data).toMatchObject({ name: 'Jejak SCP', url: 'https://jejak-scp.id' });
    expect(entry?.lineOf(['url'])).toBe(
      PROFILE.split('\n').indexOf('url: https://jejak-scp.id') + 1,
    );
  });

  it('reads site.yml too', () => {
    const { entry, problems } = read({ 'site.yaml': null, 'site.yml': PROFILE });
    expect(problems).toEqual([]);
    expect(entry?.file).toBe('content/site.yml');
  });

  it('reports a missing profile with the file to create', () => {
    const { entry, problems } = read({ 'site.yaml': null });
    expect(entry).toBeUndefined();
    expect(problems).toMatchObject([{ file: 'content/site.yaml', code: 'site-profile-missing' }]);
    expect(problems[0]?.fix.id).toContain('content/site.yaml');
  });

  it('reports a profile written twice', () => {
    const { problems } = read({ 'site.yml': PROFILE });
    expect(problems).toMatchObject([{ file: 'content/site.yml', code: 'id-duplicate' }]);
  });

  it('names the file, the line, the field and the fix of an invalid value', () => {
    const { entry, problems } = read({
      'site.yaml': PROFILE.replace('url: https://jejak-scp.id', 'url: https://jejak-scp.id/data'),
    });
    expect(entry).toBeUndefined();
    const [p] = problems;
    expect(p).toMatchObject({ file: 'content/site.yaml', field: 'url', code: 'schema-custom' });
    expect(p?.line).toBe(PROFILE.split('\n').indexOf('url: https://jejak-scp.id') + 1);
    expect(p && formatProblem(p)).toContain('tanpa path atau garis miring di akhir');
  });

  it('reports broken YAML as every other content file', () => {
    const { problems } = read({ 'site.yaml': 'name: Jejak: SCP\n' });
    expect(problems[0]).toMatchObject({ file: 'content/site.yaml' });
    expect(problems[0]?.code).toMatch(/^yaml-/);
  });
});

describe('loadSiteProfile', () => {
  it('returns the profile', () => {
    corpus = makeCorpus();
    expect(loadSiteProfile(corpus.root, corpus.content).programme.key).toBe('scp');
  });

  it('throws the formatted problems', () => {
    const { root, content } = (corpus = makeCorpus({
      'site.yaml': PROFILE.replace('country: ID', 'country: Indonesia'),
    }));
    expect(() => loadSiteProfile(root, content)).toThrow(
      /content\/site\.yaml:\d+ {2}\[city\.country\][\s\S]*Kode negara tidak sah/,
    );
  });
});
