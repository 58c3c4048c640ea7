import { describe, expect, it } from 'vitest';
import { contentDir } from '../../../src/lib/content/location.ts';

describe('contentDir', () => {
  it('is root/content without JEJAK_CONTENT_DIR', () => {
    expect(contentDir('/srv/site', {})).toBe('/srv/site/content');
    expect(contentDir('/srv/site', { JEJAK_CONTENT_DIR: '  ' })).toBe('/srv/site/content');
  });

  it('is the absolute path given in JEJAK_CONTENT_DIR', () => {
    expect(contentDir('/srv/site', { JEJAK_CONTENT_DIR: '/tmp/copy/content/' })).toBe(
      '/tmp/copy/content',
    );
  });

  it('refuses a relative JEJAK_CONTENT_DIR', () => {
    expect(() => contentDir('/srv/site', { JEJAK_CONTENT_DIR: 'copy/content' })).toThrow(
      /absolute path/,
    );
  });
});
