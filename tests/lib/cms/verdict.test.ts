import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/check/problem.ts';
import { adminPage, problemsOf, verdictPage } from '../../../src/lib/cms/verdict.ts';

const problem = (file: string, field: string): Problem => ({
  file,
  field,
  line: 3,
  code: 'quote-not-found',
  message: { id: 'Kutipan <tidak> ditemukan.', en: 'Quote not found.' },
  fix: { id: 'Salin kutipan persis.', en: 'Copy the exact passage.' },
});

describe('problemsOf', () => {
  const problems = [
    problem('../../tmp/salinan/content/cohorts/2030-01-contoh.yaml', 'sources[0].quote'),
    problem('content/claims/2030-01-contoh.yaml', 'value'),
  ];
  it('gives the problems of one file, wherever the content folder is', () => {
    expect(problemsOf(problems, 'content/cohorts/2030-01-contoh.yaml').map((p) => p.field)).toEqual(
      ['sources[0].quote'],
    );
    expect(problemsOf(problems, 'content/cohorts/lain.yaml')).toEqual([]);
  });
  it('gives every problem for no file', () => {
    expect(problemsOf(problems, '')).toHaveLength(2);
  });
});

describe('verdictPage', () => {
  it('lists each problem with its field, line, message and fix, escaped', () => {
    const html = verdictPage([problem('content/cohorts/a.yaml', 'sources[0].quote')]);
    expect(html).toContain('data-field="sources[0].quote"');
    expect(html).toContain('sources[0].quote, baris 3');
    expect(html).toContain('Kutipan &#60;tidak&#62; ditemukan.');
    expect(html).toContain('Perbaikan: Salin kutipan persis.');
    expect(html).toContain('1 masalah di 1 berkas');
  });
  it('says so when the content is valid', () => {
    expect(verdictPage([])).toContain('Konten valid');
  });
});

describe('adminPage', () => {
  it('loads only scripts of its own, no inline script', () => {
    const html = adminPage('Situs <Contoh>');
    expect(html).toContain('<title>Penyunting — Situs &#60;Contoh&#62;</title>');
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script src="/admin/pre.js">',
      '<script src="/admin/decap/decap-cms.js">',
      '<script src="/admin/admin.js">',
    ]);
  });
});
