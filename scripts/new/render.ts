/**
 * Entries as the text of their files, in the house style of content/: keys in
 * the schema's order, long quotes as folded blocks (`>-`), short field lists
 * inline, lines within 100 characters (what Prettier keeps unchanged), and a
 * modeline that tells the editor which JSON Schema checks the file.
 */
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  visit,
  type ToStringOptions,
} from 'yaml';

export const YAML_OPTIONS: ToStringOptions = {
  lineWidth: 100,
  minContentWidth: 20,
  indent: 2,
  indentSeq: true,
  flowCollectionPadding: false,
};

/** Strings longer than this are written as folded blocks when they are quotes or notes. */
const FOLD_OVER = 70;
/** Keys whose long strings are folded. */
const FOLDED_KEYS = new Set(['quote', 'id', 'en', 'statement']);

/** The first line of a YAML file checked by the JSON Schema at `schemaPath` (relative to the file). */
export function modeline(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

/** Give a document's nodes the house style: folded long texts, short `supports` lists inline. */
function style(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (isScalar(value) && typeof value.value === 'string') {
        if (FOLDED_KEYS.has(key) && value.value.length > FOLD_OVER)
          value.type = Scalar.BLOCK_FOLDED;
      }
      if (isSeq(value) && key === 'supports') {
        const inline = value.items.map((i) => (isScalar(i) ? String(i.value) : '')).join(', ');
        value.flow = inline.length + key.length < 80 && value.items.every((i) => isScalar(i));
      }
    },
  });
}

/** YAML text of `data` (a plain object whose key order is kept), with an optional first-line comment. */
export function renderYaml(data: unknown, firstLine?: string): string {
  const doc = new Document(data);
  style(doc);
  const text = doc.toString(YAML_OPTIONS);
  return firstLine === undefined ? text : `${firstLine}\n${text}`;
}

/**
 * YAML text of one more item of a block list, indented by `indent` spaces
 * (where the list's dashes stand), ending with a newline.
 */
export function renderListItem(item: unknown, indent: number): string {
  const text = renderYaml([item]);
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** Whether `node` is a plain mapping document (what an entry file holds). */
export function isMapDocument(doc: Document): boolean {
  return isMap(doc.contents) && doc.contents.items.every((p) => isPair(p));
}
