/**
 * Fills the placeholders of a configuration template. `{{name}}` inside a
 * line takes a one-line value; a placeholder alone on its line takes any
 * number of lines, each indented as the placeholder was (an empty value
 * removes the line). A placeholder without a value, or a value without a
 * placeholder, is an error: template and generator stay in step.
 */
import { place, sourceError } from './problem.ts';

const PLACEHOLDER = /\{\{([a-z_]+)\}\}/g;
const BLOCK = /^([ \t]*)\{\{([a-z_]+)\}\}[ \t]*$/;

/** The template with every placeholder replaced by its value. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  file: string,
): string {
  const used = new Set<string>();
  const valueOf = (name: string, line: number): string => {
    const value = values[name];
    if (value === undefined)
      throw sourceError(
        place(file, line),
        {
          id: `{{${name}}} tidak dikenal generator konfigurasi.`,
          en: `the configuration generator does not know {{${name}}}.`,
        },
        {
          id: `gunakan salah satu: ${Object.keys(values)
            .map((k) => `{{${k}}}`)
            .join(', ')}.`,
          en: `use one of: ${Object.keys(values)
            .map((k) => `{{${k}}}`)
            .join(', ')}.`,
        },
      );
    used.add(name);
    return value;
  };
  const out = template.split('\n').flatMap((line, index) => {
    const block = BLOCK.exec(line);
    if (block) {
      const [, indent = '', name = ''] = block;
      const value = valueOf(name, index + 1);
      return value === '' ? [] : value.split('\n').map((l) => (l === '' ? '' : indent + l));
    }
    return [
      line.replace(PLACEHOLDER, (_m, name: string) => {
        const value = valueOf(name, index + 1);
        if (value.includes('\n'))
          throw sourceError(
            place(file, index + 1),
            {
              id: `{{${name}}} berisi beberapa baris, tetapi berada di tengah baris.`,
              en: `{{${name}}} holds several lines but stands inside a line.`,
            },
            {
              id: `tulis {{${name}}} sendirian di barisnya.`,
              en: `write {{${name}}} alone on its line.`,
            },
          );
        return value;
      }),
    ];
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0)
    throw sourceError(
      place(file),
      {
        id: `templat tidak memuat ${unused.map((n) => `{{${n}}}`).join(', ')}.`,
        en: `the template does not hold ${unused.map((n) => `{{${n}}}`).join(', ')}.`,
      },
      {
        id: 'kembalikan placeholder itu ke templat.',
        en: 'put that placeholder back into the template.',
      },
    );
  return out.join('\n');
}
