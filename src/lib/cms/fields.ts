/**
 * Form fields of the browser editor (Decap CMS), generated from the JSON
 * Schema that zod gives for a content schema: one field per property, with
 * the schema's Indonesian description as label and hint, its required
 * properties, patterns, bounds and choices. A key naming a vocabulary in its
 * description (`vocabularies/<name>.yaml`) becomes a choice among that
 * vocabulary's terms, `article` a pick among the stored articles, and
 * `supports` a pick among the record's own field paths, and a field that is
 * a word or an object (`period: unknown`) a choice between the two
 * (alternatives.ts).
 *
 * What a form widget cannot hold is said in `numbers`: the paths whose
 * widget gives text but whose schema wants a whole number or `unknown`;
 * the admin page turns such text back into a number before saving.
 */
import { PARTIAL_DATE_JSON } from '../json-schema/generate.ts';
import { choiceField, literalOf, type Alternative } from './alternatives.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

/** One Decap CMS field, as written in its configuration. */
export type CmsField = { [key: string]: Json };

/** A term the form offers: its key, and its Indonesian label. */
export interface Choice {
  key: string;
  label: string;
}

export interface FieldContext {
  /** Terms of each vocabulary by its file name without .yaml. */
  vocabularies: Readonly<Record<string, readonly Choice[]>>;
  /** Field paths a `supports` list may name. */
  supportPaths: readonly string[];
  /** Collection holding the source articles (for the article pick). */
  articleCollection: string;
  /** Filled with the dotted paths (list items as `[]`) that must be saved as numbers. */
  numbers: string[];
  /** Filled with the paths whose value is a word or an object (see alternatives.ts). */
  alternatives: Alternative[];
}

/** A partial date as the form checks it (the calendar itself is checked by the checker). */
const PARTIAL_DATE_PATTERN: string = PARTIAL_DATE_JSON.anyOf[0]?.pattern ?? '^$';

const isNode = (v: Json | undefined): v is Node =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The alternatives of a union node, or the node alone. */
const alternatives = (node: Node): Node[] =>
  Array.isArray(node['anyOf']) ? node['anyOf'].filter(isNode) : [node];

const text = (v: Json | undefined): string => (typeof v === 'string' ? v : '');

/** A short label: the first clause of the Indonesian description when it is short, else the key. */
export function labelOf(key: string, node: Node): string {
  const first =
    text(node['description'])
      .split(/ \(|[.,:;]/)[0]
      ?.trim() ?? '';
  const isChoice = alternatives(node).some((a) => Array.isArray(a['enum']));
  return first && first.length <= 40 && !isChoice ? first : key;
}

function hintOf(node: Node): string {
  const id = text(node['description']);
  const en = text(node['description_en']);
  return id && en ? `${id} — ${en}` : id || en;
}

/** The vocabulary a field's description points at, if any. */
const vocabularyOf = (node: Node): string | undefined =>
  /vocabularies\/([a-z-]+)\.yaml/.exec(text(node['description']))?.[1];

function stringField(node: Node): CmsField {
  const pattern = text(node['pattern']);
  return {
    widget: 'string',
    ...(pattern ? { pattern: [pattern, `Harus cocok dengan pola ${pattern}`] } : {}),
  };
}

/** The widget part of a field (without name, label, hint, required). */
function widgetOf(
  key: string,
  node: Node,
  path: string,
  ctx: FieldContext,
  optional = false,
): CmsField {
  const alts = alternatives(node);
  const allowsUnknown = alts.some((a) => a['const'] === 'unknown');
  if (alts.some((a) => a['format'] === 'partial-date')) {
    const date = PARTIAL_DATE_PATTERN.slice(1, -1);
    const pattern = allowsUnknown ? `^(?:unknown|${date})$` : PARTIAL_DATE_PATTERN;
    const message = `Tulis tanggal sebagai 2023, 2023-03 atau 2023-03-23${allowsUnknown ? ', atau unknown' : ''}`;
    return { widget: 'string', pattern: [pattern, message] };
  }
  const vocabulary = vocabularyOf(node);
  if (vocabulary !== undefined) {
    const terms = ctx.vocabularies[vocabulary] ?? [];
    const options = terms.map((t) => ({ label: `${t.label} (${t.key})`, value: t.key }));
    if (allowsUnknown) options.push({ label: 'tidak diketahui (unknown)', value: 'unknown' });
    return { widget: 'select', options };
  }
  if (key === 'article') {
    return {
      widget: 'relation',
      collection: ctx.articleCollection,
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
    };
  }
  const object = alts.find((a) => a['type'] === 'object');
  const literal = literalOf(alts);
  if (object && literal !== undefined) {
    ctx.alternatives.push({ path, literal });
    const parts = objectWidget(object, path, ctx, true);
    const fields = Array.isArray(parts['fields']) ? parts['fields'] : [];
    return { ...parts, collapsed: optional, fields: [choiceField(literal, object), ...fields] };
  }
  if (object) return objectWidget(object, path, ctx, optional);
  const list = alts.find((a) => a['type'] === 'array');
  if (list) return listWidget(key, list, path, ctx);
  const choice = alts.find((a) => Array.isArray(a['enum']));
  if (choice && Array.isArray(choice['enum'])) {
    return { widget: 'select', options: choice['enum'] };
  }
  const integer = alts.find((a) => a['type'] === 'integer');
  const string = alts.find((a) => a['type'] === 'string' && a['const'] === undefined);
  if (integer && !string) {
    if (allowsUnknown) {
      ctx.numbers.push(path);
      return { widget: 'string', pattern: ['^(unknown|[0-9]+)$', 'Tulis angka, atau unknown'] };
    }
    return {
      widget: 'number',
      value_type: 'int',
      ...(typeof integer['minimum'] === 'number' ? { min: integer['minimum'] } : {}),
      ...(typeof integer['maximum'] === 'number' ? { max: integer['maximum'] } : {}),
    };
  }
  if (string) {
    const long = typeof string['minLength'] === 'number' && string['minLength'] >= 12;
    return long ? { widget: 'text' } : stringField(string);
  }
  if (node['type'] === 'boolean') return { widget: 'boolean' };
  return { widget: 'string' };
}

/**
 * An object's form part. The parts of an optional object are all optional in
 * the form (the form would otherwise demand them while the object is left
 * empty); the checker still says what a filled-in object lacks.
 */
function objectWidget(node: Node, path: string, ctx: FieldContext, optional: boolean): CmsField {
  const fields = fieldsOf(node, path, ctx).map((f) => (optional ? { ...f, required: false } : f));
  return { widget: 'object', collapsed: optional, fields };
}

function listWidget(key: string, node: Node, path: string, ctx: FieldContext): CmsField {
  const min = typeof node['minItems'] === 'number' ? { min: node['minItems'] } : {};
  const items = isNode(node['items']) ? node['items'] : {};
  if (key === 'supports') {
    const options = [...ctx.supportPaths];
    return { widget: 'select', multiple: true, options, ...min };
  }
  if (items['type'] === 'object') {
    return { widget: 'list', ...min, fields: fieldsOf(items, `${path}[]`, ctx) };
  }
  const inner = { name: 'item', label: key, ...widgetOf(key, items, `${path}[]`, ctx) };
  return { widget: 'list', ...min, field: inner };
}

/** The fields of an object node, in the schema's order. */
export function fieldsOf(node: Node, path: string, ctx: FieldContext): CmsField[] {
  const properties = isNode(node['properties']) ? node['properties'] : {};
  const required = new Set(Array.isArray(node['required']) ? node['required'] : []);
  return Object.entries(properties)
    .filter((entry): entry is [string, Node] => isNode(entry[1]))
    .map(([key, child]) => {
      const childPath = path ? `${path}.${key}` : key;
      const hint = hintOf(child);
      return {
        name: key,
        label: labelOf(key, child),
        ...(hint ? { hint } : {}),
        required: required.has(key),
        ...widgetOf(key, child, childPath, ctx, !required.has(key)),
      };
    });
}

/**
 * The field paths a record's `supports` may name: each top-level field, each
 * field of an object (`sendoff.date`), and `participants.<group>` for each
 * participant group when the record has participants.
 */
export function supportPathsOf(schema: Node, groups: readonly Choice[]): string[] {
  const properties = isNode(schema['properties']) ? schema['properties'] : {};
  const paths: string[] = [];
  for (const [key, child] of Object.entries(properties)) {
    if (!isNode(child) || ['sources', 'variants', 'corrections', 'note'].includes(key)) continue;
    if (key === 'participants') {
      paths.push(...groups.map((g) => `participants.${g.key}`));
      continue;
    }
    const object = alternatives(child).find((a) => a['type'] === 'object');
    const inner = object && isNode(object['properties']) ? Object.keys(object['properties']) : [];
    paths.push(key, ...inner.map((k) => `${key}.${k}`));
  }
  return paths;
}
