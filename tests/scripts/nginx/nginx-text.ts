/**
 * Reading generated nginx configuration in tests: the blocks opened by a
 * directive (`server`, `location`, `types`) and the arguments of a
 * directive at any depth. Enough for the files the generator writes
 * (braces never inside quoted strings), not a full nginx parser.
 */

/** Every block opened by `name` (its head line to its closing brace), outermost first. */
export function blocks(text: string, name: string): string[] {
  const found: string[] = [];
  const head = new RegExp(`^[ \\t]*${name}\\b[^{;\\n]*\\{`, 'gm');
  for (const match of text.matchAll(head)) {
    const start = (match.index ?? 0) + match[0].length - match[0].trimStart().length;
    let depth = 0;
    for (let i = start; i < text.length; i += 1) {
      if (text[i] === '{') depth += 1;
      if (text[i] === '}') depth -= 1;
      if (text[i] === '}' && depth === 0) {
        found.push(text.slice(start, i + 1));
        break;
      }
    }
  }
  return found;
}

/** The arguments of each `name …;` directive in the text, comments left out. */
export function directives(text: string, name: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => {
      const match = new RegExp(`^${name}\\s+(.*);$`).exec(line);
      return match ? [match[1] ?? ''] : [];
    });
}
