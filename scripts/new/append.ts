/**
 * Appending to an existing YAML file without rewriting it: a new source at
 * the end of a cohort's `sources:` list, a new term at the end of a
 * vocabulary. The yaml Document API locates the list (its items, their
 * indentation, where the last one ends); the new item is inserted there as
 * text, so every other byte — comments included — stays as it was. The
 * result is parsed again and must equal the old data plus the new item
 * before it is returned.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Bilingual } from '../../src/lib/check/problem.ts';
import { renderListItem, renderYaml } from './render.ts';

export type Appended = { ok: true; text: string } | { ok: false; problem: Bilingual };

function refuse(file: string, id: string, en: string): Appended {
  return {
    ok: false,
    problem: {
      id: `${file}: ${id} Berkas tidak diubah; tambahkan secara manual.`,
      en: `${file}: ${en} The file was not changed; add it by hand.`,
    },
  };
}

function parse(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true });
  return { doc, lineCounter };
}

/** The new text must read as the old data with `expected` changes, and nothing else. */
function verified(file: string, after: string, expected: unknown): Appended {
  const { doc } = parse(after);
  if (doc.errors.length > 0 || !isDeepStrictEqual(doc.toJS(), expected)) {
    return refuse(
      file,
      'tambahan tidak dapat disisipkan dengan aman.',
      'the addition could not be inserted safely.',
    );
  }
  return { ok: true, text: after };
}

/**
 * `text` with `items` appended to the block list under the top-level `key`
 * (e.g. a cohort's `sources`). Refused (with a reason) when the file cannot
 * be read, the key is missing or the list is written inline.
 */
export function appendToList(
  text: string,
  key: string,
  items: readonly unknown[],
  file: string,
): Appended {
  const { doc, lineCounter } = parse(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    return refuse(file, 'YAML tidak dapat dibaca.', 'the YAML cannot be read.');
  }
  const seq = doc.get(key, true) as Node | undefined;
  if (!isSeq(seq) || seq.flow || seq.items.length === 0) {
    return refuse(
      file,
      `daftar "${key}:" tidak ditemukan dalam bentuk baris "- …".`,
      `no "${key}:" list written as "- …" lines was found.`,
    );
  }
  const first = seq.items[0] as Node;
  const last = seq.items.at(-1) as Node;
  const firstStart = first.range?.[0] ?? 0;
  const lineStart = text.lastIndexOf('\n', firstStart - 1) + 1;
  const dash = text.indexOf('-', lineStart);
  const indent = dash - lineStart;
  if (
    dash < 0 ||
    dash >= firstStart ||
    lineCounter.linePos(dash).line !== lineCounter.linePos(firstStart).line
  ) {
    return refuse(
      file,
      `baris "- …" di "${key}:" tidak dikenali.`,
      `the "- …" lines of "${key}:" are not recognised.`,
    );
  }
  // Insert after the line where the last item's value ends.
  const valueEnd = last.range?.[1] ?? text.length;
  const newline = text.indexOf('\n', Math.max(valueEnd - 1, 0));
  const at = newline < 0 ? text.length : newline + 1;
  const head = text.slice(0, at) + (newline < 0 ? '\n' : '');
  const inserted = items.map((item) => renderListItem(item, indent)).join('');
  const after = head + inserted + text.slice(at);
  const before = doc.toJS() as Record<string, unknown[]>;
  return verified(file, after, { ...before, [key]: [...(before[key] ?? []), ...items] });
}

/** `text` (a mapping) with one more top-level `key: value` at the end; refused if the key exists. */
export function appendToMap(text: string, key: string, value: unknown, file: string): Appended {
  const { doc } = parse(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    return refuse(file, 'YAML tidak dapat dibaca.', 'the YAML cannot be read.');
  }
  if (doc.contents.items.some((p) => isScalar(p.key) && p.key.value === key)) {
    return refuse(file, `kunci "${key}" sudah ada.`, `the key "${key}" already exists.`);
  }
  const head = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const after = head + renderYaml({ [key]: value });
  return verified(file, after, { ...(doc.toJS() as object), [key]: value });
}
