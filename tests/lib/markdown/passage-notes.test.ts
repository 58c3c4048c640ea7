import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../../../src/lib/markdown/render.ts';
import type { PassageNote } from '../../../src/lib/markdown/passage-notes.ts';

const note = (anchor: string, heading = 'Mendukung'): PassageNote => ({
  anchor,
  id: `uses-${anchor}`,
  heading,
  uses: [
    {
      record: { label: 'Angkatan', href: '/angkatan/x/' },
      fields: [{ label: 'Periode', href: '/angkatan/x/#f-period' }, { label: 'Tema' }],
    },
  ],
  links: [
    { label: 'Lihat di teks', href: `#${anchor}` },
    { label: 'Halaman asli', href: 'https://example.org/a#:~:text=x' },
  ],
});

describe('rehypePassageNotes', () => {
  it('puts each note right after the paragraph holding its passage, in order', () => {
    const placed = new Set<string>();
    const html = renderArticleBody('Satu dua tiga.\n\nEmpat lima enam.', {
      highlights: [
        { anchor: 'q-b', quote: 'lima' },
        { anchor: 'q-a', quote: 'dua' },
      ],
      notes: [note('q-a'), note('q-b')],
      placed,
    });
    const order = [...html.matchAll(/<p>|<div class="passage-note"[^>]*id="([^"]+)"/g)].map(
      (m) => m[1] ?? 'p',
    );
    expect(order.filter((x) => x !== 'p')).toEqual(['uses-q-a', 'uses-q-b']);
    expect(html.indexOf('uses-q-a')).toBeLessThan(html.indexOf('Empat'));
    expect([...placed].sort()).toEqual(['q-a', 'q-b']);
  });

  it('links fields and records, and opens external links without opener or referrer', () => {
    const html = renderArticleBody('Satu dua tiga.', {
      highlights: [{ anchor: 'q-a', quote: 'dua' }],
      notes: [note('q-a')],
    });
    expect(html).toContain('<a href="/angkatan/x/#f-period">Periode</a>, Tema');
    expect(html).toContain(
      '<a href="https://example.org/a#:~:text=x" rel="noopener noreferrer">Halaman asli</a>',
    );
  });

  it('leaves a note unplaced when its passage is not in the body', () => {
    const placed = new Set<string>();
    const html = renderArticleBody('Satu dua tiga.', {
      highlights: [],
      notes: [note('q-z')],
      placed,
    });
    expect(html).not.toContain('passage-note');
    expect(placed.size).toBe(0);
  });
});
