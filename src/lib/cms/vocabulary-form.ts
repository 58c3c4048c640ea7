/**
 * The form of a vocabulary file. A file is a mapping from term key to term
 * (content/vocabularies/<name>.yaml), and a form cannot add keys to a
 * mapping; so the form shows the file as a list of terms, each with its key
 * as its first part, and the admin page's vocabulary format
 * (src/integrations/admin/forms.js) turns the mapping into that list when
 * the file is opened and back into the same mapping when it is saved. The
 * key's rule and the term's parts are generated from the file's schema
 * (`vocabularyFileSchema`), so the form follows it.
 */
import { z } from 'astro/zod';
import { vocabularyFileSchema } from '../content/collections.ts';
import { fieldsOf, type CmsField, type FieldContext, type Json } from './fields.ts';

type Node = { [key: string]: Json };

/** Name of the form's list of terms; each term's key is its part `TERM_KEY_FIELD`. */
export const TERMS_FIELD = 'terms_list';
export const TERM_KEY_FIELD = 'key';
/** A hidden part that carries the file's opening comment through the form. */
export const HEADER_FIELD = 'header_comment';
/** Name of the vocabulary format registered by the admin page. */
export const VOCABULARY_FORMAT = 'jejak-vocabulary';

const isNode = (v: Json | undefined): v is Node =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fileJson = (): Node =>
  z.toJSONSchema(vocabularyFileSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-07',
  }) as Node;

/** The key part of a term, with the key rule of the file's schema. */
function keyField(keys: Node): CmsField {
  const pattern = typeof keys['pattern'] === 'string' ? keys['pattern'] : '';
  return {
    name: TERM_KEY_FIELD,
    label: 'Kunci',
    hint: 'Kunci istilah: huruf kecil, angka dan tanda hubung (mis. public-service); rekaman lain menyebut istilah ini dengan kunci ini, jadi jangan ubah kunci yang sudah dipakai. — The term key: lower-case letters, digits and hyphens; records name the term by it, so do not change a key in use.',
    widget: 'string',
    required: true,
    ...(pattern
      ? { pattern: [pattern, 'Pakai huruf kecil, angka dan tanda hubung (mis. public-service)'] }
      : {}),
  };
}

/** The fields of a vocabulary file's form: the hidden opening comment and the list of terms. */
export function vocabularyFields(ctx: FieldContext): CmsField[] {
  const json = fileJson();
  const term = isNode(json['additionalProperties']) ? json['additionalProperties'] : {};
  const keys = isNode(json['propertyNames']) ? json['propertyNames'] : {};
  return [
    { name: HEADER_FIELD, label: 'Komentar pembuka', widget: 'hidden', required: false },
    {
      name: TERMS_FIELD,
      label: 'Istilah',
      label_singular: 'istilah',
      hint: 'Satu bagian per istilah; tambah istilah baru di bawah. — One part per term; add a new term below.',
      widget: 'list',
      collapsed: true,
      summary: `{{fields.label.id}} ({{fields.${TERM_KEY_FIELD}}})`,
      fields: [keyField(keys), ...fieldsOf(term, `${TERMS_FIELD}[]`, ctx)],
    },
  ];
}
