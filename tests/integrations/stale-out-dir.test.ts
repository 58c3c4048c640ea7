/** The previous output moved aside in one rename, then deleted in the background. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteAside, moveAside, staleDir } from '../../src/integrations/stale-out-dir.ts';

function project(): { out: string; stale: string } {
  const root = mkdtempSync(join(tmpdir(), 'stale-out-dir-'));
  const out = join(root, 'dist');
  mkdirSync(join(out, 'angkatan', 'a'), { recursive: true });
  writeFileSync(join(out, 'angkatan', 'a', 'index.html'), '<p>Contoh latihan</p>');
  return { out, stale: staleDir(join(root, '.astro')) };
}

describe('moveAside', () => {
  it('leaves no output folder at once; the deletion resolves once the old output is gone', async () => {
    const { out, stale } = project();
    expect(moveAside(out, stale)).toBe(true);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(stale)).toEqual(['angkatan']);
    await deleteAside(stale);
    expect(existsSync(stale)).toBe(false);
  });

  it('removes what an interrupted build left aside before moving the new output there', () => {
    const { out, stale } = project();
    mkdirSync(join(stale, 'old'), { recursive: true });
    expect(moveAside(out, stale)).toBe(true);
    expect(readdirSync(stale)).toEqual(['angkatan']);
  });

  it('does nothing when there is no output yet', () => {
    const { stale } = project();
    expect(moveAside(join(stale, '..', 'none'), stale)).toBe(false);
    expect(existsSync(stale)).toBe(false);
  });
});
