import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { bodyCorrectionSchema, sha256Hex } from '../../src/schemas/capture.ts';

const HASH = 'a'.repeat(64);
const base = {
  title: 'Contoh latihan',
  outlet: 'unknown',
  published: '2024-01',
  url: 'unknown',
  language: 'id',
  kind: 'news',
  summary: { id: 'Ringkasan.', en: 'Summary.' },
};

describe('capture fields of an article', () => {
  it('reads a missing capture date as unknown', () => {
    expect(articleSchema.parse(base).captured).toBe('unknown');
  });

  it('takes a full capture date, a hash and an archive address', () => {
    const a = articleSchema.parse({
      ...base,
      captured: '2024-01-20',
      sha256: HASH,
      archive_url: 'https://web.archive.org/web/20240120000000/https://example.org/a',
    });
    expect(a).toMatchObject({ captured: '2024-01-20', sha256: HASH });
  });

  it('refuses a partial capture date and an archive address that is not http(s)', () => {
    expect(articleSchema.safeParse({ ...base, captured: '2024-01' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...base, archive_url: 'javascript:x' }).success).toBe(false);
  });

  it('accepts only 64 lower-case hexadecimal digits as a hash', () => {
    expect(sha256Hex.safeParse(HASH).success).toBe(true);
    expect(sha256Hex.safeParse(HASH.toUpperCase()).success).toBe(false);
    expect(sha256Hex.safeParse(HASH.slice(1)).success).toBe(false);
  });

  it('takes body corrections with the hash before and after', () => {
    const c = {
      date: '2024-02-01',
      field: 'body',
      previous: HASH,
      sha256: 'b'.repeat(64),
      reason: { id: 'Salah ketik.', en: 'A typo.' },
    };
    expect(bodyCorrectionSchema.safeParse(c).success).toBe(true);
    expect(bodyCorrectionSchema.safeParse({ ...c, field: 'title' }).success).toBe(false);
    expect(articleSchema.parse({ ...base, corrections: [c] }).corrections).toHaveLength(1);
  });
});
