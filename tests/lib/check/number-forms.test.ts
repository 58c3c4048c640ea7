/** Whole numbers written in a form that reads as another number (2.000, 0x19, 1e3). */
import { describe, expect, it } from 'vitest';
import { numberForms } from '../../../src/lib/check/number-forms.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';

const formsOf = (yaml: string) => {
  const parsed = parseYaml(yaml, 'f.yaml');
  return numberForms(parsed.data, parsed.sourceOf);
};

describe('numberForms', () => {
  it.each([
    [
      '2.000',
      2,
      'number-thousands-point',
      /^2\.000 is written, which reads as 2: /,
      /^If 2000 is meant, write count: 2000 without the point; if 2 is meant, write count: 2\.$/,
    ],
    ['10.000', 10, 'number-thousands-point', /reads as 10/, /If 10000 is meant/],
    [
      '0x19',
      25,
      'number-unusual-form',
      /^The number is written as 0x19, which reads as 25\.$/,
      /: 25\.$/,
    ],
    ['0o31', 25, 'number-unusual-form', /0o31/, /25/],
    ['1e3', 1000, 'number-unusual-form', /1e3, which reads as 1000/, /1000/],
    ['+25', 25, 'number-unusual-form', /\+25/, /25/],
    ['25.0', 25, 'number-unusual-form', /25\.0/, /25/],
  ])('refuses count: %s', (written, value, code, message, fix) => {
    const [f, ...rest] = formsOf(`a:\n  - count: ${written}\n`);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: ['a', 0, 'count'], code });
    expect(f?.message.en).toMatch(message);
    expect(f?.fix.en).toMatch(fix);
    expect(f?.message.en).toContain(String(value));
  });

  it.each(['25', '-3', '0', '2019', '"2.000"', '1.5', 'dua', 'unknown', '[1, 2]'])(
    'leaves %s alone',
    (written) => expect(formsOf(`a: ${written}\n`)).toEqual([]),
  );

  it('finds every such number, in maps and lists', () => {
    expect(formsOf('a: 2.000\nb:\n  c: [1, 0x10]\nd: 3\n').map((f) => f.path)).toEqual([
      ['a'],
      ['b', 'c', 1],
    ]);
  });

  it('says nothing without the file text', () => {
    expect(numberForms({ a: 2 }, () => undefined)).toEqual([]);
  });

  it('stops descending past the deepest content', () => {
    let deep: unknown = 2;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(numberForms(deep, () => '2.000')).toEqual([]);
  });
});
