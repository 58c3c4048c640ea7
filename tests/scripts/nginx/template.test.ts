import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../scripts/nginx/template.ts';

const FILE = 'contoh.template';
const refusal = (template: string, values: Record<string, string>): string => {
  try {
    fillTemplate(template, values, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('fillTemplate accepted it');
};

describe('fillTemplate', () => {
  it('fills a placeholder inside a line', () => {
    expect(fillTemplate('listen {{listen}};', { listen: '80' }, FILE)).toBe('listen 80;');
  });

  it('indents every line of a placeholder alone on its line as the placeholder was', () => {
    const template = 'a {\n    {{block}}\n}';
    expect(fillTemplate(template, { block: 'x 1;\n\ny 2;' }, FILE)).toBe(
      'a {\n    x 1;\n\n    y 2;\n}',
    );
  });

  it('removes the line of an empty block placeholder', () => {
    expect(fillTemplate('a;\n  {{extra}}\nb;', { extra: '' }, FILE)).toBe('a;\nb;');
  });

  it('fills a placeholder used several times', () => {
    expect(fillTemplate('{{h}}\n{{h}}', { h: 'x;' }, FILE)).toBe('x;\nx;');
  });

  it('refuses a placeholder without a value, naming the line and the known ones', () => {
    const message = refusal('a;\nroot {{rot}};', { root: '/srv' });
    expect(message).toMatch(/^contoh\.template, baris 2: \{\{rot\}\} tidak dikenal/);
    expect(message).toContain('Perbaiki: gunakan salah satu: {{root}}.');
  });

  it('refuses a value the template has no placeholder for', () => {
    expect(refusal('a;', { root: '/srv' })).toMatch(
      /^contoh\.template: templat tidak memuat \{\{root\}\}/,
    );
  });

  it('refuses several lines inside a line', () => {
    expect(refusal('x {{v}};', { v: 'a\nb' })).toMatch(/baris 1: \{\{v\}\} berisi beberapa baris/);
  });
});
