import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  doc,
  fullDate,
  localized,
  partialDate,
  plainText,
  slug,
  unknown,
  webAddress,
} from '../../src/schemas/common.ts';

describe('doc', () => {
  it('attaches the Indonesian and English descriptions as metadata', () => {
    const s = doc(z.string(), 'Teks.', 'Text.');
    expect(s.meta()).toMatchObject({ description: 'Teks.', description_en: 'Text.' });
  });
});

describe('slug', () => {
  it.each(['scp', 'public-service', '2019-02-smart-city', 'a1-b2'])('accepts %s', (v) => {
    expect(slug.safeParse(v).success).toBe(true);
  });

  it.each(['Public-Service', 'public_service', 'public service', '-a', 'a-', 'a--b', '', 'é'])(
    'refuses %j',
    (v) => {
      expect(slug.safeParse(v).success).toBe(false);
    },
  );

  it('refuses keys over 120 characters', () => {
    expect(slug.safeParse('a'.repeat(120)).success).toBe(true);
    expect(slug.safeParse('a'.repeat(121)).success).toBe(false);
  });

  it('labels a malformed key with the slug message', () => {
    expect(slug.safeParse('Bad Key').error?.issues[0]?.message).toBe('slug');
  });
});

describe('partialDate', () => {
  it.each(['2023', '2023-03', '2023-03-23', '2024-02-29'])('accepts %s', (v) => {
    expect(partialDate.safeParse(v)).toEqual({ success: true, data: v });
  });

  it('accepts a year given as a number and returns it as a string', () => {
    expect(partialDate.safeParse(2023)).toEqual({ success: true, data: '2023' });
  });

  it.each([2023.5, 1899, 20230])('refuses the number %d', (v) => {
    expect(partialDate.safeParse(v).success).toBe(false);
  });

  it.each(['2023-02-29', '2023-02-30', '2023-13', '2023-3', '23', 'unknown', ''])(
    'refuses %j with the partial-date message',
    (v) => {
      const r = partialDate.safeParse(v);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('partial-date');
    },
  );

  it('refuses a date object and null', () => {
    expect(partialDate.safeParse(new Date('2023-03-01')).success).toBe(false);
    expect(partialDate.safeParse(null).success).toBe(false);
  });
});

describe('fullDate', () => {
  it('accepts only day precision', () => {
    expect(fullDate.safeParse('2023-05-15').success).toBe(true);
    expect(fullDate.safeParse('2023-05').success).toBe(false);
    expect(fullDate.safeParse('2023').success).toBe(false);
  });

  it('refuses an impossible day', () => {
    expect(fullDate.safeParse('2023-02-29').success).toBe(false);
  });
});

describe('webAddress', () => {
  it.each([
    'https://jambikota.go.id/berita/1',
    'http://diskominfo.jambikota.go.id/x/',
    'HTTPS://EXAMPLE.COM',
  ])('accepts %s', (v) => {
    expect(webAddress.safeParse(v).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.com/file',
    'mailto:humas@jambikota.go.id',
    'file:///etc/passwd',
    '//example.com',
    '/relative',
    'jambikota.go.id',
    'https:/x',
    '',
  ])('refuses %j', (v) => {
    expect(webAddress.safeParse(v).success).toBe(false);
  });
});

describe('unknown', () => {
  it('accepts only the word unknown', () => {
    expect(unknown.safeParse('unknown').success).toBe(true);
    expect(unknown.safeParse('Unknown').success).toBe(false);
    expect(unknown.safeParse('').success).toBe(false);
    expect(unknown.safeParse(undefined).success).toBe(false);
  });
});

describe('plainText', () => {
  it('accepts ordinary text with punctuation and trims it', () => {
    expect(plainText.safeParse('  Centre of Liveable Cities (CLC) & co.  ')).toEqual({
      success: true,
      data: 'Centre of Liveable Cities (CLC) & co.',
    });
  });

  it.each(['<b>x</b>', 'a < b', 'a > b', '<script>alert(1)</script>', '<img src=x onerror=1>'])(
    'refuses %j with the plain-text message',
    (v) => {
      const r = plainText.safeParse(v);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toContain('plain-text');
    },
  );

  it('refuses empty and blank text', () => {
    expect(plainText.safeParse('').success).toBe(false);
    expect(plainText.safeParse('   ').success).toBe(false);
  });

  it('refuses text over 2000 characters', () => {
    expect(plainText.safeParse('a'.repeat(2000)).success).toBe(true);
    expect(plainText.safeParse('a'.repeat(2001)).success).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(plainText.safeParse(12).success).toBe(false);
  });
});

describe('localized', () => {
  it('requires both id and en', () => {
    expect(localized.safeParse({ id: 'Teks', en: 'Text' }).success).toBe(true);
    const r = localized.safeParse({ id: 'Teks' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['en']);
  });

  it('refuses other languages as unknown keys', () => {
    const r = localized.safeParse({ id: 'a', en: 'b', fr: 'c' });
    expect(r.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['fr'] });
  });

  it('refuses markup in either language', () => {
    expect(localized.safeParse({ id: '<b>a</b>', en: 'b' }).success).toBe(false);
    expect(localized.safeParse({ id: 'a', en: '<i>b</i>' }).success).toBe(false);
  });
});
