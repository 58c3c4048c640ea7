/** The site profile's vocabulary keys. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REAL_CONTENT } from '../../../helpers/corpus.ts';
import { edited, lineIn, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

const PROFILE = readFileSync(join(REAL_CONTENT, 'site.yaml'), 'utf8');

describe('checkContent', () => {
  describe('site profile', () => {
    it('accepts the real profile', () => {
      expect(problemsIn().filter((p) => p.file === 'content/site.yaml')).toEqual([]);
    });

    it.each([
      ['key: scp', 'key: scp-programme', 'programme.key', 'programmes.yaml'],
      ['key: singapore', 'key: singapur', 'destination.key', 'places.yaml'],
      ['staff_group: asn-kota-jambi', 'staff_group: asn', 'staff_group', 'participant-groups.yaml'],
    ])('reports a key not in its vocabulary: %s → %s', (from, to, field, file) => {
      const text = edited(PROFILE, from, to);
      const [p] = withCode(problemsIn({ 'site.yaml': text }), 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: 'content/site.yaml', field, line: lineIn(text, to) });
      expect(p?.fix.en).toContain(`content/vocabularies/${file}`);
    });

    it('reports a missing profile', () => {
      withCode(problemsIn({ 'site.yaml': null }), 'site-profile-missing');
    });
  });
});
